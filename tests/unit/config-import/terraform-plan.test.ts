import { describe, expect, it } from 'vitest'
import { IAC_PARSERS, redactTerraformJson } from '@/lib/config-import/iac'
import { terraformPlanParser as parser } from '@/lib/config-import/iac/terraform-parser'
import type { ParseResult } from '@/lib/config-import/result'
import { fixture, fixtureText, parseError, run } from './parser-fixtures'

type Json = Record<string, any>
const TEXT = fixtureText('terraform', 'plan-msk-new-key.json')
const load = () => JSON.parse(TEXT) as Json
const byName = (result: ParseResult, name: string) => result.locations.find((l) => l.name === name)!

/** Secrets the plan carries: a sensitive variable, a hard-coded password, a module argument, provider credentials. */
function secrets(plan: Json): string[] {
  const exprs = plan.configuration.root_module
  return [
    plan.variables.db_password.value,
    exprs.resources.find((r: Json) => r.address === 'aws_db_instance.legacy').expressions.password.constant_value,
    exprs.module_calls.kafka.expressions.admin_password.constant_value,
    plan.configuration.provider_config.aws.expressions.secret_key.constant_value,
  ]
}

describe('terraform show -json of a plan', () => {
  it('links a cluster whose key ARN is known only after apply to the planned aws_kms_key, via the configuration', () => {
    const result = run(parser, load(), 'tfplan.json')
    expect(byName(result, 'MSK broker storage (orders-prod)')).toMatchObject({
      ref: 'terraform:aws_msk_cluster.orders',
      encryption: { state: 'ENCRYPTED', model: 'CUSTOMER_MANAGED', keyRef: 'terraform:aws_kms_key.kafka' },
      keyChange: { mode: 'REPLACEMENT' },
      path: '$.resource_changes[5].change.after',
    })
    expect(result.keys.find((k) => k.ref === 'terraform:aws_kms_key.kafka')).toMatchObject({
      manager: 'CUSTOMER',
      rotation: { enabled: true, periodDays: 180 },
      path: '$.resource_changes[3].change.after',
    })
    expect(result.source.command).toBe('terraform show -json PLANFILE')
  })

  it('reads an encryption_info block without a key as the AWS managed key aws/kafka', () => {
    expect(byName(run(parser, load()), 'MSK broker storage (audit)').encryption).toMatchObject({
      model: 'PROVIDER_MANAGED',
      note: expect.stringContaining('aws/kafka'),
    })
  })

  it('leaves a key passed through a module variable unknown, saying why', () => {
    expect(byName(run(parser, load()), 'MSK broker storage (orders-tier2)').encryption).toEqual({
      state: 'ENCRYPTED',
      model: 'UNKNOWN',
      note: expect.stringContaining('module variable'),
    })
  })

  it('resolves a key read by a data source in the prior state, and warns that the key change replaces the cluster', () => {
    const result = run(parser, load())
    expect(byName(result, 'MSK broker storage (orders-replica)').encryption).toMatchObject({
      model: 'CUSTOMER_MANAGED',
      keyRef: 'arn:aws:kms:us-east-1:381492076655:key/3b9d7f15-6e2a-4c8b-a0d4-91e5f7c3b2a6',
    })
    expect(result.warnings).toEqual([
      expect.stringMatching(/^module\.kafka\.aws_msk_cluster\.replica: this plan replaces the cluster.*G4/),
    ])
  })

  it('leaves out resources the plan deletes', () => {
    const result = run(parser, load())
    expect(result.locations.map((l) => l.resourceType)).not.toContain('aws_ebs_volume')
    expect(result.locations).toHaveLength(4)
  })

  it('keeps every secret of the plan out of the result and lists each place it sits', () => {
    const plan = load()
    const result = run(parser, plan)
    const serialized = JSON.stringify(result)
    for (const s of secrets(plan)) expect(serialized).not.toContain(s)
    const paths = result.dropped.map((d) => d.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.variables.db_password.value',
        '$.output_changes.db_password.after',
        '$.planned_values.outputs.db_password.value',
        '$.resource_changes[0].change.before.password',
        '$.resource_changes[1].change.after.password',
        '$.prior_state.values.root_module.resources[0].values.password',
        '$.configuration.root_module.resources[0].expressions.password.constant_value',
        '$.configuration.root_module.module_calls.kafka.expressions.admin_password.constant_value',
        '$.configuration.provider_config.aws.expressions.secret_key.constant_value',
      ]),
    )
    expect(paths).not.toContain('$.variables.environment.value')
  })

  it('redacts the plan so that no secret remains and it still parses to the same result', () => {
    const { text, redactedPaths } = redactTerraformJson(TEXT)
    for (const s of secrets(load())) expect(text).not.toContain(s)
    expect(redactedPaths.sort()).toEqual(
      run(parser, load())
        .dropped.map((d) => d.path)
        .sort(),
    )
    const again = run(parser, JSON.parse(text))
    expect(again.locations).toEqual(run(parser, load()).locations)
  })

  it('without a configuration, says the key is known only after apply', () => {
    const plan = load()
    delete plan.configuration
    expect(byName(run(parser, plan), 'MSK broker storage (orders-prod)').encryption).toEqual({
      state: 'ENCRYPTED',
      model: 'UNKNOWN',
      note: 'The key is known only after apply: the plan has no configuration.',
    })
  })

  it('rejects change actions that are not a list, naming the file and path', () => {
    const plan = load()
    plan.resource_changes[2].change.actions = 'delete'
    expect(parseError(parser, plan, 'tfplan.json').message).toBe(
      'tfplan.json: $.resource_changes[2].change.actions: expected an array, found a string',
    )
  })

  it('rejects a resource change without a type, without a TypeError', () => {
    const plan = load()
    plan.resource_changes[5].type = null
    expect(parseError(parser, plan, 'p.json').message).toBe(
      'p.json: $.resource_changes[5].type: expected a string, found null',
    )
  })

  it('is claimed by the plan parser alone', () => {
    expect(IAC_PARSERS.filter((p) => p.detect(load())).map((p) => p.id)).toEqual([parser.id])
    expect(parser.detect(fixture('terraform', 'state-msk-modules.json'))).toBe(false)
  })
})

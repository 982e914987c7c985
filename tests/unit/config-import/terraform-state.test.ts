import { describe, expect, it } from 'vitest'
import { IAC_PARSERS } from '@/lib/config-import/iac'
import { terraformPlanParser, terraformStateParser as parser } from '@/lib/config-import/iac/terraform-parser'
import type { ParseResult } from '@/lib/config-import/result'
import { fixture, parseError, run } from './parser-fixtures'

type Json = Record<string, any>
const load = () => fixture('terraform', 'state-msk-modules.json') as Json
const KEY_ARN = 'arn:aws:kms:us-east-1:381492076655:key/0e2609e3-a0bf-4f39-aedf-8b1f63b16d81'
const byName = (result: ParseResult, name: string) => result.locations.find((l) => l.name === name)!

describe('terraform show -json of a state', () => {
  it('resolves a cluster in a child module to the aws_kms_key in the same file: customer-managed', () => {
    const result = run(parser, load(), 'prod.tfstate.json')
    const orders = byName(result, 'MSK broker storage (orders-prod)')
    expect(orders).toMatchObject({
      kind: 'BLOCK_VOLUME',
      provider: 'AWS',
      region: 'us-east-1',
      account: '381492076655',
      resourceType: 'aws_msk_cluster',
      encryption: { state: 'ENCRYPTED', model: 'CUSTOMER_MANAGED', keyRef: KEY_ARN },
      keyChange: { mode: 'REPLACEMENT' },
      path: '$.values.root_module.child_modules[0].resources[0].values.encryption_info[0].encryption_at_rest_kms_key_arn',
    })
    expect(orders.encryption.note).toContain('aws_kms_key.kafka')
    expect(orders.keyChange?.note).toContain('G4')
    expect(result.source).toEqual({
      tool: 'terraform',
      command: 'terraform show -json',
      format: 'json',
      cliVersion: '1.9.8',
    })
  })

  it('reads the Terraform-managed key: customer manager, KMS-generated, enabled, yearly rotation, its alias', () => {
    const key = run(parser, load()).keys.find((k) => k.ref === KEY_ARN)
    expect(key).toEqual({
      ref: KEY_ARN,
      arn: KEY_ARN,
      region: 'us-east-1',
      account: '381492076655',
      provider: 'AWS',
      manager: 'CUSTOMER',
      origin: 'PROVIDER_GENERATED',
      state: 'Enabled',
      rotation: { enabled: true, periodDays: 365 },
      aliases: ['alias/msk-orders'],
      path: '$.values.root_module.resources[1].values',
    })
  })

  it('takes a key read by data.aws_kms_key with key_manager AWS as AWS managed, in a for_each module', () => {
    const result = run(parser, load())
    expect(byName(result, 'MSK broker storage (legacy-eu)').encryption).toMatchObject({
      model: 'PROVIDER_MANAGED',
      keyRef: 'arn:aws:kms:us-east-1:381492076655:key/7c1e5a93-2f4d-4b8e-9a61-d0c3b5e7f912',
    })
    expect(result.keys.find((k) => k.manager === 'PROVIDER')?.path).toBe('$.values.root_module.resources[6].values')
  })

  it('keeps a key ARN that is not in the state as keyRef with model UNKNOWN, and lists it as unresolved', () => {
    const result = run(parser, load())
    const foreign = 'arn:aws:kms:us-east-1:902847561203:key/b4f0d2e6-8a1c-4e3b-9d57-6f2a8c0e4b19'
    expect(byName(result, 'MSK broker storage (partner-feed)').encryption).toMatchObject({
      model: 'UNKNOWN',
      keyRef: foreign,
    })
    expect(result.unresolved).toEqual([{ ref: foreign, why: expect.stringContaining('aws kms describe-key') }])
    expect(result.keys.some((k) => k.ref === foreign)).toBe(false)
  })

  it('resolves an S3 default-encryption key given as an alias name, two modules deep', () => {
    const bucket = byName(run(parser, load()), 'S3 bucket acme-msk-broker-logs')
    expect(bucket).toMatchObject({
      ref: 'arn:aws:s3:::acme-msk-broker-logs',
      kind: 'OBJECT_STORAGE',
      encryption: { state: 'ENCRYPTED', model: 'CUSTOMER_MANAGED', keyRef: KEY_ARN },
      keyChange: { mode: 'IN_PLACE' },
    })
    expect(bucket.encryption.note).toContain('Bucket Keys')
  })

  it('adds MSK tiered storage as a location whose key is unknown (G5), and MSK Serverless as provider-owned (G3)', () => {
    const result = run(parser, load())
    expect(byName(result, 'MSK tiered storage (orders-prod)').encryption).toEqual({
      state: 'UNKNOWN',
      model: 'UNKNOWN',
      note: expect.stringContaining('G5'),
    })
    expect(byName(result, 'MSK Serverless storage (events-serverless)').encryption).toMatchObject({
      state: 'ENCRYPTED',
      model: 'PROVIDER_OWNED',
      note: expect.stringContaining('G3'),
    })
    expect(result.locations.filter((l) => l.name.startsWith('MSK tiered'))).toHaveLength(1)
  })

  it('calls a key in an external key store HYOK and one with imported material BYOK', () => {
    const json = load()
    const key = json.values.root_module.resources[1]
    key.values.xks_key_id = 'a1b2c3d4-xks-key'
    key.values.custom_key_store_id = 'cks-1234567890abcdef0'
    const hyok = run(parser, json)
    expect(byName(hyok, 'MSK broker storage (orders-prod)').encryption.model).toBe('HYOK')
    expect(hyok.keys.find((k) => k.ref === KEY_ARN)?.origin).toBe('EXTERNAL_KEY_MANAGER')

    key.type = 'aws_kms_external_key'
    key.address = 'aws_kms_external_key.kafka'
    key.values = {
      arn: KEY_ARN,
      id: KEY_ARN.split('/')[1],
      key_state: 'Enabled',
      key_usage: 'ENCRYPT_DECRYPT',
      enabled: true,
    }
    key.sensitive_values = { key_material_base64: true }
    const byok = run(parser, json)
    expect(byName(byok, 'MSK broker storage (orders-prod)').encryption.model).toBe('BYOK')
    expect(byok.keys.find((k) => k.ref === KEY_ARN)).toMatchObject({ origin: 'IMPORTED', rotation: { enabled: false } })
  })

  it('reads alias/aws/s3 as the AWS managed key and AES256 as S3-managed keys', () => {
    const json = load()
    const rule = json.values.root_module.child_modules[0].child_modules[0].resources[0].values.rule[0]
    rule.apply_server_side_encryption_by_default[0].kms_master_key_id = 'alias/aws/s3'
    const bucket = (j: Json) => byName(run(parser, j), 'S3 bucket acme-msk-broker-logs').encryption
    expect(bucket(json)).toMatchObject({ model: 'PROVIDER_MANAGED', keyRef: 'alias/aws/s3' })
    rule.apply_server_side_encryption_by_default[0] = { sse_algorithm: 'AES256', kms_master_key_id: '' }
    expect(bucket(json)).toEqual({
      state: 'ENCRYPTED',
      model: 'PROVIDER_MANAGED',
      note: expect.stringContaining('SSE-S3'),
    })
  })

  it('reports an unencrypted EBS volume as UNENCRYPTED', () => {
    const volume = byName(run(parser, load()), 'EBS volume kafka-connect-scratch')
    expect(volume.encryption.state).toBe('UNENCRYPTED')
    expect(volume.path).toBe('$.values.root_module.resources[0].values.encrypted')
  })

  it('does not read a key reference that is marked sensitive, and keeps it out of the result', () => {
    const json = load()
    const cluster = json.values.root_module.child_modules[0].resources[0]
    const hidden = 'arn:aws:kms:us-east-1:381492076655:key/5ec7e7a1-0000-4000-8000-5ec7e7a1d0d0'
    cluster.values.encryption_info[0].encryption_at_rest_kms_key_arn = hidden
    cluster.sensitive_values.encryption_info[0].encryption_at_rest_kms_key_arn = true
    const result = run(parser, json)
    const orders = byName(result, 'MSK broker storage (orders-prod)')
    expect(orders.encryption).toEqual({
      state: 'ENCRYPTED',
      model: 'UNKNOWN',
      note: expect.stringContaining('sensitive'),
    })
    expect(result.dropped.map((d) => d.path)).toContain(orders.path)
    expect(JSON.stringify(result)).not.toContain('5ec7e7a1')
  })

  it('leaves deposed objects out with a warning', () => {
    const json = load()
    const copy = structuredClone(json.values.root_module.resources[0])
    json.values.root_module.resources.push({ ...copy, deposed_key: '00000001' })
    const result = run(parser, json)
    expect(result.locations.filter((l) => l.name === 'EBS volume kafka-connect-scratch')).toHaveLength(1)
    expect(result.warnings).toEqual(['1 deposed object(s) awaiting destruction were left out: aws_ebs_volume.scratch.'])
  })

  it('says so when a state holds nothing it reads, including an empty state', () => {
    const result = run(parser, { format_version: '1.0' })
    expect(result.locations).toEqual([])
    expect(result.warnings).toEqual([expect.stringContaining('among 0 resources')])
  })

  it('rejects a key ARN of the wrong type, naming the file and the full JSON path', () => {
    const json = load()
    json.values.root_module.child_modules[0].resources[0].values.encryption_info[0].encryption_at_rest_kms_key_arn = 42
    expect(parseError(parser, json, 'prod.tfstate.json').message).toBe(
      'prod.tfstate.json: $.values.root_module.child_modules[0].resources[0].values.encryption_info[0].' +
        'encryption_at_rest_kms_key_arn: expected a string, found a number',
    )
  })

  it('rejects child_modules that is not an array without a TypeError', () => {
    const json = load()
    json.values.root_module.child_modules = { 'module.kafka': {} }
    expect(parseError(parser, json, 's.json').message).toBe(
      's.json: $.values.root_module.child_modules: expected an array, found an object',
    )
  })

  it('is claimed by the state parser alone', () => {
    expect(IAC_PARSERS.filter((p) => p.detect(load())).map((p) => p.id)).toEqual([parser.id])
    expect(terraformPlanParser.detect(load())).toBe(false)
    expect(parser.detect({ version: 4, terraform_version: '1.9.8', serial: 3, resources: [] })).toBe(false)
  })
})

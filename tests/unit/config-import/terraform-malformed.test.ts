import { describe, expect, it } from 'vitest'
import { terraformPlanParser, terraformStateParser } from '@/lib/config-import/iac/terraform-parser'
import { fixture } from './parser-fixtures'
import { checkMutations } from './mutations'

type Path = (string | number)[]
// Every container and every leaf the parsers read; deep leaves that no parser reads (policy text, configuration
// constants) are sampled rather than all mutated, to keep the run short.
const READ =
  /^(arn|id|key_id|name|address|mode|type|values|after|change|actions|encryption_info|encryption_at_rest_kms_key_arn|gcp_config|kms_key|features|security|data_encryption_mode|byok_key|aws|key_arn|rule|sse_algorithm|kms_master_key_id|key_manager|target_key_arn|key_vault_key_ids|eventhub_namespace_id|resources|child_modules|root_module|resource_changes|prior_state)$/
let n = 0
const keep = (path: Path) => path.length <= 4 || READ.test(String(path[path.length - 1])) || n++ % 7 === 0

describe('Terraform parsers on malformed input', () => {
  it.each(['state-msk-modules.json', 'state-multicloud.json'])(
    'rejects wrong types where it reads %s, and at sampled other places, with a ConfigParseError, never a TypeError',
    (name) => {
      expect(checkMutations(terraformStateParser, fixture('terraform', name), keep)).toBeGreaterThan(50)
    },
    60_000,
  )
  it('rejects wrong types where it reads the plan, and at sampled other places, with a ConfigParseError, never a TypeError', () => {
    const inPlan = (path: Path) => (path[0] !== 'configuration' || path.length < 6) && keep(path)
    expect(checkMutations(terraformPlanParser, fixture('terraform', 'plan-msk-new-key.json'), inPlan)).toBeGreaterThan(
      50,
    )
  }, 60_000)
})

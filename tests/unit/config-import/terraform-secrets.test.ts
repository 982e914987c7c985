import { describe, expect, it } from 'vitest'
import { REDACTED, redactTerraformJson } from '@/lib/config-import/iac'
import { terraformStateParser as parser } from '@/lib/config-import/iac/terraform-parser'
import { ConfigParseError } from '@/lib/config-import/result'
import { fixture, fixtureText, run } from './parser-fixtures'

type Json = Record<string, any>
const TEXT = fixtureText('terraform', 'state-msk-modules.json')
const doc = () => JSON.parse(TEXT) as Json
const resource = (d: Json, type: string) => d.values.root_module.resources.find((r: Json) => r.type === type)

/** The secret strings in the fixture, read from it so the test holds no copy of its own. */
function secrets(): string[] {
  const d = doc()
  const tls = resource(d, 'tls_private_key').values
  const db = resource(d, 'aws_db_instance').values
  return [
    tls.private_key_pem,
    tls.private_key_pem_pkcs8,
    tls.private_key_openssh,
    db.password,
    d.values.outputs.metadata_db_password.value,
  ]
}

/** A line from the middle of each PEM body, so partial leaks are caught too. */
const fragments = () => secrets().flatMap((s) => (s.includes('\n') ? [s.split('\n')[2]] : [s]))

const SENSITIVE_PATHS = [
  '$.values.outputs.metadata_db_password.value',
  '$.values.root_module.resources[3].values.password',
  '$.values.root_module.resources[5].values.private_key_openssh',
  '$.values.root_module.resources[5].values.private_key_pem',
  '$.values.root_module.resources[5].values.private_key_pem_pkcs8',
]

describe('secrets in a Terraform state', () => {
  it('puts no sensitive value (private keys, the database password, a sensitive output) in the result', () => {
    expect(secrets().every((s) => TEXT.includes(JSON.stringify(s).slice(1, -1)))).toBe(true)
    const serialized = JSON.stringify(run(parser, doc()))
    for (const f of fragments()) expect(serialized).not.toContain(f)
    expect(serialized).not.toContain('PRIVATE KEY-----')
  })

  it('lists each sensitive value once in dropped, by path and never by value', () => {
    const { dropped } = run(parser, doc())
    expect(dropped.map((d) => d.path)).toEqual(SENSITIVE_PATHS)
    expect(dropped[0].why).toBe('a sensitive output')
    expect(dropped[1].why).toContain('sensitive_values')
  })

  it('ignores the false leaves Terraform writes for non-sensitive list items', () => {
    const msk = doc().values.root_module.child_modules[0].resources[0]
    expect(msk.sensitive_values.broker_node_group_info[0].client_subnets).toEqual([false, false, false])
    expect(run(parser, doc()).dropped.some((d) => d.path.includes('client_subnets'))).toBe(false)
  })
})

describe('redactTerraformJson', () => {
  it('replaces every sensitive value and leaves none of the secret text', () => {
    const { text, redactedPaths } = redactTerraformJson(TEXT)
    for (const f of fragments()) expect(text).not.toContain(f)
    expect(text).not.toContain('PRIVATE KEY-----')
    expect(redactedPaths).toEqual(SENSITIVE_PATHS)
    expect(text.split(JSON.stringify(REDACTED)).length - 1).toBe(5)
  })

  it('keeps every other byte: the result is the input with only those string literals swapped', () => {
    let expected = TEXT
    for (const s of secrets()) expected = expected.split(JSON.stringify(s)).join(JSON.stringify(REDACTED))
    expect(redactTerraformJson(TEXT).text).toBe(expected)
  })

  it('keeps formatting of an indented document and gives the same document back as JSON', () => {
    const pretty = JSON.stringify(doc(), null, 2)
    const { text } = redactTerraformJson(pretty)
    const want = doc()
    resource(want, 'aws_db_instance').values.password = REDACTED
    for (const k of ['private_key_pem', 'private_key_pem_pkcs8', 'private_key_openssh'])
      resource(want, 'tls_private_key').values[k] = REDACTED
    want.values.outputs.metadata_db_password.value = REDACTED
    expect(JSON.parse(text)).toEqual(want)
    expect(text.split('\n').length).toBe(pretty.split('\n').length)
  })

  it('redacts a PEM private key that its provider does not mark sensitive', () => {
    const d = doc()
    const pem = resource(d, 'tls_private_key').values.private_key_pem as string
    resource(d, 'aws_ebs_volume').values.tags.Note = pem
    const { text, redactedPaths } = redactTerraformJson(JSON.stringify(d))
    expect(text).not.toContain('PRIVATE KEY-----')
    expect(redactedPaths).toContain('$.values.root_module.resources[0].values.tags.Note')
    expect(
      run(parser, d)
        .dropped.map((x) => x.path)
        .sort(),
    ).toEqual([...redactedPaths].sort())
  })

  it('handles keys with escapes and leaves a document without secrets unchanged', () => {
    const text =
      '{"format_version":"1.0","values":{"outputs":{"a\\"b":{"sensitive":true,"value":{"x":[1,"s\\"e"]}},' +
      '"plain":{"sensitive":false,"value":"ok"}},"root_module":{}}}'
    const out = redactTerraformJson(text)
    expect(out.redactedPaths).toEqual(["$.values.outputs['a\"b'].value"])
    expect(JSON.parse(out.text).values.outputs['a"b'].value).toBe(REDACTED)
    const clean = '{"format_version":"1.0","values":{"root_module":{"resources":[]}}}'
    expect(redactTerraformJson(clean)).toEqual({ text: clean, redactedPaths: [] })
  })

  it('gives the same answer when handed the already parsed document', () => {
    expect(redactTerraformJson(TEXT, JSON.parse(TEXT))).toEqual(redactTerraformJson(TEXT))
  })

  it('refuses text that is not Terraform JSON with a ConfigParseError', () => {
    expect(() => redactTerraformJson('{"ClusterInfo":{}}')).toThrow(ConfigParseError)
    expect(() => redactTerraformJson('not json')).toThrow(ConfigParseError)
  })
})

describe('the redacted document', () => {
  it('parses to the same locations and keys as the original', () => {
    const a = run(parser, doc())
    const b = run(parser, JSON.parse(redactTerraformJson(TEXT).text))
    expect(b.locations).toEqual(a.locations)
    expect(b.keys).toEqual(a.keys)
    expect(fixture('terraform', 'state-msk-modules.json')).toEqual(doc())
  })
})

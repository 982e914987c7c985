import { describe, expect, it } from 'vitest'
import { ConfigParseError } from '@/lib/config-import/result'
import { CMK, json, parse, text } from './fixtures'

const POLICY = `kms-get-key-policy@${CMK}.json`
const TEXT = `kms-get-key-policy-text@${CMK}.txt`
const VENDOR = 'arn:aws:iam::444455556666:role/VendorSupportAccess'

/** The fixture's policy with its statements replaced, wrapped as `get-key-policy` prints it. */
function policyWith(statements: unknown[]) {
  const doc = JSON.parse(json(POLICY).Policy)
  return { Policy: JSON.stringify({ ...doc, Statement: statements }), PolicyName: 'default' }
}

describe('aws kms get-key-policy', () => {
  const r = parse(POLICY)
  const byPrincipal = (p: string) => r.principals.find((x) => x.principal === p)

  it('reads the policy from the JSON string in {"Policy": "..."} and the raw policy of --output text identically', () => {
    const fromText = parse(TEXT, text(TEXT))
    expect(fromText.source.command).toBe('aws kms get-key-policy')
    expect(fromText.principals).toEqual(r.principals.map((p) => ({ ...p, path: p.path.replace(/^\$\.Policy/, '$') })))
  })

  it('ties the principals to the key named in the file name', () => {
    expect(new Set(r.principals.map((p) => p.keyRef))).toEqual(new Set([CMK]))
  })

  it('marks the account-root statement as delegating to IAM, with kms:* expanded to every use action', () => {
    expect(byPrincipal('arn:aws:iam::111122223333:root')).toMatchObject({
      account: '111122223333',
      delegatesToIam: true,
      resolvable: true,
      path: '$.Policy.Statement[0].Principal.AWS',
    })
    expect(byPrincipal('arn:aws:iam::111122223333:root')?.actions).toHaveLength(8)
  })

  it('counts kms:Create* (in the console admin statement) as kms:CreateGrant, and nothing else as use', () => {
    expect(byPrincipal('arn:aws:iam::111122223333:role/KeyAdministrators')?.actions).toEqual(['kms:CreateGrant'])
  })

  it('counts kms:ReEncrypt* and kms:GenerateDataKey* as use, and honours an unconditional Deny', () => {
    expect(byPrincipal('arn:aws:iam::111122223333:role/orders-producer')?.actions).toEqual(
      expect.arrayContaining([
        'kms:Decrypt',
        'kms:ReEncryptFrom',
        'kms:ReEncryptTo',
        'kms:GenerateDataKeyWithoutPlaintext',
      ]),
    )
    const vendor = byPrincipal(VENDOR)!
    expect(vendor.actions).toContain('kms:Decrypt')
    expect(vendor.actions).not.toContain('kms:ReEncryptFrom')
    expect(r.warnings).toContainEqual(expect.stringContaining('"Vendor may not re-encrypt" denies'))
  })

  it('flags a deleted role (an AROA unique id in place of an ARN) as not resolvable', () => {
    expect(byPrincipal('AROAJQABLZS4A3QDU576Q')).toMatchObject({ resolvable: false, crossAccount: false })
    expect(byPrincipal('AROAJQABLZS4A3QDU576Q')?.account).toBeUndefined()
  })

  it('notes conditions in a warning rather than ignoring them', () => {
    expect(r.warnings).toContainEqual(
      expect.stringMatching(
        /"Allow MSK to use the key for this account" allows \* only under conditions \(kms:ViaService, kms:CallerAccount\)/,
      ),
    )
  })

  it('leaves crossAccount unjudged (false) and says so while the key account is unknown', () => {
    expect(byPrincipal(VENDOR)?.crossAccount).toBe(false)
    expect(r.unresolved).toEqual([{ ref: CMK, why: expect.stringContaining("key's account unknown") }])
  })

  it('flags NotPrincipal and NotAction as not evaluated and grants nothing from them', () => {
    const p = parse(
      POLICY,
      policyWith([
        {
          Sid: 'OnlyAdmins',
          Effect: 'Deny',
          NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/Admin' },
          Action: 'kms:*',
        },
        { Sid: 'AllButDelete', Effect: 'Allow', Principal: { AWS: VENDOR }, NotAction: 'kms:ScheduleKeyDeletion' },
      ]),
    )
    expect(p.principals).toEqual([])
    expect(p.warnings).toEqual([
      expect.stringContaining('"OnlyAdmins" uses NotPrincipal: not evaluated'),
      expect.stringContaining('"AllButDelete" uses NotAction: not evaluated'),
    ])
  })

  it('does not apply a conditional Deny (and says so), but applies an unconditional Deny on "*" to everyone', () => {
    const allow = { Effect: 'Allow', Principal: { AWS: VENDOR }, Action: 'kms:Decrypt' }
    const conditional = parse(
      POLICY,
      policyWith([
        allow,
        { Effect: 'Deny', Principal: '*', Action: 'kms:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
      ]),
    )
    expect(conditional.principals.map((p) => p.principal)).toEqual([VENDOR])
    expect(conditional.warnings).toContainEqual(
      expect.stringContaining('denies use under conditions (aws:SecureTransport)'),
    )
    const everyone = parse(
      POLICY,
      policyWith([allow, { Effect: 'Deny', Principal: { AWS: '*' }, Action: 'kms:Decrypt' }]),
    )
    expect(everyone.principals).toEqual([])
  })

  it('accepts a single Statement object, and an account id as shorthand for its root', () => {
    const p = parse(
      POLICY,
      policyWith({ Effect: 'Allow', Principal: { AWS: '444455556666' }, Action: 'kms:Decrypt' } as never),
    )
    expect(p.principals).toEqual([
      expect.objectContaining({
        principal: '444455556666',
        account: '444455556666',
        delegatesToIam: true,
        path: '$.Policy.Statement.Principal.AWS',
      }),
    ])
  })

  it('refuses a policy whose file name names no key, saying how to name it', () => {
    expect(() => parse('policy.json', json(POLICY))).toThrow(ConfigParseError)
    expect(() => parse('policy.json', json(POLICY))).toThrow(
      /policy\.json: .*policy@1234abcd-12ab-34cd-56ef-1234567890ab\.json/,
    )
  })

  it('refuses a Policy string that is not JSON, naming $.Policy', () => {
    expect(() => parse(POLICY, { Policy: 'not a policy', PolicyName: 'default' })).toThrow(
      `${POLICY}: $.Policy: expected a key policy document as a JSON string`,
    )
  })

  it('does not take an S3 bucket policy ({"Policy": "..."} from get-bucket-policy) for a key policy', () => {
    const bucketPolicy = {
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject' }],
      }),
    }
    expect(() => parse('bucket-policy@x.json', bucketPolicy)).toThrow(
      /not the output of a command Keyproof understands/,
    )
  })
})

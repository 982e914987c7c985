import { describe, expect, it } from 'vitest'
import type { SnapshotImportedFact, SnapshotPrincipal } from '@/lib/domain/review-snapshot'
import { evaluate } from '@/lib/rules'
import { buildKey, buildLocation, buildSnapshot, codesAndTargets, NOW } from './snapshot-builders'

const CLUSTER = 'describe-cluster-v2.json'
const AT_REST = '$.ClusterInfo.Provisioned.EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId'
const fact = (field: string, value: SnapshotImportedFact['value'], said = '', source = CLUSTER, path = AT_REST) => ({
  field,
  value,
  said,
  source,
  path,
})
const principal = (overrides: Partial<SnapshotPrincipal>): SnapshotPrincipal => ({
  principal: 'arn:aws:iam::111122223333:role/orders-producer',
  account: '111122223333',
  actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
  viaGrant: false,
  crossAccount: false,
  resolvable: true,
  delegatesToIam: false,
  source: 'policy@k1.json',
  path: '$.Policy.Statement[2].Principal.AWS[0]',
  ...overrides,
})
const accounts = [{ id: 'a1', provider: 'AWS', accountRef: '111122223333', controlledBy: 'CUSTOMER', region: null }]
const run = (overrides: Parameters<typeof buildSnapshot>[0], prefix = '') =>
  evaluate(buildSnapshot({ cloudAccounts: accounts as never, ...overrides }), NOW).filter((f) =>
    f.code.startsWith(prefix),
  )

describe('claims that contradict an imported fact', () => {
  it('is a blocker naming the claimed value, the file, the path and what it says', () => {
    const said = 'DataVolumeKMSKeyId names the AWS managed key alias/aws/kafka'
    const [f] = run({
      locations: [
        buildLocation({
          id: 'l1',
          name: 'Broker volumes',
          importedFacts: [fact('encryption', 'PROVIDER_MANAGED', said)],
        }),
      ],
    }).filter((x) => x.code === 'KA-CLAIM-CONTRADICTS-SOURCE')
    expect(f).toMatchObject({ severity: 'BLOCKER', gate: 'KEY_ADMINISTRATION', targetRef: 'location:l1' })
    expect(f.message).toContain(
      `"Broker volumes": claimed Customer-managed key (CMK), but ${CLUSTER} ${AT_REST} says Provider-managed key (${said})`,
    )
  })

  it('is silent while the record agrees with its source, and for fields the gates do not judge', () => {
    const findings = run({
      locations: [
        buildLocation({
          id: 'l1',
          importedFacts: [fact('encryption', 'CUSTOMER_MANAGED'), fact('keyChange', 'IN_PLACE')],
        }),
      ],
      keys: [buildKey({ importedFacts: [fact('alias', 'alias/other'), fact('ownership', 'CUSTOMER_MANAGED')] })],
    })
    expect(codesAndTargets(findings, 'KA-CLAIM')).toEqual([])
  })

  it('names a contradicted key mapping by the keys\u2019 references and a key field by its label', () => {
    const findings = run({
      locations: [buildLocation({ id: 'l1', importedFacts: [fact('keyId', 'k2')] })],
      keys: [
        buildKey({ importedFacts: [fact('rotation', 'NONE', '', 'rotation.json', '$.KeyRotationEnabled')] }),
        buildKey({ id: 'k2', keyRef: 'arn:aws:kms:eu-west-1:111122223333:key/k2' }),
      ],
    }).filter((x) => x.code === 'KA-CLAIM-CONTRADICTS-SOURCE')
    expect(codesAndTargets(findings)).toEqual([
      'KA-CLAIM-CONTRADICTS-SOURCE key:k1',
      'KA-CLAIM-CONTRADICTS-SOURCE location:l1',
    ])
    expect(findings[1].message).toContain('claimed key arn:aws:kms:eu-west-1:111122223333:key/k1, but')
    expect(findings[1].message).toContain('says key arn:aws:kms:eu-west-1:111122223333:key/k2')
    expect(findings[0].message).toContain('claimed Automatic, but rotation.json $.KeyRotationEnabled says No rotation')
  })

  it('ignores excluded locations', () => {
    const l = buildLocation({
      id: 'l1',
      inScope: false,
      exclusionReason: 'Decommissioned in 2025; no data remains on it.',
    })
    expect(run({ locations: [{ ...l, importedFacts: [fact('encryption', 'NONE')] }] }, 'KA-CLAIM')).toEqual([])
  })
})

describe('a location claimed customer-managed on a provider-managed key', () => {
  const providerKey = buildKey({
    ownership: 'PROVIDER_MANAGED',
    importedFacts: [
      fact('ownership', 'PROVIDER_MANAGED', 'a provider-managed key', 'describe-key.json', '$.KeyMetadata.KeyManager'),
    ],
  })

  it('is a blocker naming the key and where the source says it is provider-managed', () => {
    const [f] = run({ keys: [providerKey] }, 'KA-PROVIDER-KEY')
    expect(f).toMatchObject({ code: 'KA-PROVIDER-KEY-CLAIMED-CUSTOMER', severity: 'BLOCKER', targetRef: 'location:l1' })
    expect(f.message).toContain(
      'but its key arn:aws:kms:eu-west-1:111122223333:key/k1 is provider-managed (describe-key.json $.KeyMetadata.KeyManager)',
    )
  })

  it('is not raised for a location recorded as provider-managed, or when the key is only claimed provider-managed', () => {
    expect(
      run(
        { keys: [providerKey], locations: [buildLocation({ id: 'l1', encryption: 'PROVIDER_MANAGED' })] },
        'KA-PROVIDER',
      ),
    ).toEqual([])
    expect(run({ keys: [buildKey({ ownership: 'PROVIDER_MANAGED' })] }, 'KA-PROVIDER')).toEqual([])
  })

  it('gives way to the contradiction when the location\u2019s own source already disagrees', () => {
    const findings = run({
      keys: [providerKey],
      locations: [buildLocation({ id: 'l1', importedFacts: [fact('encryption', 'PROVIDER_MANAGED')] })],
    })
    expect(codesAndTargets(findings, 'KA-')).toContain('KA-CLAIM-CONTRADICTS-SOURCE location:l1')
    expect(codesAndTargets(findings, 'KA-PROVIDER')).toEqual([])
  })
})

describe('key state from the source', () => {
  it('blocks a key pending deletion, with its deadline in days', () => {
    const key = buildKey({
      importedFacts: [
        fact('state', 'PendingDeletion', '', 'describe-key.json', '$.KeyMetadata.KeyState'),
        fact('deletionAt', '2026-12-06T00:00:00.000Z', '', 'describe-key.json', '$.KeyMetadata.DeletionDate'),
      ],
    })
    const [f] = run({ keys: [key] }, 'KA-KEY-PENDING')
    expect(f).toMatchObject({ severity: 'BLOCKER', targetRef: 'key:k1' })
    expect(f.message).toContain(
      'is pending deletion: it is deleted on 2026-12-06 (in 10 days), per describe-key.json $.KeyMetadata.DeletionDate',
    )
    expect(f.message).toContain('1 location mapped')
  })

  it('blocks a GCP key whose primary version is scheduled for destruction even without a date', () => {
    const key = buildKey({ importedFacts: [fact('state', 'DESTROY_SCHEDULED', '', 'key.json', '$.primary.state')] })
    expect(codesAndTargets(run({ keys: [key] }, 'KA-KEY-PENDING'))).toEqual(['KA-KEY-PENDING-DELETION key:k1'])
  })

  it('warns about expiring imported material, and says when it has expired', () => {
    const soon = buildKey({
      importedFacts: [fact('materialExpiresAt', '2027-01-05T00:00:00.000Z', '', 'k.json', '$.KeyMetadata.ValidTo')],
    })
    const [f] = run({ keys: [soon] }, 'KA-KEY-MATERIAL')
    expect(f).toMatchObject({ severity: 'WARNING' })
    expect(f.message).toContain('expires on 2027-01-05 (in 40 days), per k.json $.KeyMetadata.ValidTo')
    const past = buildKey({ importedFacts: [fact('materialExpiresAt', '2026-11-01T00:00:00.000Z')] })
    expect(run({ keys: [past] }, 'KA-KEY-MATERIAL')[0].message).toContain('expired on 2026-11-01')
  })

  it('says nothing about an enabled key without expiry', () => {
    expect(run({ keys: [buildKey({ importedFacts: [fact('state', 'Enabled')] })] }, 'KA-KEY-')).toEqual([])
  })
})

describe('who can decrypt', () => {
  it('blocks a principal in an account the review does not list, naming it and its source', () => {
    const vendor = principal({
      principal: 'arn:aws:iam::444455556666:role/VendorSupportAccess',
      account: '444455556666',
      crossAccount: true,
    })
    const [f] = run({ keys: [buildKey({ principals: [principal({}), vendor] })] }, 'KA-DECRYPT')
    expect(f).toMatchObject({ code: 'KA-DECRYPT-OUTSIDE-REVIEW', severity: 'BLOCKER', targetRef: 'key:k1' })
    expect(f.message).toContain(
      'arn:aws:iam::444455556666:role/VendorSupportAccess (account 444455556666, policy@k1.json',
    )
    expect(f.message).toContain('"Location l1"')
  })

  it('accepts a vendor account the review lists, and a principal that can only encrypt', () => {
    const vendorAccount = {
      id: 'a2',
      provider: 'AWS',
      accountRef: '444455556666',
      controlledBy: 'VENDOR',
      region: null,
    }
    const vendor = principal({
      account: '444455556666',
      principal: 'arn:aws:iam::444455556666:role/V',
      crossAccount: true,
    })
    expect(
      run(
        { cloudAccounts: [...accounts, vendorAccount] as never, keys: [buildKey({ principals: [vendor] })] },
        'KA-DECRYPT',
      ),
    ).toEqual([])
    const encryptOnly = principal({ account: '999988887777', actions: ['kms:GenerateDataKey'] })
    expect(run({ keys: [buildKey({ principals: [encryptOnly] })] }, 'KA-DECRYPT')).toEqual([])
  })

  it('counts a principal that can create grants as able to decrypt', () => {
    const granter = principal({ account: '999988887777', actions: ['kms:CreateGrant'] })
    expect(codesAndTargets(run({ keys: [buildKey({ principals: [granter] })] }, 'KA-DECRYPT'))).toEqual([
      'KA-DECRYPT-OUTSIDE-REVIEW key:k1',
    ])
  })

  it('warns when the key policy delegates to IAM, and when it names "*"', () => {
    const root = principal({ principal: 'arn:aws:iam::111122223333:root', delegatesToIam: true })
    const any = principal({ principal: '*', account: undefined, crossAccount: true })
    expect(codesAndTargets(run({ keys: [buildKey({ principals: [root, any] })] }, 'KA-DECRYPT'))).toEqual([
      'KA-DECRYPT-ANY-PRINCIPAL key:k1',
      'KA-DECRYPT-VIA-IAM key:k1',
    ])
  })

  it('judges only keys that protect an in-scope location', () => {
    const vendor = principal({ account: '444455556666' })
    expect(
      run(
        {
          locations: [buildLocation({ id: 'l1', keyId: null, encryption: 'PROVIDER_MANAGED' })],
          keys: [buildKey({ principals: [vendor] })],
        },
        'KA-DECRYPT',
      ),
    ).toEqual([])
  })
})

describe('a requirement a location cannot meet without replacing it', () => {
  const msk = {
    mode: 'REPLACEMENT' as const,
    note: 'the at-rest key is fixed at creation',
    source: `${CLUSTER} ${AT_REST}`,
  }

  it('warns on the migration gate when the imported key change is a replacement and the key is too weak', () => {
    const [f] = run(
      { locations: [buildLocation({ id: 'l1', encryption: 'PROVIDER_MANAGED', keyChange: msk })] },
      'MS-KEY',
    )
    expect(f).toMatchObject({ code: 'MS-KEY-FIXED-AT-CREATION', gate: 'MIGRATION_SAFETY', severity: 'WARNING' })
    expect(f.message).toContain('the at-rest key is fixed at creation')
    expect(f.message).toContain('generate the plan skeleton')
  })

  it('reads the template\u2019s fact for a location pre-filled from it, by its name', () => {
    const findings = run(
      {
        templateId: 'gcp-managed-kafka',
        locations: [
          buildLocation({ id: 'l1', name: 'Broker persistent disks', encryption: 'PROVIDER_MANAGED', keyId: null }),
        ],
      },
      'MS-KEY',
    )
    expect(findings[0]?.message).toContain('kmsKey is immutable')
  })

  it('is silent when the requirement is met, or the key can be changed in place or only not removed', () => {
    expect(run({ locations: [buildLocation({ id: 'l1', keyChange: msk })] }, 'MS-KEY')).toEqual([])
    const inPlace = { ...msk, mode: 'IN_PLACE' as const }
    const cannotRemove = { ...msk, mode: 'CANNOT_REMOVE' as const }
    for (const keyChange of [inPlace, cannotRemove])
      expect(
        run({ locations: [buildLocation({ id: 'l1', encryption: 'PROVIDER_MANAGED', keyChange })] }, 'MS-KEY'),
      ).toEqual([])
  })
})

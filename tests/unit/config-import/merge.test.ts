import { describe, expect, it } from 'vitest'
import { KEY_OWNER_UNKNOWN } from '@/lib/config-import/aws/kms-ref'
import { mergeResults } from '@/lib/config-import/merge'
import { mergedResultSchema, type ParseResult } from '@/lib/config-import/result'
import { CLUSTER_ARN, CMK, CMK_ARN, json } from './fixtures'
import { ALIASES, brokerStorage, clusterWithKey, KEY, keyWith, merge, V2 } from './merge-helpers'

const ROTATION = 'kms-get-key-rotation-status.json'
const POLICY = `kms-get-key-policy@${CMK}.json`

describe('mergeResults: the four-file join', () => {
  const m = merge(V2, KEY, ROTATION, POLICY)

  it('joins a cluster, its key, rotation status and key policy into one CUSTOMER_MANAGED location with a rotating key', () => {
    expect(m.locations.filter((l) => l.kind === 'BLOCK_VOLUME')).toHaveLength(1)
    expect(brokerStorage(m)).toMatchObject({
      file: V2,
      encryption: { state: 'ENCRYPTED', model: 'CUSTOMER_MANAGED', keyRef: CMK_ARN },
      keyChange: { mode: 'REPLACEMENT' },
    })
    expect(brokerStorage(m).encryption.note).toContain(`joined from ${KEY}`)
    expect(m.keys).toEqual([
      expect.objectContaining({
        ref: CMK_ARN,
        manager: 'CUSTOMER',
        origin: 'PROVIDER_GENERATED',
        rotation: { enabled: true, periodDays: 365, nextAt: '2027-03-04T09:05:12.331Z' },
        file: KEY,
        alsoFrom: [{ file: ROTATION, path: '$' }],
      }),
    ])
  })

  it('lists who can decrypt: on the joined key, one cross-account (vendor) principal and one unresolvable principal', () => {
    expect(new Set(m.principals.map((p) => p.keyRef))).toEqual(new Set([CMK_ARN]))
    const vendor = m.principals.filter((p) => p.crossAccount && p.principal !== '*')
    expect(vendor).toEqual([
      expect.objectContaining({
        principal: 'arn:aws:iam::444455556666:role/VendorSupportAccess',
        account: '444455556666',
        file: POLICY,
      }),
    ])
    expect(vendor[0].actions).toContain('kms:Decrypt')
    expect(m.principals.filter((p) => !p.resolvable).map((p) => p.principal)).toEqual(['AROAJQABLZS4A3QDU576Q'])
  })

  it('leaves nothing about the key unresolved, only the tiered storage G5 gap', () => {
    expect(m.unresolved).toEqual([
      expect.objectContaining({ ref: `${CLUSTER_ARN}#tiered-storage`, why: expect.stringContaining('G5'), file: V2 }),
    ])
  })

  it('fits the MergedResult schema', () => {
    expect(mergedResultSchema.safeParse(m).success).toBe(true)
  })

  it('without the describe-key, keeps the location UNKNOWN and says the key owner is unknown', () => {
    const partial = merge(V2, ROTATION, POLICY)
    expect(brokerStorage(partial).encryption.model).toBe('UNKNOWN')
    expect(partial.unresolved).toContainEqual({ ref: CMK_ARN, why: KEY_OWNER_UNKNOWN, file: ROTATION })
  })
})

describe('mergeResults: the model a key gives its locations', () => {
  it.each([
    ['KeyManager AWS', 'PROVIDER_MANAGED', (k: any) => (k.KeyManager = 'AWS')],
    ['Origin EXTERNAL (imported material)', 'BYOK', (k: any) => (k.Origin = 'EXTERNAL')],
    ['Origin EXTERNAL_KEY_STORE', 'HYOK', (k: any) => (k.Origin = 'EXTERNAL_KEY_STORE')],
    ['Origin AWS_CLOUDHSM', 'CUSTOMER_MANAGED', (k: any) => (k.Origin = 'AWS_CLOUDHSM')],
    ['KeyManager CUSTOMER, Origin AWS_KMS', 'CUSTOMER_MANAGED', () => {}],
  ])('%s gives %s', (_, model, change) => {
    expect(brokerStorage(merge(V2, keyWith(change))).encryption.model).toBe(model)
  })

  it('notes that a CloudHSM custom key store key counts as CUSTOMER_MANAGED', () => {
    const m = merge(
      V2,
      keyWith((k) => (k.Origin = 'AWS_CLOUDHSM')),
    )
    expect(brokerStorage(m).encryption.note).toMatch(/HSM-backed custom key store \(counted as CUSTOMER_MANAGED\)/)
  })

  it('takes alias/aws/* in a list-aliases as an AWS managed key even though the reference is a plain key ARN', () => {
    const kafkaKey = 'arn:aws:kms:eu-west-1:111122223333:key/7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f'
    const m = merge(clusterWithKey(kafkaKey), ALIASES)
    expect(brokerStorage(m).encryption).toMatchObject({ model: 'PROVIDER_MANAGED', keyRef: kafkaKey })
    expect(m.unresolved.map((u) => u.ref)).not.toContain(kafkaKey)
  })

  it('joins the AWS managed aws/ebs key onto a volume as PROVIDER_MANAGED; unjoined it stays UNKNOWN and unresolved', () => {
    const joined = merge('ec2-describe-volumes.json', 'kms-describe-key.aws-ebs.json')
    expect(joined.locations[1].encryption.model).toBe('PROVIDER_MANAGED')
    const alone = merge('ec2-describe-volumes.json')
    expect(alone.locations[1].encryption.model).toBe('UNKNOWN')
    expect(alone.unresolved).toContainEqual(
      expect.objectContaining({ ref: alone.locations[1].encryption.keyRef, why: KEY_OWNER_UNKNOWN }),
    )
  })

  it('exposes a pending-deletion key on the key and warns on the location it protects', () => {
    const m = merge(
      V2,
      keyWith((k) => {
        k.KeyState = 'PendingDeletion'
        k.DeletionDate = 1785024000
      }),
    )
    expect(m.keys[0]).toMatchObject({ state: 'PendingDeletion', deletionAt: '2026-07-26T00:00:00.000Z' })
    expect(m.warnings).toContainEqual({
      file: V2,
      message: `Broker data volumes (orders): its key ${CMK_ARN} is PendingDeletion (deletion at 2026-07-26T00:00:00.000Z)`,
    })
  })
})

describe('mergeResults: duplicates and other providers', () => {
  it('de-duplicates the same key described in two files and the same cluster read by v1 and v2', () => {
    const m = merge(V2, 'kafka-describe-cluster.provisioned.json', KEY, ['copy/' + KEY, json(KEY)])
    expect(m.keys).toHaveLength(1)
    expect(m.keys[0].alsoFrom).toEqual([{ file: 'copy/' + KEY, path: '$.KeyMetadata' }])
    expect(m.locations.filter((l) => l.ref === CLUSTER_ARN)).toHaveLength(1)
    expect(brokerStorage(m).alsoFrom).toEqual([
      {
        file: 'kafka-describe-cluster.provisioned.json',
        path: '$.ClusterInfo.EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId',
      },
    ])
  })

  it('flags a policy principal from another account once the describe-key names the key account', () => {
    expect(merge(POLICY).principals.find((p) => p.account === '444455556666')?.crossAccount).toBe(false)
    expect(merge(POLICY, KEY).principals.find((p) => p.account === '444455556666')?.crossAccount).toBe(true)
  })

  it('drops keys that only an alias list mentions, saying why, and keeps the ones a location uses', () => {
    const m = merge(V2, ALIASES)
    expect(m.keys.map((k) => k.ref)).toEqual([CMK_ARN])
    expect(m.dropped).toContainEqual({
      file: ALIASES,
      path: '$.Aliases[0]',
      why: 'alias/aws/ebs: a key no other supplied file refers to',
    })
  })

  it('matches a GCP key by its full resource name, a key version naming its key', () => {
    const key = 'projects/p1/locations/europe-west1/keyRings/kafka/cryptoKeys/orders'
    const gcp = (r: Partial<ParseResult>): ParseResult => ({
      source: { tool: 'gcloud', command: 'gcloud test', format: 'json' },
      ...{ locations: [], keys: [], principals: [], unresolved: [], dropped: [], warnings: [] },
      ...r,
    })
    const m = mergeResults([
      {
        file: 'cluster.json',
        result: gcp({
          locations: [
            {
              ref: 'projects/p1/locations/europe-west1/clusters/orders',
              kind: 'MANAGED_STORAGE',
              name: 'orders',
              provider: 'GCP',
              encryption: { state: 'ENCRYPTED', model: 'UNKNOWN', keyRef: `${key}/cryptoKeyVersions/3` },
              path: '$.gcpConfig.kmsKey',
            },
          ],
          unresolved: [{ ref: `${key}/cryptoKeyVersions/3`, why: 'key not described' }],
        }),
      },
      {
        file: 'key.json',
        result: gcp({
          keys: [{ ref: key, provider: 'GCP', manager: 'CUSTOMER', origin: 'PROVIDER_GENERATED', path: '$' }],
        }),
      },
    ])
    expect(m.locations[0].encryption).toMatchObject({ model: 'CUSTOMER_MANAGED', keyRef: key })
    expect(m.unresolved).toEqual([])
  })
})

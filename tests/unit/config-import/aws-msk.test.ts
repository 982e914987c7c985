import { describe, expect, it } from 'vitest'
import { KEY_OWNER_UNKNOWN } from '@/lib/config-import/aws/kms-ref'
import type { ParseResult } from '@/lib/config-import/result'
import { CLUSTER_ARN, CMK_ARN, json, parse } from './fixtures'

const V2 = 'kafka-describe-cluster-v2.provisioned.json'
const V1 = 'kafka-describe-cluster.provisioned.json'

const withoutPaths = (r: ParseResult) => ({
  locations: r.locations.map(({ path: _path, ...l }) => l),
  unresolved: r.unresolved,
  warnings: r.warnings,
  keys: r.keys,
  principals: r.principals,
})

describe('aws kafka describe-cluster-v2 (provisioned)', () => {
  it('reads the broker volumes as an encrypted block-volume location whose key is stated but not yet judged', () => {
    const r = parse(V2)
    expect(r.source.command).toBe('aws kafka describe-cluster-v2')
    expect(r.locations[0]).toMatchObject({
      ref: CLUSTER_ARN,
      kind: 'BLOCK_VOLUME',
      name: 'Broker data volumes (orders)',
      region: 'eu-west-1',
      account: '111122223333',
      provider: 'AWS',
      encryption: { state: 'ENCRYPTED', model: 'UNKNOWN', keyRef: CMK_ARN },
      keyChange: { mode: 'REPLACEMENT' },
      path: '$.ClusterInfo.Provisioned.EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId',
    })
    expect(r.locations[0].keyChange?.note).toContain('G4')
    expect(r.unresolved).toContainEqual({ ref: CMK_ARN, why: KEY_OWNER_UNKNOWN })
  })

  it('adds MSK tiered storage as a second, OBJECT_STORAGE location with an UNKNOWN model citing G5 when StorageMode is TIERED', () => {
    const r = parse(V2)
    expect(r.locations).toHaveLength(2)
    expect(r.locations[1]).toMatchObject({
      ref: `${CLUSTER_ARN}#tiered-storage`,
      kind: 'OBJECT_STORAGE',
      name: 'MSK tiered storage (orders)',
      encryption: { model: 'UNKNOWN' },
      path: '$.ClusterInfo.Provisioned.StorageMode',
    })
    expect(r.locations[1].encryption.keyRef).toBeUndefined()
    expect(r.locations[1].encryption.note).toContain('G5')
  })

  it('has one location when StorageMode is LOCAL', () => {
    const doc = json(V2)
    doc.ClusterInfo.Provisioned.StorageMode = 'LOCAL'
    expect(parse(V2, doc).locations.map((l) => l.kind)).toEqual(['BLOCK_VOLUME'])
  })

  it('treats the AWS managed alias/aws/kafka as PROVIDER_MANAGED without a describe-key', () => {
    const doc = json(V2)
    doc.ClusterInfo.Provisioned.EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId =
      'arn:aws:kms:eu-west-1:111122223333:alias/aws/kafka'
    const r = parse(V2, doc)
    expect(r.locations[0].encryption.model).toBe('PROVIDER_MANAGED')
    expect(r.unresolved.map((u) => u.ref)).not.toContain('arn:aws:kms:eu-west-1:111122223333:alias/aws/kafka')
  })

  it('ignores in-transit settings for locations but warns when client-broker traffic may be PLAINTEXT', () => {
    expect(parse(V2).warnings).toEqual([])
    const doc = json(V2)
    doc.ClusterInfo.Provisioned.EncryptionInfo.EncryptionInTransit.ClientBroker = 'PLAINTEXT'
    const r = parse(V2, doc)
    expect(r.warnings).toEqual([expect.stringContaining('EncryptionInTransit.ClientBroker PLAINTEXT')])
    expect(r.locations[0].encryption).toEqual(parse(V2).locations[0].encryption)
  })
})

describe('aws kafka describe-cluster (v1)', () => {
  it('is recognised as v1, not v2', () => {
    expect(parse(V1).source.command).toBe('aws kafka describe-cluster')
  })

  it('gives the same facts as describe-cluster-v2 for the same cluster, at v1 paths', () => {
    const v1 = parse(V1)
    expect(withoutPaths(v1)).toEqual(withoutPaths(parse(V2)))
    expect(v1.locations[0].path).toBe('$.ClusterInfo.EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId')
  })
})

describe('aws kafka describe-cluster-v2 (serverless)', () => {
  it('reads MSK Serverless as encrypted with a PROVIDER_OWNED key that is not customer-selectable, not as unencrypted', () => {
    const r = parse('kafka-describe-cluster-v2.serverless.json')
    expect(r.locations).toEqual([
      expect.objectContaining({
        kind: 'MANAGED_STORAGE',
        region: 'us-east-1',
        resourceType: 'AWS::MSK::ServerlessCluster',
        encryption: {
          state: 'ENCRYPTED',
          model: 'PROVIDER_OWNED',
          note: 'key not customer-selectable (MSK Serverless exposes no encryption setting)',
        },
        keyChange: { mode: 'REPLACEMENT', note: expect.stringContaining('G3') },
      }),
    ])
    expect(r.unresolved).toEqual([])
  })
})

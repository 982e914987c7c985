import { describe, expect, it } from 'vitest'
import { CLUSTER_ARN, CMK, CMK_ARN, json } from './fixtures'
import { ALIASES, brokerStorage, clusterWithKey, KEY, merge, MRK, V2 } from './merge-helpers'

describe('mergeResults: key references', () => {
  it.each([
    ['key id', CMK],
    ['key ARN', CMK_ARN],
    ['alias name', 'alias/msk-orders'],
    ['alias ARN', 'arn:aws:kms:eu-west-1:111122223333:alias/msk-orders'],
  ])('resolves a reference by %s to the same key', (_, ref) => {
    const m = merge(clusterWithKey(ref), KEY, ALIASES)
    expect(brokerStorage(m).encryption).toMatchObject({ model: 'CUSTOMER_MANAGED', keyRef: CMK_ARN })
    expect(m.unresolved.map((u) => u.ref)).not.toContain(ref)
  })

  it('resolves aliases per Region: an eu-west-1 alias list does not resolve a us-east-1 alias ARN', () => {
    const ref = 'arn:aws:kms:us-east-1:111122223333:alias/msk-orders'
    const m = merge(clusterWithKey(ref), KEY, ALIASES)
    expect(brokerStorage(m).encryption.model).toBe('UNKNOWN')
    expect(m.unresolved).toContainEqual({
      ref,
      why: expect.stringContaining('names no key until list-aliases for us-east-1 / 111122223333'),
      file: V2,
    })
  })

  it('puts an alias that no supplied alias list has in unresolved', () => {
    const m = merge(clusterWithKey('alias/retired-key'), KEY, ALIASES)
    expect(m.unresolved).toContainEqual(expect.objectContaining({ ref: 'alias/retired-key', file: V2 }))
  })

  it('reads an alias/aws/* reference as PROVIDER_MANAGED without any other file, with nothing unresolved', () => {
    const m = merge(clusterWithKey('alias/aws/kafka'))
    expect(brokerStorage(m).encryption.model).toBe('PROVIDER_MANAGED')
    expect(m.unresolved.map((u) => u.ref)).toEqual([`${CLUSTER_ARN}#tiered-storage`])
  })

  it("resolves an S3 alias (requester's account) only through a supplied alias list, warning about the assumption", () => {
    const bucket = 's3api-get-bucket-encryption@orders-tiered-archive.json'
    const without = merge(bucket)
    expect(without.unresolved).toEqual([expect.objectContaining({ ref: 'alias/data-lake' })])
    const m = merge(bucket, ALIASES, 'kms-describe-key.imported.json')
    expect(m.locations[0].encryption).toMatchObject({
      model: 'BYOK',
      keyRef: 'arn:aws:kms:eu-west-1:111122223333:key/c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
    })
    expect(m.warnings).toContainEqual(
      expect.objectContaining({
        message: expect.stringContaining('taken to be the alias in eu-west-1 / 111122223333'),
      }),
    )
    expect(m.unresolved).toEqual([])
  })

  it('keeps a multi-Region replica apart from its primary and joins the reference to the one in its Region', () => {
    const replica = `arn:aws:kms:eu-west-1:111122223333:key/${MRK}`
    const m = merge(clusterWithKey(replica), 'kms-describe-key.mrk-primary.json', 'kms-describe-key.mrk-replica.json')
    expect(m.keys.map((k) => [k.region, k.multiRegion])).toEqual([
      ['us-east-1', 'PRIMARY'],
      ['eu-west-1', 'REPLICA'],
    ])
    expect(brokerStorage(m).encryption.keyRef).toBe(replica)
  })

  it('joins a rotation status that names a bare key id (older CLI) onto that key only', () => {
    const doc = json('kms-get-key-rotation-status.json')
    doc.KeyId = CMK
    const m = merge(['kms-get-key-rotation-status.json', doc], 'kms-describe-key.aws-ebs.json', KEY)
    expect(m.keys.map((k) => [k.ref, k.rotation?.enabled])).toEqual([
      ['arn:aws:kms:eu-west-1:111122223333:key/3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d', undefined],
      [CMK_ARN, true],
    ])
  })

  it('does not attach a rotation status naming a bare multi-Region key id to either the primary or the replica', () => {
    const doc = json('kms-get-key-rotation-status.json')
    doc.KeyId = MRK
    const m = merge(
      ['kms-get-key-rotation-status.json', doc],
      'kms-describe-key.mrk-primary.json',
      'kms-describe-key.mrk-replica.json',
    )
    expect(m.keys.filter((k) => k.multiRegion).map((k) => k.rotation)).toEqual([undefined, undefined])
    expect(m.warnings).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining(`key id ${MRK} names 2 supplied keys`) }),
    )
  })

  it('leaves a bare multi-Region key id with no Region unresolved as ambiguous', () => {
    const doc = json('s3api-get-bucket-encryption@orders-tiered-archive.json')
    doc.ServerSideEncryptionConfiguration.Rules[0].ApplyServerSideEncryptionByDefault.KMSMasterKeyID = MRK
    const m = merge(
      ['s3api-get-bucket-encryption@orders-tiered-archive.json', doc],
      'kms-describe-key.mrk-primary.json',
      'kms-describe-key.mrk-replica.json',
    )
    expect(m.locations[0].encryption.model).toBe('UNKNOWN')
    expect(m.unresolved).toContainEqual(
      expect.objectContaining({ ref: MRK, why: expect.stringContaining('names 2 keys') }),
    )
  })
})

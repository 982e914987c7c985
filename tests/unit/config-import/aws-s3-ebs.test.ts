import { describe, expect, it } from 'vitest'
import { regionOfZone } from '@/lib/config-import/aws/arn'
import { KEY_OWNER_UNKNOWN } from '@/lib/config-import/aws/kms-ref'
import { ConfigParseError } from '@/lib/config-import/result'
import { CMK_ARN, json, parse } from './fixtures'

const ARCHIVE = 's3api-get-bucket-encryption@orders-tiered-archive.json'

function bucket(byDefault: Record<string, string>, bucketKey = false) {
  const doc = json(ARCHIVE)
  doc.ServerSideEncryptionConfiguration.Rules[0] = {
    ApplyServerSideEncryptionByDefault: byDefault,
    BucketKeyEnabled: bucketKey,
  }
  return parse('s3api-get-bucket-encryption@orders-bucket.json', doc)
}

describe('aws s3api get-bucket-encryption', () => {
  it('reads SSE-S3 (AES256) as PROVIDER_OWNED, noting that it proves nothing was configured', () => {
    const [loc] = parse('s3api-get-bucket-encryption@orders-audit-logs.json').locations
    expect(loc).toMatchObject({
      ref: 'arn:aws:s3:::orders-audit-logs',
      kind: 'OBJECT_STORAGE',
      name: 'orders-audit-logs',
      encryption: { state: 'ENCRYPTED', model: 'PROVIDER_OWNED' },
      path: '$.ServerSideEncryptionConfiguration.Rules[0].ApplyServerSideEncryptionByDefault',
    })
    expect(loc.encryption.note).toMatch(/default since January 2023: this proves nothing was configured/)
  })

  it('reads aws:kms without KMSMasterKeyID as the AWS managed aws/s3 key, PROVIDER_MANAGED, with nothing unresolved', () => {
    const r = bucket({ SSEAlgorithm: 'aws:kms' })
    expect(r.locations[0].encryption).toMatchObject({ model: 'PROVIDER_MANAGED', keyRef: 'alias/aws/s3' })
    expect(r.unresolved).toEqual([])
  })

  it('reads aws:kms:dsse per key: without a key as aws/s3, with a key ARN as unjudged until its describe-key', () => {
    expect(bucket({ SSEAlgorithm: 'aws:kms:dsse' }).locations[0].encryption.model).toBe('PROVIDER_MANAGED')
    const r = bucket({ SSEAlgorithm: 'aws:kms:dsse', KMSMasterKeyID: CMK_ARN })
    expect(r.locations[0].encryption).toMatchObject({
      model: 'UNKNOWN',
      keyRef: CMK_ARN,
      note: expect.stringContaining('DSSE-KMS'),
    })
    expect(r.unresolved).toEqual([{ ref: CMK_ARN, why: KEY_OWNER_UNKNOWN }])
    expect(r.warnings).toEqual([])
  })

  it("warns that an alias KMSMasterKeyID is resolved in the requester's account, and leaves it unresolved", () => {
    const r = parse(ARCHIVE)
    expect(r.warnings).toEqual([
      expect.stringContaining("alias/data-lake is an alias, which S3 resolves in the requester's account"),
    ])
    expect(r.unresolved).toEqual([
      { ref: 'alias/data-lake', why: expect.stringContaining('alias alias/data-lake names no key') },
    ])
  })

  it('notes BucketKeyEnabled', () => {
    expect(parse(ARCHIVE).locations[0].encryption.note).toContain('S3 Bucket Key enabled')
    expect(bucket({ SSEAlgorithm: 'aws:kms' }).locations[0].encryption.note).not.toContain('Bucket Key')
  })

  it('refuses an output whose file name names no bucket', () => {
    expect(() => parse('get-bucket-encryption.json', json(ARCHIVE))).toThrow(ConfigParseError)
    expect(() => parse('get-bucket-encryption.json', json(ARCHIVE))).toThrow(/encryption@my-bucket\.json/)
  })
})

describe('aws ec2 describe-volumes', () => {
  const r = parse('ec2-describe-volumes.json')

  it('reads Encrypted: false as UNENCRYPTED, named by its Name tag, in the Region of its zone', () => {
    expect(r.locations[0]).toMatchObject({
      ref: 'vol-0a1b2c3d4e5f60718',
      kind: 'BLOCK_VOLUME',
      name: 'kafka-connect-1 data',
      region: 'eu-west-1',
      encryption: { state: 'UNENCRYPTED' },
      keyChange: { mode: 'REPLACEMENT' },
      path: '$.Volumes[0].Encrypted',
    })
    expect(r.locations[0].encryption.keyRef).toBeUndefined()
  })

  it('leaves an encrypted volume with an unjoined KmsKeyId at model UNKNOWN, its key in unresolved', () => {
    const ebsKey = 'arn:aws:kms:eu-west-1:111122223333:key/3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d'
    expect(r.locations[1].encryption).toMatchObject({ state: 'ENCRYPTED', model: 'UNKNOWN', keyRef: ebsKey })
    expect(r.locations[1].path).toBe('$.Volumes[1].KmsKeyId')
    expect(r.unresolved).toContainEqual({ ref: ebsKey, why: KEY_OWNER_UNKNOWN })
  })

  it('finds the Region of ordinary, Local Zone and Wavelength zones', () => {
    expect(['eu-west-1a', 'us-west-2-lax-1a', 'us-east-1-wl1-bos-wlz-1', 'us-gov-west-1a'].map(regionOfZone)).toEqual([
      'eu-west-1',
      'us-west-2',
      'us-east-1',
      'us-gov-west-1',
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { ConfigParseError } from '@/lib/config-import/result'
import { CMK, CMK_ARN, json, parse } from './fixtures'

const DESCRIBE = 'kms-describe-key.cmk.json'

describe('aws kms describe-key', () => {
  it('reads a customer managed key with its canonical Region + account + id ref', () => {
    expect(parse(DESCRIBE).keys).toEqual([
      {
        ref: CMK_ARN,
        arn: CMK_ARN,
        region: 'eu-west-1',
        account: '111122223333',
        provider: 'AWS',
        manager: 'CUSTOMER',
        origin: 'PROVIDER_GENERATED',
        state: 'Enabled',
        createdAt: '2025-03-04T09:05:12.331Z',
        path: '$.KeyMetadata',
      },
    ])
  })

  it('reads KeyManager AWS as a PROVIDER-managed key', () => {
    expect(parse('kms-describe-key.aws-ebs.json').keys[0].manager).toBe('PROVIDER')
  })

  it.each([
    ['AWS_KMS', 'PROVIDER_GENERATED'],
    ['EXTERNAL', 'IMPORTED'],
    ['AWS_CLOUDHSM', 'HSM_CUSTOM_STORE'],
    ['EXTERNAL_KEY_STORE', 'EXTERNAL_KEY_MANAGER'],
    ['SOMETHING_NEW', 'UNKNOWN'],
  ])('maps Origin %s to %s', (origin, expected) => {
    const doc = json(DESCRIBE)
    doc.KeyMetadata.Origin = origin
    expect(parse(DESCRIBE, doc).keys[0].origin).toBe(expected)
  })

  it('normalizes AWS CLI v1 epoch-second timestamps (fractional) to ISO 8601 and exposes PendingDeletion with its deletion date', () => {
    const r = parse('kms-describe-key.v1-pending-deletion.json')
    expect(r.keys[0]).toMatchObject({
      state: 'PendingDeletion',
      createdAt: '2024-03-04T10:05:12.331Z',
      deletionAt: '2026-07-26T00:00:00.000Z',
    })
    expect(r.warnings).toEqual([expect.stringContaining('pending deletion (deleted at 2026-07-26T00:00:00.000Z)')])
  })

  it('normalizes ValidTo, given as v1 epoch seconds or v2 ISO text, to the same ISO time', () => {
    const v2 = parse('kms-describe-key.imported.json').keys[0]
    const doc = json('kms-describe-key.imported.json')
    doc.KeyMetadata.ValidTo = Date.parse(doc.KeyMetadata.ValidTo) / 1000
    expect(v2.materialExpiresAt).toBe('2027-01-31T00:00:00.000Z')
    expect(parse('kms-describe-key.imported.json', doc).keys[0].materialExpiresAt).toBe(v2.materialExpiresAt)
  })

  it('exposes Disabled as the key state', () => {
    const doc = json(DESCRIBE)
    doc.KeyMetadata.KeyState = 'Disabled'
    doc.KeyMetadata.Enabled = false
    const r = parse(DESCRIBE, doc)
    expect(r.keys[0].state).toBe('Disabled')
    expect(r.warnings).toEqual([`${CMK_ARN}: key state is Disabled`])
  })

  it('keeps a multi-Region primary and replica apart: same key id, refs differing by Region, typed PRIMARY / REPLICA', () => {
    const primary = parse('kms-describe-key.mrk-primary.json').keys[0]
    const replica = parse('kms-describe-key.mrk-replica.json').keys[0]
    expect(primary.ref).toBe('arn:aws:kms:us-east-1:111122223333:key/mrk-8f2c4a6e1b3d4f5a9c7e0b2d4f6a8c1e')
    expect(replica.ref).toBe('arn:aws:kms:eu-west-1:111122223333:key/mrk-8f2c4a6e1b3d4f5a9c7e0b2d4f6a8c1e')
    expect([primary.multiRegion, replica.multiRegion]).toEqual(['PRIMARY', 'REPLICA'])
  })
})

describe('aws kms get-key-rotation-status', () => {
  const ROTATION = 'kms-get-key-rotation-status.json'

  it('reads rotation on, its period and next date for the key its KeyId names', () => {
    expect(parse(ROTATION).keys[0]).toMatchObject({
      ref: CMK_ARN,
      manager: 'UNKNOWN',
      rotation: { enabled: true, periodDays: 365, nextAt: '2027-03-04T09:05:12.331Z' },
    })
  })

  it('normalizes a v1 epoch NextRotationDate to ISO 8601', () => {
    const doc = json(ROTATION)
    doc.NextRotationDate = 1804151112.331
    expect(parse(ROTATION, doc).keys[0].rotation?.nextAt).toBe('2027-03-04T09:05:12.331Z')
  })

  it('takes the key from the file name when the output (older CLI) has no KeyId, with a Region if named', () => {
    const r = parseRotationWithoutKeyId(`rotation@eu-west-1.${CMK}.json`)
    expect(r.keys[0]).toMatchObject({ ref: `arn:aws:kms:eu-west-1::key/${CMK}`, region: 'eu-west-1' })
    expect(parseRotationWithoutKeyId(`rotation@${CMK}.json`).keys[0].ref).toBe(CMK)
  })

  it('refuses an output that names no key, in a file whose name names none either', () => {
    expect(() => parseRotationWithoutKeyId('rotation.json')).toThrow(ConfigParseError)
    expect(() => parseRotationWithoutKeyId('rotation.json')).toThrow(
      /rotation\.json: .*put the key id in the file name/,
    )
  })

  function parseRotationWithoutKeyId(fileName: string) {
    const doc = json(ROTATION)
    delete doc.KeyId
    return parse(fileName, doc)
  }
})

describe('aws kms list-aliases', () => {
  const r = parse('kms-list-aliases.json')

  it('reads alias/aws/* aliases as AWS managed keys and other aliases as customer managed, per Region and account', () => {
    const ebs = r.keys.find((k) => k.aliases?.includes('alias/aws/ebs'))
    const orders = r.keys.find((k) => k.aliases?.includes('alias/msk-orders'))
    expect(ebs).toMatchObject({ manager: 'PROVIDER', region: 'eu-west-1', account: '111122223333' })
    expect(orders).toMatchObject({ ref: CMK_ARN, manager: 'CUSTOMER', path: '$.Aliases[4]' })
    expect(orders?.origin).toBeUndefined()
  })

  it('drops an alias with no target key, saying why', () => {
    expect(r.dropped).toEqual([{ path: '$.Aliases[2]', why: expect.stringContaining('alias/aws/s3 points at no key') }])
  })

  it('warns that later pages are unknown when the list is Truncated', () => {
    const doc = json('kms-list-aliases.json')
    doc.Truncated = true
    doc.NextMarker = 'eyJ2IjoxfQ=='
    expect(parse('kms-list-aliases.json', doc).warnings).toEqual([expect.stringContaining('one page')])
  })
})

describe('aws kms list-grants', () => {
  const r = parse('kms-list-grants.json')

  it('reads each grantee as a principal via a grant, with only the use operations, flagging another account', () => {
    expect(r.principals).toEqual([
      expect.objectContaining({
        keyRef: CMK_ARN,
        principal: 'arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForKafka/kafka-orders',
        actions: [
          'kms:CreateGrant',
          'kms:Decrypt',
          'kms:GenerateDataKey',
          'kms:GenerateDataKeyWithoutPlaintext',
          'kms:ReEncryptFrom',
          'kms:ReEncryptTo',
        ],
        viaGrant: true,
        crossAccount: false,
        path: '$.Grants[0].GranteePrincipal',
      }),
      expect.objectContaining({
        principal: 'arn:aws:iam::444455556666:role/VendorBackupExporter',
        account: '444455556666',
        actions: ['kms:Decrypt'],
        crossAccount: true,
      }),
    ])
  })

  it('notes grant constraints in a warning instead of ignoring them', () => {
    expect(r.warnings).toEqual([
      expect.stringMatching(/msk-orders-broker-volumes .*EncryptionContextSubset.*not evaluated/),
    ])
  })
})

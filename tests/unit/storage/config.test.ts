import { describe, expect, it } from 'vitest'
import { readStorageConfig } from '@/lib/storage/config'
import { DEFAULT_ALLOWED_TYPES } from '@/lib/storage/content-type'

describe('readStorageConfig', () => {
  it('defaults to PostgreSQL, 100 MiB and the default allow-list', () => {
    expect(readStorageConfig({})).toEqual({
      backend: 'POSTGRES',
      maxBytes: 100 * 1024 * 1024,
      allowedTypes: [...DEFAULT_ALLOWED_TYPES],
    })
  })

  it('reads S3 settings, the limit and a custom allow-list', () => {
    expect(
      readStorageConfig({
        EVIDENCE_STORE: 's3',
        EVIDENCE_MAX_BYTES: '1048576',
        EVIDENCE_ALLOWED_TYPES: 'application/pdf, Image/PNG',
        S3_ENDPOINT: 'http://127.0.0.1:4568',
        S3_REGION: 'eu-central-1',
        S3_BUCKET: 'keyproof-evidence',
        S3_ACCESS_KEY_ID: 'id',
        S3_SECRET_ACCESS_KEY: 'secret',
        S3_FORCE_PATH_STYLE: 'true',
      }),
    ).toEqual({
      backend: 'S3',
      maxBytes: 1048576,
      allowedTypes: ['application/pdf', 'image/png'],
      s3: {
        endpoint: 'http://127.0.0.1:4568',
        region: 'eu-central-1',
        bucket: 'keyproof-evidence',
        forcePathStyle: true,
        credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
      },
    })
  })

  it('uses the default AWS credential chain when no keys are given', () => {
    expect(readStorageConfig({ EVIDENCE_STORE: 's3', S3_BUCKET: 'evidence' }).s3).toEqual({
      endpoint: undefined,
      region: 'us-east-1',
      bucket: 'evidence',
      forcePathStyle: false,
      credentials: undefined,
    })
  })

  it('names the variable that is wrong', () => {
    expect(() => readStorageConfig({ EVIDENCE_STORE: 's3' })).toThrow(/S3_BUCKET/)
    expect(() => readStorageConfig({ EVIDENCE_STORE: 'disk' })).toThrow(/EVIDENCE_STORE/)
    expect(() => readStorageConfig({ EVIDENCE_MAX_BYTES: '-1' })).toThrow(/EVIDENCE_MAX_BYTES/)
    expect(() => readStorageConfig({ EVIDENCE_STORE: 's3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'only-id' })).toThrow(
      /both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/,
    )
  })
})

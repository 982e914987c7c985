// With evidence in S3: an import's files are objects written before the transaction; an apply that is refused
// removes them, and a re-import of an unchanged file leaves no extra object behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { db } from '@/lib/db'
import { applyConfigImport, previewConfigImport } from '@/lib/dal/config-import'
import { openEvidenceFile } from '@/lib/dal/evidence'
import type { StorageConfig } from '@/lib/storage/config'
import { DEFAULT_ALLOWED_TYPES } from '@/lib/storage/content-type'
import { makeOrganization } from '../support/factory'
import { makeReview } from '../support/review-factory'
import { mskOnAwsManagedKey } from './config-import-support'
import { readAll, startS3rver, S3RVER_CREDENTIALS } from './storage/support'

const globals = globalThis as unknown as { keyproofStorageConfig?: StorageConfig; keyproofBlobStores?: unknown }
let s3: Awaited<ReturnType<typeof startS3rver>>

beforeAll(async () => {
  s3 = await startS3rver('keyproof-import')
  const s3Config = {
    endpoint: s3.endpoint,
    region: 'us-east-1',
    bucket: s3.bucket,
    credentials: S3RVER_CREDENTIALS,
    forcePathStyle: true,
  }
  globals.keyproofStorageConfig = {
    backend: 'S3',
    maxBytes: 64 * 1024 * 1024,
    allowedTypes: [...DEFAULT_ALLOWED_TYPES],
    s3: s3Config,
  } as StorageConfig
  globals.keyproofBlobStores = undefined
})
afterAll(async () => {
  globals.keyproofStorageConfig = undefined
  globals.keyproofBlobStores = undefined
  await s3.stop()
})

const objects = async () => {
  const client = new S3Client({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    credentials: S3RVER_CREDENTIALS,
    forcePathStyle: true,
  })
  return (await client.send(new ListObjectsV2Command({ Bucket: s3.bucket }))).KeyCount ?? 0
}

describe('importing with evidence in S3', () => {
  it('stores each file as an object, removes them when the apply is refused, and adds none for an unchanged file', async () => {
    const { actors } = await makeOrganization({ owner: ['PLATFORM_OWNER'] })
    const reviewId = await makeReview(actors.owner)
    const before = await objects()
    await expect(applyConfigImport(actors.owner, reviewId, mskOnAwsManagedKey(), '0'.repeat(64))).rejects.toMatchObject(
      {
        code: 'CONFLICT',
      },
    )
    expect(await objects()).toBe(before)

    const preview = await previewConfigImport(actors.owner, reviewId, mskOnAwsManagedKey())
    await applyConfigImport(actors.owner, reviewId, mskOnAwsManagedKey(), preview.fingerprint)
    expect(await objects()).toBe(before + 4)
    const evidence = await db.evidence.findFirstOrThrow({ where: { reviewId, fileName: 'describe-key.json' } })
    expect(evidence.storageBackend).toBe('S3')
    const file = await openEvidenceFile(actors.owner, evidence.id)
    expect((await readAll(file.stream)).toString('utf8')).toContain('"KeyManager": "AWS"')

    const newer = [...mskOnAwsManagedKey()]
    const again = await previewConfigImport(actors.owner, reviewId, newer)
    await expect(applyConfigImport(actors.owner, reviewId, newer, again.fingerprint)).rejects.toMatchObject({
      code: 'VALIDATION',
    })
    expect(await objects()).toBe(before + 4)
  })
})

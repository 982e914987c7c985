// S3 specifics at real part sizes: multipart above one part, a single PutObject below it.
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ListObjectsV2Command } from '@aws-sdk/client-s3'
import { makeOwner, s3Harness } from './harnesses'
import { MiB, bodyOf, readAll, streamOf } from './support'

let h: Awaited<ReturnType<typeof s3Harness>>
beforeAll(async () => {
  h = await s3Harness(8 * MiB)
})
afterAll(async () => {
  await h?.close()
})

describe('S3BlobStore', () => {
  it('uploads 17 MiB as a multipart upload of 8 MiB parts and reads it back byte for byte', async () => {
    const owner = await makeOwner()
    const body = bodyOf(17 * MiB)
    const blob = await h.keep(owner, streamOf(body, 256 * 1024), { maxBytes: 100 * MiB })
    expect(blob.sha256).toBe(createHash('sha256').update(body).digest('hex'))
    expect(h.s3.openUploads()).toBe(0)
    const listed = await h.store.client.send(
      new ListObjectsV2Command({ Bucket: h.s3.bucket, Prefix: `${owner.organizationId}/` }),
    )
    expect(listed.Contents?.map((o) => [o.Key, o.Size])).toEqual([[blob.storageKey, 17 * MiB]])
    expect((await readAll(h.store.read(blob.storageKey))).equals(body)).toBe(true)
  })

  it('aborts the multipart upload when the limit is crossed in the third part', async () => {
    const owner = await makeOwner()
    await expect(h.attempt(owner, streamOf(bodyOf(20 * MiB)), { maxBytes: 18 * MiB })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'The file is larger than the limit of 18 MB.',
    })
    expect(await h.leftovers(owner)).toBe(0)
  })

  it('lets a read be cancelled part-way without error', async () => {
    const owner = await makeOwner()
    const blob = await h.keep(owner, streamOf(bodyOf(9 * MiB)), { maxBytes: 100 * MiB })
    const reader = h.store.read(blob.storageKey).getReader()
    expect((await reader.read()).done).toBe(false)
    await expect(reader.cancel()).resolves.toBeUndefined()
  })
})

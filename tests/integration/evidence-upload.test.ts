// Upload faults through the DAL, for each backend: each must give a clear message and leave no row and no bytes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHash, randomBytes } from 'node:crypto'
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { db } from '@/lib/db'
import { openEvidenceFile, uploadFileEvidence } from '@/lib/dal/evidence'
import { requestsForNewReview } from '@/lib/domain/gate-catalog'
import type { StorageConfig } from '@/lib/storage/config'
import { DEFAULT_ALLOWED_TYPES } from '@/lib/storage/content-type'
import { makeOrganization } from '../support/factory'
import { makeReview } from '../support/review-factory'
import { asOwner } from '../support/db-roles'
import { readAll, startS3rver, streamOf, S3RVER_CREDENTIALS } from './storage/support'

const MiB = 1024 * 1024
const pdf = (bytes: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(bytes)])
const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), randomBytes(8192)])
const globals = globalThis as unknown as { keyproofStorageConfig?: StorageConfig; keyproofBlobStores?: unknown }

function useStore(config: Partial<StorageConfig>) {
  globals.keyproofStorageConfig = {
    backend: 'POSTGRES',
    maxBytes: 8 * MiB,
    allowedTypes: [...DEFAULT_ALLOWED_TYPES],
    ...config,
  }
  globals.keyproofBlobStores = undefined
}

function failingAfter(body: Buffer, bytes: number) {
  let sent = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.error(new Error('The client closed the connection'))
      controller.enqueue(body.subarray(sent, sent + 256 * 1024))
      sent += 256 * 1024
    },
  })
}

let s3: Awaited<ReturnType<typeof startS3rver>>
beforeAll(async () => {
  s3 = await startS3rver('keyproof-evidence')
})
afterAll(async () => {
  useStore({})
  await s3.stop()
})

const backends = [
  { name: 'PostgreSQL', use: (maxBytes?: number) => useStore({ maxBytes }) },
  {
    name: 'S3',
    use: (maxBytes?: number) =>
      useStore({
        backend: 'S3',
        maxBytes,
        s3: {
          endpoint: s3.endpoint,
          region: 'us-east-1',
          bucket: s3.bucket,
          credentials: S3RVER_CREDENTIALS,
          forcePathStyle: true,
        },
      }),
  },
]

describe.each(backends)('evidence upload through the DAL ($name)', ({ name, use }) => {
  const storedObjects = async () => {
    if (name !== 'S3') return 0
    const client = new S3Client({
      endpoint: s3.endpoint,
      region: 'us-east-1',
      credentials: S3RVER_CREDENTIALS,
      forcePathStyle: true,
    })
    return (await client.send(new ListObjectsV2Command({ Bucket: s3.bucket }))).KeyCount ?? 0
  }
  async function setup() {
    const { organization, actors } = await makeOrganization({
      owner: ['PLATFORM_OWNER'],
      reviewer: ['SECURITY_REVIEWER'],
    })
    const reviewId = await makeReview(actors.owner)
    const request = await db.evidenceRequest.findFirstOrThrow({
      where: { reviewId, code: requestsForNewReview()[0].code },
    })
    const meta = (fileName: string) => ({
      reviewId,
      title: 'Key policy',
      fileName,
      effectiveDate: '2026-11-01',
      requestIds: [request.id],
    })
    const nothingStored = async () => {
      expect(await db.evidence.count({ where: { organizationId: organization.id } })).toBe(0)
      expect(await db.blobChunk.count({ where: { organizationId: organization.id } })).toBe(0)
      expect(await storedObjects()).toBe(objectsBefore)
      if (name === 'S3') expect(s3.openUploads()).toBe(0)
    }
    const objectsBefore = await storedObjects()
    return { organization, actors, reviewId, request, meta, nothingStored }
  }

  it('stores a multi-chunk file with its SHA-256, links it, audits it, and streams it back', async () => {
    use()
    const { organization, actors, request, meta } = await setup()
    const body = pdf(2.5 * MiB)
    const evidence = await uploadFileEvidence(actors.owner, meta('../../etc/key "policy".pdf'), streamOf(body))
    expect(evidence.sha256).toBe(createHash('sha256').update(body).digest('hex'))
    const row = await db.evidence.findUniqueOrThrow({ where: { id: evidence.id }, include: { links: true } })
    expect(row).toMatchObject({
      contentType: 'application/pdf',
      sizeBytes: BigInt(body.length),
      storageBackend: name === 'S3' ? 'S3' : 'POSTGRES',
    })
    expect(row.fileName).not.toMatch(/[/"]/)
    expect(row.links.map((l) => l.requestId)).toEqual([request.id])
    expect(
      await db.auditEvent.count({
        where: { organizationId: organization.id, action: 'evidence.added', entityId: evidence.id },
      }),
    ).toBe(1)
    const file = await openEvidenceFile(actors.reviewer, evidence.id)
    expect((await readAll(file.stream)).equals(body)).toBe(true)
  })

  it('over the size limit: a clear message, no row, no bytes', async () => {
    use(1 * MiB)
    const { actors, meta, nothingStored } = await setup()
    await expect(uploadFileEvidence(actors.owner, meta('big.pdf'), streamOf(pdf(3 * MiB)))).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/larger than the limit of 1 MB/),
    })
    await nothingStored()
  })

  it('a disallowed type disguised with an allowed extension: refused by its bytes, no row, no bytes', async () => {
    use()
    const { actors, meta, nothingStored } = await setup()
    await expect(uploadFileEvidence(actors.owner, meta('policy.pdf'), streamOf(elf))).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/not allowed as evidence/),
    })
    await nothingStored()
  })

  it('a client that aborts mid-stream: no row, no bytes', async () => {
    use()
    const { actors, meta, nothingStored } = await setup()
    await expect(
      uploadFileEvidence(actors.owner, meta('partial.pdf'), failingAfter(pdf(4 * MiB), 2 * MiB)),
    ).rejects.toThrow(/closed the connection/)
    await nothingStored()
  })

  it('a storage write that fails: no row, no bytes', async () => {
    use()
    const { actors, meta, nothingStored } = await setup()
    if (name === 'S3') {
      // The object store refuses the write: a bucket that does not exist.
      useStore({
        backend: 'S3',
        s3: {
          endpoint: s3.endpoint,
          region: 'us-east-1',
          bucket: 'no-such-bucket',
          credentials: S3RVER_CREDENTIALS,
          forcePathStyle: true,
        },
      })
    } else {
      // A trigger is DDL: only the owner role may add one (the app role cannot).
      await asOwner(async (c) => {
        await c.query(
          `CREATE OR REPLACE FUNCTION test_fail_chunk() RETURNS trigger AS $$ BEGIN IF NEW.seq = 1 THEN RAISE EXCEPTION 'disk full (simulated)'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
        )
        await c.query(
          `CREATE TRIGGER test_fail_chunk BEFORE INSERT ON evidence_blob_chunks FOR EACH ROW EXECUTE FUNCTION test_fail_chunk()`,
        )
      })
    }
    try {
      await expect(uploadFileEvidence(actors.owner, meta('policy.pdf'), streamOf(pdf(3 * MiB)))).rejects.toThrow()
    } finally {
      if (name !== 'S3') await asOwner((c) => c.query(`DROP TRIGGER test_fail_chunk ON evidence_blob_chunks`))
    }
    await nothingStored()
  })

  it('a refused metadata (unknown link target) fails before any byte is stored', async () => {
    use()
    const { actors, meta, nothingStored } = await setup()
    await expect(
      uploadFileEvidence(actors.owner, { ...meta('ok.pdf'), requestIds: ['not-a-request'] }, streamOf(pdf(MiB))),
    ).rejects.toMatchObject({ code: 'VALIDATION' })
    await nothingStored()
  })
})

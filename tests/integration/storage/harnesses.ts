// The stores under test, each with how a caller keeps a blob, how a failed attempt looks to it, and what
// is left behind in the backend afterwards.
import pg from 'pg'
import { ListObjectsV2Command } from '@aws-sdk/client-s3'
import { PrismaPg } from '@prisma/adapter-pg'
import { db, type Db, type Tx } from '@/lib/db'
import { PrismaClient } from '@/lib/generated/prisma/client'
import type { BlobStore, BlobWriteResult, ByteSource } from '@/lib/storage'
import { PgConnections } from '@/lib/storage/pg-connections'
import { PostgresBlobStore } from '@/lib/storage/postgres-blob-store'
import { S3BlobStore } from '@/lib/storage/s3-blob-store'
import { makeOrganization } from '../../support/factory'
import { makeReview } from '../../support/review-factory'
import { MiB, S3RVER_CREDENTIALS, startS3rver } from './support'

export interface Owner {
  organizationId: string
  reviewId: string
  userId: string
}
export interface WriteOpts {
  maxBytes: number
  inspect?: (head: Uint8Array) => void | Promise<void>
}

export interface Harness {
  name: string
  store: BlobStore
  /** Writes the blob and keeps it: for PostgreSQL, with its evidence row in the same committed transaction. */
  keep(owner: Owner, source: ByteSource, opts: WriteOpts): Promise<BlobWriteResult>
  /** A caller's upload: PostgreSQL, inside a transaction that creates the evidence row (and rolls back on error). */
  attempt(owner: Owner, source: ByteSource, opts: WriteOpts): Promise<BlobWriteResult>
  /** Bytes of this organization still stored anywhere in the backend (chunks; objects and unfinished uploads). */
  leftovers(owner: Owner): Promise<number>
  close(): Promise<void>
}

export async function makeOwner(): Promise<Owner> {
  const { organization, actors } = await makeOrganization()
  return { organizationId: organization.id, reviewId: await makeReview(actors.owner), userId: actors.owner.userId }
}

export const evidenceRow = (owner: Owner, blob: BlobWriteResult, backend: 'POSTGRES' | 'S3') => ({
  organizationId: owner.organizationId,
  reviewId: owner.reviewId,
  kind: 'FILE' as const,
  title: 'Key policy export',
  fileName: 'policy.json',
  sizeBytes: BigInt(blob.sizeBytes),
  sha256: blob.sha256,
  storageBackend: backend,
  storageKey: blob.storageKey,
  effectiveDate: new Date('2026-11-01'),
  uploadedById: owner.userId,
})

function postgresHarness(name: string, client: Db, store: PostgresBlobStore, close: () => Promise<void>): Harness {
  const inTransaction = (owner: Owner, source: ByteSource, opts: WriteOpts) =>
    client.$transaction(
      async (tx: Tx) => {
        const blob = await store.write(source, { tx, organizationId: owner.organizationId, ...opts })
        await tx.evidence.create({ data: evidenceRow(owner, blob, 'POSTGRES'), select: { id: true } })
        return blob
      },
      { timeout: 120_000 },
    )
  return {
    name,
    store,
    keep: inTransaction,
    attempt: inTransaction,
    close,
    leftovers: (owner) => db.blobChunk.count({ where: { organizationId: owner.organizationId } }),
  }
}

/** PostgreSQL through the app's Prisma client, as lib/db.ts builds it today: bytes go through Prisma. */
export function postgresViaPrisma(): Harness {
  return postgresHarness('PostgreSQL, bytes through Prisma', db, new PostgresBlobStore(db), async () => {})
}

/** PostgreSQL with the Prisma adapter built on a tracked pool: bytes go down the transaction's own connection. */
export function postgresOnConnection(chunkSize = MiB) {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 })
  const connections = new PgConnections(pool)
  const client = new PrismaClient({ adapter: new PrismaPg(pool) })
  const store = new PostgresBlobStore(client, { connections, chunkSize })
  const harness = postgresHarness('PostgreSQL, bytes on the transaction connection', client, store, async () => {
    await client.$disconnect()
    destroyCheckedOut(pool)
    await pool.end()
  })
  return { ...harness, client, connections, store, pool, checkedOut: () => pool.totalCount - pool.idleCount }
}

export async function s3Harness(
  partSize = MiB,
): Promise<Harness & { s3: Awaited<ReturnType<typeof startS3rver>>; store: S3BlobStore }> {
  const s3 = await startS3rver()
  const store = new S3BlobStore(
    {
      endpoint: s3.endpoint,
      region: 'us-east-1',
      bucket: s3.bucket,
      forcePathStyle: true,
      credentials: S3RVER_CREDENTIALS,
    },
    { partSize },
  )
  const write = (owner: Owner, source: ByteSource, opts: WriteOpts) =>
    store.write(source, { organizationId: owner.organizationId, ...opts })
  return {
    name: 'S3 (s3rver)',
    store,
    s3,
    keep: write,
    attempt: write,
    leftovers: async (owner) => {
      const listed = await store.client.send(
        new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: `${owner.organizationId}/` }),
      )
      return (listed.KeyCount ?? 0) + s3.openUploads()
    },
    close: () => s3.stop(),
  }
}

/** Destroys connections never given back to the pool (Prisma leaks the one of a failed COMMIT), so pool.end() can finish. */
function destroyCheckedOut(pool: pg.Pool) {
  const p = pool as unknown as { _clients: pg.PoolClient[]; _idle: { client: pg.PoolClient }[] }
  for (const c of p._clients.filter((c) => !p._idle.some((i) => i.client === c))) c.release(true)
}

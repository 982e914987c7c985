import 'server-only'
// Evidence bytes as 1 MiB bytea rows in evidence_blob_chunks, written in the caller's transaction.
// Bytes go down the transaction's own pg connection when it is known (see pg-connections.ts), else
// through Prisma's raw queries. An empty body is stored as one empty chunk, so "no chunks" means missing.
import type pg from 'pg'
import type { Db, Tx } from '@/lib/db'
import { notFound } from '@/lib/errors'
import type { BlobStore, BlobWriteOptions, BlobWriteResult } from './blob-store'
import { MiB, measuredChunks, writeInOrder, type ByteSource } from './byte-stream'
import type { JoinedTransaction, PgConnections } from './pg-connections'
import { newStorageKey } from './storage-key'

// The WHERE makes a chunk land in the caller's transaction or nowhere (e.g. if Prisma timed it out and
// the connection went back to the pool): 0 rows inserted is an error.
const INSERT_IN_TRANSACTION = `INSERT INTO evidence_blob_chunks (storage_key, seq, organization_id, data)
  SELECT $1::text, $2::int, $3::text, $4::bytea WHERE pg_current_xact_id() = $5::xid8`
// pg 8 reads every column as a string (bytea as hex); base64 is shorter and decodes faster.
const SELECT_CHUNK = `SELECT encode(data, 'base64') AS data FROM evidence_blob_chunks
  WHERE storage_key = $1 AND seq = $2`

type ChunkWriter = (chunk: Buffer, seq: number) => Promise<void>

export interface PostgresBlobStoreOptions {
  chunkSize?: number
  /** The pool behind `db`'s adapter, tracked: enables the fast path for writes and reads. */
  connections?: PgConnections
}

export class PostgresBlobStore implements BlobStore {
  readonly backend = 'POSTGRES' as const
  readonly chunkSize: number

  constructor(
    private readonly db: Db,
    private readonly options: PostgresBlobStoreOptions = {},
  ) {
    this.chunkSize = options.chunkSize ?? MiB
  }

  async write(
    source: ByteSource,
    { tx, organizationId, maxBytes, inspect }: BlobWriteOptions,
  ): Promise<BlobWriteResult> {
    if (!tx) throw new Error('PostgresBlobStore.write needs the transaction that will create the evidence row')
    const storageKey = newStorageKey(organizationId)
    const joined = await this.options.connections?.join(tx)
    const writeChunk = joined
      ? rawWriter(joined, storageKey, organizationId)
      : prismaWriter(tx, storageKey, organizationId)
    const measured = measuredChunks(source, { chunkSize: this.chunkSize, maxBytes, inspect })
    let written = false
    try {
      await writeInOrder(measured.chunks, async (chunk, seq) => {
        written = true
        await writeChunk(chunk, seq)
      })
    } catch (e) {
      // Leave the transaction usable and clean if the caller goes on; a failed statement has already
      // aborted it, and then this delete fails too and the rollback removes everything anyway.
      if (written) await tx.blobChunk.deleteMany({ where: { storageKey } }).catch(() => {})
      throw e
    }
    return { storageKey, ...measured.result() }
  }

  read(storageKey: string): ReadableStream<Uint8Array> {
    let count: number | undefined
    let seq = 0
    return new ReadableStream<Uint8Array>(
      {
        pull: async (controller) => {
          count ??= await this.db.blobChunk.count({ where: { storageKey } })
          if (count === 0) throw notFound('The evidence file')
          const data = await this.readChunk(storageKey, seq)
          if (!data) throw new Error(`Chunk ${seq} of ${count} of blob ${storageKey} is missing`)
          seq++
          if (data.byteLength > 0) controller.enqueue(data)
          if (seq >= count) controller.close()
        },
      },
      { highWaterMark: 1 },
    )
  }

  async remove(storageKey: string): Promise<void> {
    await this.db.blobChunk.deleteMany({ where: { storageKey } })
  }

  private async readChunk(storageKey: string, seq: number): Promise<Uint8Array | undefined> {
    const pool = this.options.connections?.pool
    if (pool) {
      const { rows } = await pool.query<{ data: string }>(SELECT_CHUNK, [storageKey, seq])
      return rows[0] ? Buffer.from(rows[0].data, 'base64') : undefined
    }
    // Bytes come back from Prisma as arrays of numbers; base64 text is ~7x faster.
    const rows = await this.db.$queryRaw<{ data: string }[]>`
      SELECT encode(data, 'base64') AS data FROM evidence_blob_chunks
      WHERE storage_key = ${storageKey} AND seq = ${seq}`
    return rows[0] ? Buffer.from(rows[0].data, 'base64') : undefined
  }
}

/**
 * Checks now, inside the transaction, that every chunk written in it has its evidence row (the deferred
 * foreign key), instead of at COMMIT. Call it last in an upload transaction: a violation then fails as a
 * statement and rolls back normally. Prisma 6.19.3 never releases the pool connection of a transaction
 * whose COMMIT fails, so a violation found at COMMIT would leak a connection.
 */
export async function sealUpload(tx: Tx): Promise<void> {
  await tx.$executeRaw`SET CONSTRAINTS evidence_blob_chunks_evidence_fkey IMMEDIATE`
}

function rawWriter({ client, xid }: JoinedTransaction, storageKey: string, organizationId: string): ChunkWriter {
  return async (chunk, seq) => {
    const r = await (client as pg.ClientBase).query(INSERT_IN_TRANSACTION, [
      storageKey,
      seq,
      organizationId,
      chunk,
      xid,
    ])
    if (r.rowCount !== 1) throw new Error('The upload transaction ended while its bytes were being written')
  }
}

function prismaWriter(tx: Tx, storageKey: string, organizationId: string): ChunkWriter {
  return async (chunk, seq) => {
    await tx.$executeRaw`
      INSERT INTO evidence_blob_chunks (storage_key, seq, organization_id, data)
      VALUES (${storageKey}, ${seq}, ${organizationId}, ${chunk})`
  }
}

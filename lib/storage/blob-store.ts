import 'server-only'
// Where evidence bytes live: PostgreSQL chunks (default, atomic with the evidence row) or S3-compatible storage.
import { db, type Tx } from '@/lib/db'
import type { ByteSource } from './byte-stream'
import { readStorageConfig, type StorageConfig } from './config'
import { trackedConnections } from './pg-connections'
import { PostgresBlobStore } from './postgres-blob-store'
import { S3BlobStore } from './s3-blob-store'

export type BlobBackend = 'POSTGRES' | 'S3'

export interface BlobWriteResult {
  storageKey: string
  sizeBytes: number
  sha256: string
}

export interface BlobWriteOptions {
  /** PostgreSQL: required, the transaction that then creates the evidence row with the same storageKey. */
  tx?: Tx
  organizationId: string
  maxBytes: number
  /**
   * Called once with the first bytes (64 KiB, or the whole body if smaller) before any byte is stored; throwing aborts
   * the write. Copy `head` to keep it past the call.
   */
  inspect?: (head: Uint8Array) => void | Promise<void>
}

export interface BlobStore {
  backend: BlobBackend
  /**
   * Streams `source` into the store under a fresh storageKey, computing SHA-256 and size as it goes.
   * Over maxBytes: AppError('VALIDATION'); an `inspect` or source error propagates as is; in every failure
   * nothing is left behind. Postgres: chunks written with `tx` (the evidence row must be created in it
   * before commit — a deferred foreign key refuses the commit otherwise). S3: written outside any
   * transaction; call `remove` if the database transaction then fails.
   */
  write(source: ByteSource, opts: BlobWriteOptions): Promise<BlobWriteResult>
  /** The bytes, streamed in constant memory; errors with AppError('NOT_FOUND') if there is no such blob. */
  read(storageKey: string): ReadableStream<Uint8Array>
  /** Deletes the blob; no error if it is already gone. */
  remove(storageKey: string): Promise<void>
}

export type { ByteSource }

const globalForStore = globalThis as unknown as {
  keyproofBlobStores?: Partial<Record<BlobBackend, BlobStore>>
  keyproofStorageConfig?: StorageConfig
}

const storageConfig = () => (globalForStore.keyproofStorageConfig ??= readStorageConfig())

/**
 * The store for new uploads (EVIDENCE_STORE=s3 with the S3_* variables; PostgreSQL by default), or, given
 * the backend recorded on an evidence row, the store that holds it. One instance per backend per process.
 */
export function getBlobStore(backend: BlobBackend = storageConfig().backend): BlobStore {
  const stores = (globalForStore.keyproofBlobStores ??= {})
  if (stores[backend]) return stores[backend]
  if (backend === 'S3') {
    const s3 = storageConfig().s3
    if (!s3)
      throw new Error(
        'This evidence is stored in S3, but S3 is not configured: set EVIDENCE_STORE=s3 and the S3_* variables.',
      )
    return (stores.S3 = new S3BlobStore(s3))
  }
  return (stores.POSTGRES = new PostgresBlobStore(db, { connections: trackedConnections() }))
}

/**
 * Upload limits from configuration: EVIDENCE_MAX_BYTES (default 100 MiB) and EVIDENCE_ALLOWED_TYPES (MIME types,
 * comma-separated).
 */
export function evidenceLimits(): { maxBytes: number; allowedTypes: string[] } {
  const { maxBytes, allowedTypes } = storageConfig()
  return { maxBytes, allowedTypes }
}

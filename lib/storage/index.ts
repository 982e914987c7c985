import 'server-only'
// Evidence storage: the blob store for uploads and downloads, and the configured limits.
export {
  getBlobStore,
  evidenceLimits,
  type BlobStore,
  type BlobBackend,
  type BlobWriteOptions,
  type BlobWriteResult,
} from './blob-store'
export { trackPool } from './pg-connections'
export { sealUpload } from './postgres-blob-store'
export type { ByteSource } from './byte-stream'

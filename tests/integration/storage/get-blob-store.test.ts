// The configured store: PostgreSQL by default, S3 when configured, and the store that holds an existing blob.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { evidenceLimits, getBlobStore } from '@/lib/storage'

const reset = () => {
  const g = globalThis as Record<string, unknown>
  delete g.keyproofBlobStores
  delete g.keyproofStorageConfig
}
afterEach(() => {
  vi.unstubAllEnvs()
  reset()
})

describe('getBlobStore', () => {
  it('is PostgreSQL with a 100 MiB limit and the default types when nothing is configured', () => {
    reset()
    expect(getBlobStore().backend).toBe('POSTGRES')
    expect(evidenceLimits()).toMatchObject({
      maxBytes: 100 * 1024 * 1024,
      allowedTypes: expect.arrayContaining(['application/pdf', 'text/plain']),
    })
  })

  it('is S3 when EVIDENCE_STORE=s3, while blobs recorded as POSTGRES still read from PostgreSQL', () => {
    reset()
    vi.stubEnv('EVIDENCE_STORE', 's3')
    vi.stubEnv('S3_ENDPOINT', 'http://127.0.0.1:9')
    vi.stubEnv('S3_BUCKET', 'evidence')
    vi.stubEnv('S3_FORCE_PATH_STYLE', 'true')
    vi.stubEnv('EVIDENCE_MAX_BYTES', String(5 * 1024 * 1024))
    expect(getBlobStore().backend).toBe('S3')
    expect(getBlobStore()).toBe(getBlobStore('S3'))
    expect(getBlobStore('POSTGRES').backend).toBe('POSTGRES')
    expect(evidenceLimits().maxBytes).toBe(5 * 1024 * 1024)
  })

  it('explains itself when S3 evidence must be read but S3 is not configured', () => {
    reset()
    expect(() => getBlobStore('S3')).toThrow('This evidence is stored in S3, but S3 is not configured')
  })
})

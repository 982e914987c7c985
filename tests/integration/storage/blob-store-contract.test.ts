// One contract, every store: what the upload route and the download route rely on.
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeOwner, postgresOnConnection, postgresViaPrisma, s3Harness, type Harness } from './harnesses'
import { MiB, abortingSource, bodyOf, readAll, streamOf } from './support'

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')
const HARNESSES: [string, () => Harness | Promise<Harness>][] = [
  ['PostgreSQL through Prisma', postgresViaPrisma],
  ['PostgreSQL on the transaction connection', () => postgresOnConnection()],
  ['S3 on s3rver', () => s3Harness()],
]

describe.each(HARNESSES)('blob store contract: %s', (_, make) => {
  let h: Harness
  beforeAll(async () => {
    h = await make()
  })
  afterAll(async () => {
    await h?.close()
  })

  it('round-trips an empty body, a small one and one of 2.5 chunks, with their exact size and SHA-256', async () => {
    const owner = await makeOwner()
    for (const size of [0, 1000, 2.5 * MiB]) {
      const body = bodyOf(size)
      const blob = await h.keep(owner, streamOf(body), { maxBytes: 10 * MiB })
      expect(blob).toEqual({
        storageKey: expect.stringMatching(new RegExp(`^${owner.organizationId}/[0-9a-f-]{36}$`)),
        sizeBytes: size,
        sha256: sha256(body),
      })
      const back = await readAll(h.store.read(blob.storageKey))
      expect(back.length).toBe(size)
      expect(back.equals(body)).toBe(true)
    }
  })

  it('refuses a body over the limit with a clear error and leaves nothing behind', async () => {
    const owner = await makeOwner()
    await expect(h.attempt(owner, streamOf(bodyOf(2.5 * MiB)), { maxBytes: 2 * MiB })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'The file is larger than the limit of 2 MB.',
    })
    expect(await h.leftovers(owner)).toBe(0)
  })

  it('accepts a body of exactly the limit', async () => {
    const owner = await makeOwner()
    const blob = await h.keep(owner, streamOf(bodyOf(2 * MiB)), { maxBytes: 2 * MiB })
    expect(blob.sizeBytes).toBe(2 * MiB)
  })

  it('shows inspect the first 64 KiB (or the whole small body) once, and leaves nothing when it refuses', async () => {
    const owner = await makeOwner()
    const seen: number[] = []
    await h.keep(owner, streamOf(bodyOf(100)), {
      maxBytes: MiB,
      inspect: (head) => {
        seen.push(head.length)
      },
    })
    expect(seen).toEqual([100])
    const refusal = Object.assign(
      new Error('This file is a Windows executable file, which is not allowed as evidence.'),
      { code: 'VALIDATION' },
    )
    await expect(
      h.attempt(owner, streamOf(bodyOf(2.5 * MiB)), {
        maxBytes: 10 * MiB,
        inspect: (head) => {
          seen.push(head.length)
          throw refusal
        },
      }),
    ).rejects.toBe(refusal)
    expect(seen).toEqual([100, 64 * 1024])
    expect(await h.leftovers(owner)).toBe(1) // the small body kept above, nothing of the refused one
  })

  it('propagates the error of a source that fails mid-way (a client hanging up) and leaves nothing', async () => {
    const owner = await makeOwner()
    await expect(h.attempt(owner, abortingSource(2.5 * MiB), { maxBytes: 10 * MiB })).rejects.toThrow(
      'The client closed the connection',
    )
    expect(await h.leftovers(owner)).toBe(0)
  })

  it('removes a blob: reading it then fails as not found, and removing it again is harmless', async () => {
    const owner = await makeOwner()
    const blob = await h.keep(owner, streamOf(bodyOf(1.5 * MiB)), { maxBytes: 10 * MiB })
    expect(await h.leftovers(owner)).toBeGreaterThan(0)
    await h.store.remove(blob.storageKey)
    expect(await h.leftovers(owner)).toBe(0)
    await expect(readAll(h.store.read(blob.storageKey))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(h.store.remove(blob.storageKey)).resolves.toBeUndefined()
  })

  it('fails a read of a key that was never written as not found', async () => {
    const owner = await makeOwner()
    await expect(
      readAll(h.store.read(`${owner.organizationId}/00000000-0000-4000-8000-000000000000`)),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'The evidence file was not found.' })
  })
})

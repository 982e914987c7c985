import { createHash, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { MiB, fileTooLarge, fixedChunks, measuredChunks, writeInOrder } from '@/lib/storage/byte-stream'

async function* pieces(body: Buffer, size: number) {
  for (let i = 0; i < body.length; i += size) yield body.subarray(i, i + size)
}
const collect = async (it: AsyncIterable<Buffer>) => {
  const out: Buffer[] = []
  for await (const c of it) out.push(Buffer.from(c))
  return out
}

describe('fixedChunks', () => {
  it('re-cuts odd-sized pieces into exact chunks with a short last one, bytes unchanged', async () => {
    const body = randomBytes(10_000)
    const chunks = await collect(fixedChunks(pieces(body, 777), 4096, 1e9))
    expect(chunks.map((c) => c.length)).toEqual([4096, 4096, 1808])
    expect(Buffer.concat(chunks).equals(body)).toBe(true)
  })

  it('states the limit in whole MB when it is large, and to 3 digits when small', () => {
    expect(fileTooLarge(1536 * MiB).message).toBe('The file is larger than the limit of 1536 MB.')
    expect(fileTooLarge(100 * MiB).message).toBe('The file is larger than the limit of 100 MB.')
    expect(fileTooLarge(1.5 * MiB).message).toBe('The file is larger than the limit of 1.5 MB.')
  })

  it('keeps a yielded chunk intact until two more chunks have been yielded (its buffers are reused)', async () => {
    const body = randomBytes(6 * 4096)
    const held: Buffer[] = []
    for await (const chunk of fixedChunks(pieces(body, 1000), 4096, 1e9)) {
      held.push(chunk)
      const i = held.length - 1
      for (const j of [i - 2, i - 1, i].filter((j) => j >= 0))
        expect(held[j].equals(body.subarray(j * 4096, (j + 1) * 4096))).toBe(true)
    }
    expect(new Set(held.map((c) => c.buffer)).size).toBe(3)
  })

  it('gives an empty body as one empty chunk', async () => {
    expect((await collect(fixedChunks(pieces(Buffer.alloc(0), 1), 4096, 10))).map((c) => c.length)).toEqual([0])
  })

  it('refuses one byte over the limit before yielding it, and accepts exactly the limit', async () => {
    const yielded: number[] = []
    await expect(
      (async () => {
        for await (const c of fixedChunks(pieces(randomBytes(8193), 4096), 4096, 8192)) yielded.push(c.length)
      })(),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: 'The file is larger than the limit of 0.00781 MB.' })
    expect(yielded).toEqual([4096, 4096])
    expect((await collect(fixedChunks(pieces(randomBytes(8192), 1000), 4096, 8192))).length).toBe(2)
  })

  it('reads a web ReadableStream and cancels it when the consumer stops early', async () => {
    let cancelled = false
    const stream = new ReadableStream<Uint8Array>({
      pull: (c) => c.enqueue(randomBytes(4096)),
      cancel: () => {
        cancelled = true
      },
    })
    for await (const chunk of fixedChunks(stream, 4096, 1e9)) {
      expect(chunk.length).toBe(4096)
      break
    }
    expect(cancelled).toBe(true)
  })
})

describe('measuredChunks', () => {
  it('hashes and counts the whole body, and inspects the head before yielding the first chunk', async () => {
    const body = randomBytes(200_000)
    const events: string[] = []
    const m = measuredChunks(pieces(body, 65536), {
      chunkSize: 65536,
      maxBytes: 1e9,
      inspect: (head) => {
        events.push(`inspect ${head.length}`)
      },
    })
    for await (const c of m.chunks) events.push(`chunk ${c.length}`)
    expect(events).toEqual(['inspect 65536', 'chunk 65536', 'chunk 65536', 'chunk 65536', 'chunk 3392'])
    expect(m.result()).toEqual({ sizeBytes: body.length, sha256: createHash('sha256').update(body).digest('hex') })
  })

  it('yields nothing when inspect throws, and reports no result', async () => {
    const m = measuredChunks(pieces(randomBytes(100), 100), {
      chunkSize: 4096,
      maxBytes: 1e9,
      inspect: () => {
        throw new Error('refused')
      },
    })
    await expect(collect(m.chunks)).rejects.toThrow('refused')
    expect(() => m.result()).toThrow('the body has not been read to its end')
  })
})

describe('writeInOrder', () => {
  it('writes in order with at most one write in flight, reading the next chunk meanwhile', async () => {
    let inFlight = 0
    let maxInFlight = 0
    const written: number[] = []
    async function* source() {
      for (let i = 0; i < 5; i++) {
        await new Promise((r) => setTimeout(r, 1))
        yield i
      }
    }
    const count = await writeInOrder(source(), async (chunk, index) => {
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      expect(chunk).toBe(index)
      await new Promise((r) => setTimeout(r, 3))
      written.push(chunk)
      inFlight--
    })
    expect(count).toBe(5)
    expect(written).toEqual([0, 1, 2, 3, 4])
    expect(maxInFlight).toBe(1)
  })

  it('stops reading and rethrows when a write fails, after that write settled', async () => {
    let read = 0
    async function* source() {
      for (let i = 0; i < 100; i++) {
        read++
        yield i
      }
    }
    await expect(
      writeInOrder(source(), async (c) => {
        if (c === 2) throw new Error('disk full')
      }),
    ).rejects.toThrow('disk full')
    expect(read).toBeLessThanOrEqual(4)
  })

  it('propagates a source error (a client that aborted) after the write in flight settled', async () => {
    let settled = false
    async function* source() {
      yield 1
      throw new Error('aborted')
    }
    await expect(
      writeInOrder(source(), async () => {
        await new Promise((r) => setTimeout(r, 5))
        settled = true
      }),
    ).rejects.toThrow('aborted')
    expect(settled).toBe(true)
  })
})

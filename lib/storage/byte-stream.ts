import 'server-only'
// The streaming core both blob stores share: fixed-size chunks, SHA-256 and size as bytes pass, the
// size limit enforced before a byte past it is written, `inspect` before the first chunk is written,
// and a writer that overlaps one write with reading the next chunk (so at most ~2 chunks are held).
import { createHash } from 'node:crypto'
import { AppError } from '@/lib/errors'

export type ByteSource = AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>

export const MiB = 1024 * 1024
/** How many leading bytes `inspect` sees (or the whole body if it is smaller). */
export const HEAD_BYTES = 64 * 1024
export const MIN_CHUNK_BYTES = 4096

export function fileTooLarge(maxBytes: number) {
  const mib = maxBytes / MiB
  const mb = mib >= 100 ? Math.round(mib) : Number(mib.toPrecision(3))
  return new AppError('VALIDATION', `The file is larger than the limit of ${mb} MB.`)
}

/** Iterates a web ReadableStream or an async iterable; cancels the stream when the consumer stops early. */
export async function* bytesOf(source: ByteSource): AsyncGenerator<Uint8Array> {
  if (!('getReader' in source)) {
    yield* source
    return
  }
  const reader = source.getReader()
  let done = false
  try {
    for (;;) {
      const r = await reader.read()
      if (r.done) {
        done = true
        return
      }
      yield r.value
    }
  } finally {
    if (!done) await reader.cancel().catch(() => {})
    reader.releaseLock()
  }
}

/**
 * Re-cuts the source into chunks of exactly `size` bytes (the last may be shorter; an empty body is one
 * empty chunk). Throws fileTooLarge as soon as more than maxBytes arrived, before yielding those bytes.
 * Three buffers are reused in turn (no per-chunk allocation for the GC to catch up with): a yielded chunk
 * keeps its bytes until two more chunks have been yielded, which covers one write in flight plus one held.
 * allocUnsafeSlow: never a slice of the shared pool Node 24 grew to 64 KiB, so each buffer is its own.
 */
export async function* fixedChunks(source: ByteSource, size: number, maxBytes: number): AsyncGenerator<Buffer> {
  const ring: Buffer[] = [Buffer.allocUnsafeSlow(size)]
  let turn = 0
  let buf = ring[0]
  let filled = 0
  let total = 0
  for await (const piece of bytesOf(source)) {
    total += piece.byteLength
    if (total > maxBytes) throw fileTooLarge(maxBytes)
    for (let off = 0; off < piece.byteLength;) {
      const n = Math.min(size - filled, piece.byteLength - off)
      buf.set(piece.subarray(off, off + n), filled)
      filled += n
      off += n
      if (filled === size) {
        yield buf
        turn = (turn + 1) % 3
        buf = ring[turn] ??= Buffer.allocUnsafeSlow(size)
        filled = 0
      }
    }
  }
  if (filled > 0 || total === 0) yield buf.subarray(0, filled)
}

export interface MeasuredChunks {
  chunks: AsyncGenerator<Buffer>
  /** Size and SHA-256 of everything yielded so far: the whole body once `chunks` is exhausted. */
  result(): { sizeBytes: number; sha256: string }
}

/**
 * fixedChunks, hashed and counted, with `inspect` called on the head before the first chunk is yielded (the head is
 * valid during the call only).
 */
export function measuredChunks(
  source: ByteSource,
  opts: { chunkSize: number; maxBytes: number; inspect?: (head: Uint8Array) => void | Promise<void> },
): MeasuredChunks {
  if (opts.chunkSize < MIN_CHUNK_BYTES) throw new Error(`chunk size must be at least ${MIN_CHUNK_BYTES} bytes`)
  const hash = createHash('sha256')
  let sizeBytes = 0
  let digest: string | undefined
  async function* run() {
    let first = true
    for await (const chunk of fixedChunks(source, opts.chunkSize, opts.maxBytes)) {
      if (first && opts.inspect) await opts.inspect(chunk.subarray(0, HEAD_BYTES))
      first = false
      hash.update(chunk)
      sizeBytes += chunk.byteLength
      yield chunk
    }
    digest = hash.digest('hex')
  }
  return {
    chunks: run(),
    result() {
      if (digest === undefined) throw new Error('the body has not been read to its end')
      return { sizeBytes, sha256: digest }
    },
  }
}

/**
 * Writes each chunk in order, starting a write and then reading the next chunk while it runs; waits for
 * it before starting the next, so one write is in flight. Waits for the write in flight before throwing.
 */
export async function writeInOrder<T>(chunks: AsyncIterable<T>, write: (chunk: T, index: number) => Promise<void>) {
  let inFlight: Promise<void> | undefined
  let index = 0
  try {
    for await (const chunk of chunks) {
      if (inFlight) await inFlight
      inFlight = write(chunk, index++)
      inFlight.catch(() => {}) // handled below; keeps a failure during the next read from being "unhandled"
    }
    if (inFlight) await inFlight
    return index
  } catch (e) {
    await inFlight?.catch(() => {})
    throw e
  }
}

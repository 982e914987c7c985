// Building blocks of the evidence upload bench, exported so an HTTP variant (the upload route) can reuse them.
import { spawn } from 'node:child_process'
import { createHash, randomFillSync } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { once } from 'node:events'
import pg from 'pg'

export const MiB = 1024 * 1024
export const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000)

export interface Timed<T = undefined> {
  ms: number
  bytes: number
  value: T
}

/** A file of `bytes` random bytes, written in 1 MiB pieces with backpressure (kept if it already has that size). */
export async function ensureRandomFile(dir: string, bytes: number): Promise<string> {
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `random-${bytes}.bin`)
  if (fs.existsSync(file) && fs.statSync(file).size === bytes) return file
  const out = fs.createWriteStream(file)
  const piece = Buffer.allocUnsafe(MiB)
  for (let left = bytes; left > 0; left -= MiB) {
    randomFillSync(piece)
    if (!out.write(Buffer.from(piece.subarray(0, Math.min(MiB, left))))) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  return file
}

export const fileSource = (file: string) => fs.createReadStream(file, { highWaterMark: MiB })

/** (a) The machine's hashing floor: coreutils sha256sum over the file. */
export async function timeSha256sum(file: string): Promise<Timed<string>> {
  const t = performance.now()
  const child = spawn('sha256sum', [file], { stdio: ['ignore', 'pipe', 'inherit'] })
  let out = ''
  child.stdout.on('data', (d) => {
    out += d
  })
  const [code] = await once(child, 'exit')
  if (code !== 0) throw new Error(`sha256sum exited with ${code}`)
  return { ms: performance.now() - t, bytes: fs.statSync(file).size, value: out.split(' ')[0] }
}

/** (b) The database's floor: 1 MiB bytea INSERTs from one pg client in one transaction, rolled back. */
export async function timePlainSqlInsert(databaseUrl: string, file: string): Promise<Timed> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const t = performance.now()
    await client.query('BEGIN')
    let seq = 0
    let bytes = 0
    for await (const chunk of fileSource(file) as AsyncIterable<Buffer>) {
      // pieces of exactly 1 MiB (highWaterMark)
      await client.query(
        'INSERT INTO evidence_blob_chunks (storage_key, seq, organization_id, data) VALUES ($1, $2, $3, $4)',
        ['bench/plain-sql', seq++, 'bench', chunk],
      )
      bytes += chunk.length
    }
    await client.query('ROLLBACK')
    return { ms: performance.now() - t, bytes, value: undefined }
  } finally {
    await client.end()
  }
}

/** Reads a stream to its end, hashing it. */
export async function timeRead(stream: ReadableStream<Uint8Array>): Promise<Timed<string>> {
  const t = performance.now()
  const hash = createHash('sha256')
  let bytes = 0
  const reader = stream.getReader()
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    hash.update(r.value)
    bytes += r.value.length
  }
  return { ms: performance.now() - t, bytes, value: hash.digest('hex') }
}

/** Samples this process's memory every `everyMs` while `work` runs; reports peak RSS growth over the start, and peak ArrayBuffer memory (live or not yet collected). */
export async function withRssSampling<T>(
  work: () => Promise<T>,
  everyMs = 50,
): Promise<{ value: T; peakGrowthBytes: number; peakArrayBuffersBytes: number }> {
  const start = process.memoryUsage().rss
  let peak = start
  let peakArrayBuffers = 0
  const sample = () => {
    const m = process.memoryUsage()
    peak = Math.max(peak, m.rss)
    peakArrayBuffers = Math.max(peakArrayBuffers, m.arrayBuffers)
  }
  const timer = setInterval(sample, everyMs)
  try {
    const value = await work()
    sample()
    return { value, peakGrowthBytes: peak - start, peakArrayBuffersBytes: peakArrayBuffers }
  } finally {
    clearInterval(timer)
  }
}

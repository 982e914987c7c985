// Reading one ZIP entry for the pack verifier: small ones whole (with a cap), large ones hashed as they stream.
import { createHash } from 'node:crypto'
import type yauzl from 'yauzl'

/** The entry's bytes, refusing more than `maxBytes` (whatever the ZIP's directory claims). */
export async function readSmallEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of (await zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBytes) throw new Error(`larger than ${maxBytes} bytes`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/**
 * SHA-256 and size of the entry's (decompressed) bytes, in constant memory; `error` if it cannot be read to its end.
 */
export async function hashEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
): Promise<{ sha256: string; sizeBytes: number; error?: string }> {
  const hash = createHash('sha256')
  let sizeBytes = 0
  try {
    for await (const chunk of (await zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>) {
      hash.update(chunk)
      sizeBytes += chunk.length
    }
  } catch (e) {
    return { sha256: '', sizeBytes, error: e instanceof Error ? e.message : String(e) }
  }
  return { sha256: hash.digest('hex'), sizeBytes }
}

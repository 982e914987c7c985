// Test plumbing for the blob stores: a real s3rver on loopback, bodies and sources that misbehave on cue.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
// @ts-expect-error -- s3rver 3.7 ships no type declarations
import S3rver from 's3rver'

export const MiB = 1024 * 1024
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } // its built-in account

/**
 * s3rver on 127.0.0.1 (a free port), in a temp directory, with one bucket. s3rver has no
 * AbortMultipartUpload; a 6-line handler in front of it adds one (deleting the upload's parts from its
 * directory), so that tests can see that an aborted upload leaves no parts behind.
 */
export async function startS3rver(bucket = 'evidence') {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'keyproof-s3rver-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: bucket }],
  })
  const uploadsDir = path.join(directory, bucket, '._S3rver_uploads')
  server.middleware.unshift(
    async (ctx: { method: string; query: Record<string, string>; status: number }, next: () => Promise<void>) => {
      if (ctx.method !== 'DELETE' || !ctx.query.uploadId || !/^[0-9a-f]+$/.test(ctx.query.uploadId)) return next()
      fs.rmSync(path.join(uploadsDir, ctx.query.uploadId), { recursive: true, force: true })
      ctx.status = 204
    },
  )
  const { port } = await server.run()
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    /** Multipart uploads begun and neither completed nor aborted. */
    openUploads: () => (fs.existsSync(uploadsDir) ? fs.readdirSync(uploadsDir).length : 0),
    stop: async () => {
      await server.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}

export const bodyOf = (bytes: number) => randomBytes(bytes)

/** The body as a web stream of `piece`-sized pieces, like a request body. */
export function streamOf(body: Uint8Array, piece = 64 * 1024): ReadableStream<Uint8Array> {
  let at = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= body.length) return controller.close()
      controller.enqueue(body.slice(at, at + piece))
      at += piece
    },
  })
}

/** A source that sends `bytes` and then fails, as a client that hangs up mid-upload. */
export async function* abortingSource(
  bytes: number,
  error = new Error('The client closed the connection'),
): AsyncGenerator<Uint8Array> {
  for (let sent = 0; sent < bytes; sent += 64 * 1024) yield randomBytes(Math.min(64 * 1024, bytes - sent))
  throw error
}

export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = []
  const reader = stream.getReader()
  for (let r = await reader.read(); !r.done; r = await reader.read()) parts.push(Buffer.from(r.value))
  return Buffer.concat(parts)
}

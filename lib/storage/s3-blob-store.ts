import 'server-only'
// Evidence bytes as objects in S3-compatible storage: one PutObject for bodies up to one part, else a
// multipart upload of 8 MiB parts (one in flight while the next is read), aborted on any failure.
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
  type CompletedPart,
} from '@aws-sdk/client-s3'
import { notFound } from '@/lib/errors'
import type { BlobStore, BlobWriteOptions, BlobWriteResult } from './blob-store'
import { MiB, measuredChunks, writeInOrder, type ByteSource } from './byte-stream'
import type { S3Settings } from './config'
import { newStorageKey } from './storage-key'

export interface S3BlobStoreOptions {
  /** Multipart part size; S3 requires at least 5 MiB for every part but the last. */
  partSize?: number
  client?: S3Client
}

export class S3BlobStore implements BlobStore {
  readonly backend = 'S3' as const
  readonly client: S3Client
  readonly bucket: string
  readonly partSize: number

  constructor(settings: S3Settings, options: S3BlobStoreOptions = {}) {
    this.bucket = settings.bucket
    this.partSize = options.partSize ?? 8 * MiB
    this.client =
      options.client ??
      new S3Client({
        endpoint: settings.endpoint,
        region: settings.region,
        credentials: settings.credentials,
        forcePathStyle: settings.forcePathStyle,
        // The SDK's default CRC32 trailers are not understood by every S3-compatible server; we hash ourselves.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      })
  }

  async write(source: ByteSource, { organizationId, maxBytes, inspect }: BlobWriteOptions): Promise<BlobWriteResult> {
    const Key = newStorageKey(organizationId)
    const target = { Bucket: this.bucket, Key }
    const measured = measuredChunks(source, { chunkSize: this.partSize, maxBytes, inspect })
    const parts = measured.chunks
    let uploadId: string | undefined
    let objectMayExist = false
    try {
      const first = (await parts.next()).value as Buffer // an empty body is one empty chunk
      const second = await parts.next()
      if (second.done) {
        objectMayExist = true
        await this.client.send(new PutObjectCommand({ ...target, Body: first, ContentLength: first.byteLength }))
      } else {
        uploadId = (await this.client.send(new CreateMultipartUploadCommand(target))).UploadId
        const completed: CompletedPart[] = []
        await writeInOrder(prepend([first, second.value], parts), async (part, i) => {
          const r = await this.client.send(
            new UploadPartCommand({
              ...target,
              UploadId: uploadId,
              PartNumber: i + 1,
              Body: part,
              ContentLength: part.byteLength,
            }),
          )
          completed[i] = { PartNumber: i + 1, ETag: r.ETag }
        })
        objectMayExist = true
        await this.client.send(
          new CompleteMultipartUploadCommand({ ...target, UploadId: uploadId, MultipartUpload: { Parts: completed } }),
        )
      }
      return { storageKey: Key, ...measured.result() }
    } catch (e) {
      if (uploadId)
        await this.client.send(new AbortMultipartUploadCommand({ ...target, UploadId: uploadId })).catch(() => {})
      if (objectMayExist) await this.remove(Key).catch(() => {})
      throw e
    } finally {
      await parts.return(undefined) // stops reading the source if we left early
    }
  }

  read(storageKey: string): ReadableStream<Uint8Array> {
    let body: ReadableStreamDefaultReader<Uint8Array> | undefined
    return new ReadableStream<Uint8Array>(
      {
        pull: async (controller) => {
          body ??= (await this.open(storageKey)).getReader()
          const r = await body.read()
          if (r.done) controller.close()
          else controller.enqueue(r.value)
        },
        cancel: async (reason) => {
          await body?.cancel(reason)
        },
      },
      { highWaterMark: 1 },
    )
  }

  async remove(storageKey: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: storageKey }))
  }

  private async open(storageKey: string): Promise<ReadableStream<Uint8Array>> {
    try {
      const r = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: storageKey }))
      if (!r.Body) throw new Error(`GetObject returned no body for ${storageKey}`)
      return r.Body.transformToWebStream() as ReadableStream<Uint8Array>
    } catch (e) {
      const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
      if ((e as Error).name === 'NoSuchKey' || status === 404) throw notFound('The evidence file')
      throw e
    }
  }
}

async function* prepend<T>(head: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* head
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value
}

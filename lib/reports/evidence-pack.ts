import 'server-only'
// The evidence pack: a ZIP streamed in constant memory (one evidence file open at a time, bytes passed
// through, never buffered whole), with a signed manifest first and each file checked against it as it goes.
import { createHash, createPublicKey, verify } from 'node:crypto'
import { Readable } from 'node:stream'
import yazl from 'yazl'
import { bytesOf, type ByteSource } from '@/lib/storage/byte-stream'
import {
  buildPackManifest,
  evidenceEntryPath,
  manifestBytes,
  PACK_PATHS,
  type PackEntry,
  type PackManifest,
} from './pack-manifest'
import { packReadme } from './pack-readme'
import type { ReadinessReport } from './report-types'

export interface PackFile {
  evidenceId: string
  title: string
  fileName: string
  sizeBytes: number
  sha256: string
  /** Called when this file's turn comes (files are opened one at a time, in order). */
  open: () => ByteSource
}

export interface PackSigner {
  keyId: string
  publicKeyPem: string
  sign: (data: Uint8Array) => Uint8Array
}

/** The organization's audit chain, verified by the caller up to report.auditHead, and its checkpoints. */
export interface PackAudit {
  organizationId: string
  /** audit-chain.jsonl (lib/audit/chain-links). */
  links: Uint8Array
  /** checkpoints.jsonl, as stored. */
  checkpoints: Uint8Array
  checkpointKey: { keyId: string; publicKeyPem: string }
}

export interface PackInput {
  report: ReadinessReport
  reportPdf: Uint8Array
  files: PackFile[]
  signer: PackSigner
  audit: PackAudit
}

export interface EvidencePack {
  /**
   * The ZIP. Errors (PackIntegrityError) if an evidence file's bytes differ from its recorded size or SHA-256; read it
   * or cancel it.
   */
  stream: ReadableStream<Uint8Array>
  /** The exact length of the ZIP, known before a byte is read (every entry is stored): a Content-Length. */
  sizeBytes: number
  manifest: PackManifest
}

/** An evidence file's bytes contradict the database: the pack is abandoned rather than shipped inconsistent. */
export class PackIntegrityError extends Error {
  constructor(
    readonly evidenceId: string,
    message: string,
  ) {
    super(message)
    this.name = 'PackIntegrityError'
  }
}

const SHA256_HEX = /^[0-9a-f]{64}$/

/**
 * Builds the pack. Every entry is STORED: evidence is mostly already compressed (PDF, images, archives),
 * deflate would cost CPU for little gain, and stored entries give an exact size up front and byte offsets
 * that tools (and tests) can patch. Throws at once on invalid input or a signer whose signature does not
 * verify with its public key; storage corruption surfaces later, as the stream's error.
 */
export function buildEvidencePack(input: PackInput): EvidencePack {
  const mtime = new Date(input.report.generatedAt) // same input, same bytes
  if (Number.isNaN(mtime.getTime()))
    throw new Error(`The report's generatedAt (${input.report.generatedAt}) is not a date.`)
  const files = input.files.map((f) => ({ ...f, path: evidenceEntryPath(f.evidenceId, f.fileName) }))
  assertValidFiles(files)
  const readme = Buffer.from(packReadme(input.signer.keyId, input.audit.checkpointKey.keyId))
  const signingKey = { keyId: input.signer.keyId, publicKeyPem: input.signer.publicKeyPem }
  const { organizationId, links, checkpoints, checkpointKey } = input.audit
  const manifest = buildPackManifest({
    report: input.report,
    files: files.map(({ path, evidenceId, title, sha256, sizeBytes }) => ({
      path,
      evidenceId,
      title,
      sha256,
      sizeBytes,
    })),
    reportPdf: entryOf(PACK_PATHS.reportPdf, input.reportPdf),
    readme: entryOf(PACK_PATHS.readme, readme),
    auditChain: {
      organizationId,
      head: input.report.auditHead,
      links: entryOf(PACK_PATHS.auditChain, links),
      checkpoints: entryOf(PACK_PATHS.checkpoints, checkpoints),
      checkpointKey: { keyId: checkpointKey.keyId, publicKeyPem: checkpointKey.publicKeyPem },
    },
    signingKey,
  })
  const manifestJson = manifestBytes(manifest)
  const signature = input.signer.sign(manifestJson)
  if (!verify(null, manifestJson, createPublicKey(signingKey.publicKeyPem), signature)) {
    throw new Error(
      `The pack signer's signature does not verify with its own public key (key ${signingKey.keyId}): check the ` +
        `signing key configuration.`,
    )
  }

  const zip = new yazl.ZipFile()
  const out = zip.outputStream as Readable
  let current: Readable | undefined
  const fail = (error: unknown) => {
    current?.destroy()
    out.destroy(error instanceof Error ? error : new Error(String(error)))
  }
  zip.on('error', fail)
  const stored = { mtime, compress: false }
  // The manifest goes first: a reader (or `unzip -l`) meets the claims before the bytes, and since every
  // file is checked against it while streaming, a manifest written last could say nothing more.
  zip.addBuffer(Buffer.from(manifestJson), PACK_PATHS.manifest, stored)
  zip.addBuffer(Buffer.from(`${Buffer.from(signature).toString('base64')}\n`), PACK_PATHS.signature, stored)
  zip.addBuffer(readme, PACK_PATHS.readme, stored)
  zip.addBuffer(Buffer.from(input.reportPdf), PACK_PATHS.reportPdf, stored)
  zip.addBuffer(Buffer.from(checkpoints), PACK_PATHS.checkpoints, stored)
  zip.addBuffer(Buffer.from(links), PACK_PATHS.auditChain, stored)
  for (const file of files) {
    zip.addReadStreamLazy(file.path, { ...stored, size: file.sizeBytes }, (cb) => {
      current = Readable.from(checkedBytes(file), { objectMode: false })
      current.on('error', fail)
      cb(null, current)
    })
  }
  let sizeBytes = -1
  ;(zip.end as (options: object, totalSize: (n: number) => void) => void)({}, (n) => {
    sizeBytes = n
  })
  if (sizeBytes < 0) throw new Error('The pack size could not be computed.')

  const chunks = out[Symbol.asyncIterator]()
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const r = await chunks.next()
      if (r.done) controller.close()
      else controller.enqueue(r.value as Buffer)
    },
    async cancel() {
      current?.destroy()
      await chunks.return?.()
    },
  })
  return { stream, sizeBytes, manifest }
}

/**
 * Passes the file's bytes through, failing as soon as it runs past its recorded size, and at its end if the size or
 * SHA-256 differ.
 */
async function* checkedBytes(file: PackFile & { path: string }): AsyncGenerator<Uint8Array> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of bytesOf(file.open())) {
    size += chunk.byteLength
    if (size > file.sizeBytes) throw mismatch(file, `has more than its recorded ${file.sizeBytes} bytes`)
    hash.update(chunk)
    yield chunk
  }
  if (size !== file.sizeBytes) throw mismatch(file, `has ${size} bytes, not its recorded ${file.sizeBytes}`)
  const sha256 = hash.digest('hex')
  if (sha256 !== file.sha256) throw mismatch(file, `has SHA-256 ${sha256}, not its recorded ${file.sha256}`)
}

const mismatch = (file: PackFile & { path: string }, what: string) =>
  new PackIntegrityError(
    file.evidenceId,
    `Evidence ${file.evidenceId} (${file.path}) ${what}: its stored bytes are not the ones recorded, so the pack ` +
      `was abandoned.`,
  )

function entryOf(path: string, bytes: Uint8Array): PackEntry {
  return { path, sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.byteLength }
}

function assertValidFiles(files: (PackFile & { path: string })[]) {
  const paths = new Set<string>()
  for (const f of files) {
    if (!SHA256_HEX.test(f.sha256))
      throw new Error(`Evidence ${f.evidenceId} has no valid SHA-256 (64 lowercase hex digits).`)
    if (!Number.isSafeInteger(f.sizeBytes) || f.sizeBytes < 0)
      throw new Error(`Evidence ${f.evidenceId} has an invalid size.`)
    if (paths.has(f.path)) throw new Error(`Two evidence files would be stored as ${f.path}.`)
    paths.add(f.path)
  }
}

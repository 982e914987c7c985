// Offline check of an evidence pack: the manifest's signature, then every listed file's SHA-256 and size,
// read entry by entry through the ZIP's central directory, then the audit chain against its checkpoints
// (verify-pack-chain). Pure Node (no server-only, Next or database).
import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import yauzl from 'yauzl'
import { z } from 'zod'
import { PACK_FORMAT, PACK_PATHS, PACK_VERSION } from './pack-manifest'
import { hashEntry, readSmallEntry } from './pack-zip-read'
import { checkPackChain } from './verify-pack-chain'

export type PackProblemKind =
  | 'HASH_MISMATCH'
  | 'SIZE_MISMATCH'
  | 'MISSING'
  | 'UNLISTED'
  | 'BAD_SIGNATURE'
  | 'BAD_MANIFEST'
  | 'KEY_MISMATCH'
  | 'BAD_CHAIN'
  | 'BAD_CHECKPOINT'
  | 'TRUNCATED'
  | 'REWRITTEN'
export interface PackProblem {
  path: string
  kind: PackProblemKind
  detail: string
}
export interface VerifyResult {
  ok: boolean
  problems: PackProblem[]
  /** Listed entries whose bytes were read and hashed (evidence files, report.pdf, README.txt). */
  checkedFiles: number
  totalBytes: number
  /** The key id the manifest names, and the SHA-256 (hex) of the public key the signature was checked with. */
  keyId: string | null
  publicKeyFingerprint: string | null
  /** The audit chain head the manifest names, and how many checkpoints were compared with the chain. */
  auditHead: { seq: number; hash: string } | null
  checkpointsChecked: number
  /** What was not checked, and why (a checkpoint under a key the pack does not carry, a format-1 pack). */
  notes: string[]
}
export interface VerifyOptions {
  /** The signing key's id you expect: a forged pack can carry a key of its own, so pin the key. */
  expectedKeyId?: string
  /** The trusted public key (PEM): the signature is checked with it, not with the key in the pack. */
  expectedPublicKeyPem?: string
  /**
   * Checkpoints the auditor holds (JSON Lines, e.g. an earlier pack's checkpoints.jsonl): the chain must still hold
   * them.
   */
  checkpoints?: string
}
export type PackSource = string | Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024
const MAX_CHAIN_BYTES = 512 * 1024 * 1024
const entrySchema = z.object({
  path: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sizeBytes: z.number().int().nonnegative(),
})
const keySchema = z.object({ keyId: z.string().min(1), publicKeyPem: z.string().min(1) })
const anchorSchema = z.object({ seq: z.number().int().positive(), hash: z.string().regex(/^[0-9a-f]{64}$/) })
const manifestSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    version: z.union([z.literal(1), z.literal(PACK_VERSION)]),
    files: z.array(entrySchema.extend({ evidenceId: z.string(), title: z.string() })),
    reportPdf: entrySchema.extend({ path: z.literal(PACK_PATHS.reportPdf) }),
    readme: entrySchema.extend({ path: z.literal(PACK_PATHS.readme) }),
    signingKey: keySchema,
    auditHead: anchorSchema.nullable().optional(),
    auditChain: z
      .object({
        organizationId: z.string().min(1),
        head: anchorSchema.nullable(),
        links: entrySchema.extend({ path: z.literal(PACK_PATHS.auditChain) }),
        checkpoints: entrySchema.extend({ path: z.literal(PACK_PATHS.checkpoints) }),
        checkpointKey: keySchema,
      })
      .optional(),
  })
  .refine((m) => m.version === 1 || m.auditChain, { path: ['auditChain'], message: 'required from version 2' })
type Manifest = z.infer<typeof manifestSchema>

/** Verifies a pack given as a file path, its bytes, or a stream (spooled to a temporary file first). */
export async function verifyPack(source: PackSource, options: VerifyOptions = {}): Promise<VerifyResult> {
  if (typeof source === 'string') return verifyZip(() => yauzl.openPromise(source, zipOptions), source, options)
  if (source instanceof Uint8Array)
    return verifyZip(
      () => yauzl.fromBufferPromise(Buffer.from(source.buffer, source.byteOffset, source.byteLength), zipOptions),
      'pack',
      options,
    )
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'keyproof-pack-'))
  try {
    const file = path.join(dir, 'pack.zip')
    await pipeline(
      'getReader' in source
        ? Readable.fromWeb(source as import('node:stream/web').ReadableStream)
        : Readable.from(source),
      fs.createWriteStream(file),
    )
    return await verifyZip(() => yauzl.openPromise(file, zipOptions), 'pack', options)
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true })
  }
}

const zipOptions = { lazyEntries: true, autoClose: false, validateEntrySizes: false }

async function verifyZip(
  open: () => Promise<yauzl.ZipFile>,
  label: string,
  options: VerifyOptions,
): Promise<VerifyResult> {
  const problems: PackProblem[] = []
  const result: VerifyResult = {
    ok: false,
    problems,
    checkedFiles: 0,
    totalBytes: 0,
    keyId: null,
    publicKeyFingerprint: null,
    auditHead: null,
    checkpointsChecked: 0,
    notes: [],
  }
  const done = () => ({ ...result, ok: problems.length === 0 })
  let zip: yauzl.ZipFile
  try {
    zip = await open()
  } catch (e) {
    problems.push({ path: label, kind: 'BAD_MANIFEST', detail: `not a readable ZIP file: ${message(e)}` })
    return done()
  }
  try {
    const entries = new Map<string, yauzl.Entry[]>()
    try {
      for await (const entry of zip.eachEntry())
        if (!entry.fileName.endsWith('/')) entries.set(entry.fileName, [...(entries.get(entry.fileName) ?? []), entry])
    } catch (e) {
      problems.push({ path: label, kind: 'BAD_MANIFEST', detail: `the ZIP's directory cannot be read: ${message(e)}` })
      return done()
    }
    const manifestEntry = single(entries, PACK_PATHS.manifest, 'BAD_MANIFEST', problems)
    if (!manifestEntry) return done()
    const bytes = await readSmallEntry(zip, manifestEntry, MAX_MANIFEST_BYTES).catch((e) => {
      problems.push({ path: PACK_PATHS.manifest, kind: 'BAD_MANIFEST', detail: message(e) })
      return null
    })
    const manifest = bytes && parseManifest(bytes, problems)
    if (!bytes || !manifest) return done()
    result.keyId = manifest.signingKey.keyId
    const sigEntry = single(entries, PACK_PATHS.signature, 'BAD_SIGNATURE', problems)
    const signature =
      sigEntry &&
      (await readSmallEntry(zip, sigEntry, 1024).catch((e) => {
        problems.push({ path: PACK_PATHS.signature, kind: 'BAD_SIGNATURE', detail: message(e) })
        return null
      }))
    result.publicKeyFingerprint = checkSignature(bytes, signature, manifest, options, problems)

    const chain = manifest.auditChain
    const listed = [
      manifest.readme,
      manifest.reportPdf,
      ...(chain ? [chain.links, chain.checkpoints] : []),
      ...manifest.files,
    ]
    for (const item of listed) {
      const copies = entries.get(item.path) ?? []
      if (copies.length === 0)
        problems.push({ path: item.path, kind: 'MISSING', detail: 'listed in the manifest but not in the ZIP' })
      if (copies.length > 1)
        problems.push({
          path: item.path,
          kind: 'UNLISTED',
          detail: `the ZIP holds ${copies.length} entries with this name; the manifest lists one`,
        })
      for (const entry of copies) {
        const got = await hashEntry(zip, entry)
        result.checkedFiles += 1
        result.totalBytes += got.sizeBytes
        if (got.error) problems.push({ path: item.path, kind: 'HASH_MISMATCH', detail: `cannot be read: ${got.error}` })
        else if (got.sizeBytes !== item.sizeBytes)
          problems.push({
            path: item.path,
            kind: 'SIZE_MISMATCH',
            detail: `${got.sizeBytes} bytes, the manifest says ${item.sizeBytes}`,
          })
        else if (got.sha256 !== item.sha256)
          problems.push({
            path: item.path,
            kind: 'HASH_MISMATCH',
            detail: `SHA-256 ${got.sha256}, the manifest says ${item.sha256}`,
          })
      }
    }
    const known = new Set<string>([PACK_PATHS.manifest, PACK_PATHS.signature, ...listed.map((f) => f.path)])
    for (const name of entries.keys())
      if (!known.has(name))
        problems.push({ path: name, kind: 'UNLISTED', detail: 'in the ZIP but not listed in the manifest' })
    const text = async (path: string) => {
      const entry = entries.get(path)?.[0]
      return entry
        ? ((await readSmallEntry(zip, entry, MAX_CHAIN_BYTES).catch(() => null))?.toString('utf8') ?? null)
        : null
    }
    result.auditHead = chain ? chain.head : (manifest.auditHead ?? null)
    const checked = checkPackChain({
      organizationId: chain?.organizationId ?? null,
      head: result.auditHead,
      linksText: chain ? ((await text(chain.links.path)) ?? '') : null,
      checkpointsText: chain ? await text(chain.checkpoints.path) : null,
      checkpointKey: chain?.checkpointKey ?? null,
      auditorText: options.checkpoints,
    })
    problems.push(...checked.problems)
    result.notes.push(...checked.notes)
    result.checkpointsChecked = checked.checked
    return done()
  } finally {
    zip.close()
  }
}

function single(
  entries: Map<string, yauzl.Entry[]>,
  name: string,
  kind: PackProblemKind,
  problems: PackProblem[],
): yauzl.Entry | null {
  const copies = entries.get(name) ?? []
  if (copies.length === 1) return copies[0]
  problems.push({
    path: name,
    kind,
    detail: copies.length ? `the ZIP holds ${copies.length} entries with this name` : 'not in the ZIP',
  })
  return null
}

function parseManifest(bytes: Buffer, problems: PackProblem[]): Manifest | null {
  let json: unknown
  try {
    json = JSON.parse(bytes.toString('utf8'))
  } catch (e) {
    problems.push({ path: PACK_PATHS.manifest, kind: 'BAD_MANIFEST', detail: `not JSON: ${message(e)}` })
    return null
  }
  const parsed = manifestSchema.safeParse(json)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    problems.push({
      path: PACK_PATHS.manifest,
      kind: 'BAD_MANIFEST',
      detail:
        `not a ${PACK_FORMAT} v1 or v${PACK_VERSION} manifest: ${first.path.join('.') || '(root)'}: ` +
        `${first.message}`,
    })
    return null
  }
  const chain = parsed.data.auditChain
  const paths = [
    parsed.data.readme,
    parsed.data.reportPdf,
    ...(chain ? [chain.links, chain.checkpoints] : []),
    ...parsed.data.files,
  ].map((f) => f.path)
  const clash = paths.find((p, i) => paths.indexOf(p) !== i || p === PACK_PATHS.manifest || p === PACK_PATHS.signature)
  if (clash) {
    problems.push({
      path: PACK_PATHS.manifest,
      kind: 'BAD_MANIFEST',
      detail: `lists ${clash} more than once, or as a file of its own`,
    })
    return null
  }
  return parsed.data
}

/**
 * Checks manifest.sig with the pinned key if given, else with the manifest's own; returns the used key's fingerprint.
 */
function checkSignature(
  bytes: Buffer,
  signature: Buffer | null,
  manifest: Manifest,
  options: VerifyOptions,
  problems: PackProblem[],
): string | null {
  const { keyId, publicKeyPem } = manifest.signingKey
  let key: KeyObject | null = null
  try {
    key = createPublicKey(publicKeyPem)
  } catch {
    problems.push({
      path: PACK_PATHS.manifest,
      kind: 'BAD_MANIFEST',
      detail: 'signingKey.publicKeyPem is not a public key',
    })
  }
  if (options.expectedKeyId !== undefined && keyId !== options.expectedKeyId) {
    problems.push({
      path: PACK_PATHS.manifest,
      kind: 'KEY_MISMATCH',
      detail: `signed by key ${keyId}, expected ${options.expectedKeyId}`,
    })
  }
  if (options.expectedPublicKeyPem !== undefined) {
    const expected = createPublicKey(options.expectedPublicKeyPem)
    if (!key || fingerprint(key) !== fingerprint(expected)) {
      problems.push({
        path: PACK_PATHS.manifest,
        kind: 'KEY_MISMATCH',
        detail:
          `the manifest's key ${keyId} (${key ? fingerprint(key) : 'unreadable'}) is not the expected ` +
          `public key (${fingerprint(expected)})`,
      })
    }
    key = expected
  }
  if (!key) return null
  const sig =
    signature && /^[A-Za-z0-9+/]+={0,2}$/.test(signature.toString('latin1').trim())
      ? Buffer.from(signature.toString('latin1').trim(), 'base64')
      : null
  if (key.asymmetricKeyType !== 'ed25519') {
    problems.push({
      path: PACK_PATHS.signature,
      kind: 'BAD_SIGNATURE',
      detail: `the key is ${key.asymmetricKeyType}, not Ed25519`,
    })
  } else if (!sig || sig.length !== 64) {
    if (signature)
      problems.push({ path: PACK_PATHS.signature, kind: 'BAD_SIGNATURE', detail: 'not a base64 Ed25519 signature' })
  } else if (!verify(null, bytes, key, sig)) {
    problems.push({
      path: PACK_PATHS.manifest,
      kind: 'BAD_SIGNATURE',
      detail:
        `does not match manifest.sig under key ${keyId}: the manifest was altered after signing, or signed ` +
        `by another key`,
    })
  }
  return fingerprint(key)
}

export const fingerprint = (key: KeyObject) =>
  createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex')
const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

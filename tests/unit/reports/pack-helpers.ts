// Helpers for the evidence pack tests: in-memory evidence, test signing keys, an audit chain with checkpoints,
// and ZIP surgery (patch a stored entry's byte in place, or rewrite the archive with entries changed, added or dropped).
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto'
import yauzl from 'yauzl'
import yazl from 'yazl'
import { chainLinksJsonl } from '@/lib/audit/chain-links'
import { checkpointLine, signCheckpoint, type ChainAnchor, type CheckpointSigner } from '@/lib/audit/checkpoint'
import type { PackAudit, PackFile, PackSigner } from '@/lib/reports/evidence-pack'
import type { ReadinessReport } from '@/lib/reports/report-types'

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

export function testSigner(keyId = 'pack-key-test'): PackSigner & { privateKeyPem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  return {
    keyId,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    sign: (data) => sign(null, data, privateKey),
  }
}

export const checkpointTestSigner = testSigner('checkpoint-key-test')
export const SAMPLE_ORGANIZATION_ID = 'org_sample'
export const CHECKPOINT_AT = new Date('2026-11-25T12:00:00.000Z')

/** The chain links 1..head (the last one is the report's head hash): made-up hashes, `salt` makes another history. */
export function chainLinks(head: ChainAnchor, salt = ''): ChainAnchor[] {
  return Array.from({ length: head.seq }, (_, i) =>
    i + 1 === head.seq && !salt ? head : { seq: i + 1, hash: sha256(Buffer.from(`link ${i + 1}${salt}`)) },
  )
}

export const checkpointsJsonl = (
  links: ChainAnchor[],
  seqs: number[],
  signer: CheckpointSigner = checkpointTestSigner,
  organizationId = SAMPLE_ORGANIZATION_ID,
) => seqs.map((s) => checkpointLine(signCheckpoint(organizationId, links[s - 1], CHECKPOINT_AT, signer))).join('')

/** The pack's audit part for `report`: its chain, with checkpoints at `checkpointSeqs` (default 1000 and the head). */
export function testAudit(
  report: ReadinessReport,
  { links, checkpointSeqs }: { links?: ChainAnchor[]; checkpointSeqs?: number[] } = {},
): PackAudit {
  const head = report.auditHead
  const chain = links ?? (head ? chainLinks(head) : [])
  const seqs = checkpointSeqs ?? (head ? [...new Set([Math.min(1000, head.seq), head.seq])] : [])
  return {
    organizationId: SAMPLE_ORGANIZATION_ID,
    links: Buffer.from(chainLinksJsonl(chain)),
    checkpoints: Buffer.from(checkpointsJsonl(chain, seqs)),
    checkpointKey: { keyId: checkpointTestSigner.keyId, publicKeyPem: checkpointTestSigner.publicKeyPem },
  }
}

export interface MemoryFile extends PackFile {
  bytes: Buffer
  opened: number
  finished: number
  cancelled: number
}

/** Evidence served as a web ReadableStream in 64 KiB pieces, counting opens, ends and cancels. `recorded` overrides the sha256/size on record. */
export function memoryFile(
  evidenceId: string,
  fileName: string,
  bytes: Buffer,
  recorded: { sha256?: string; sizeBytes?: number } = {},
): MemoryFile {
  const file: MemoryFile = {
    evidenceId,
    title: `Evidence ${evidenceId}`,
    fileName,
    bytes,
    opened: 0,
    finished: 0,
    cancelled: 0,
    sha256: recorded.sha256 ?? sha256(bytes),
    sizeBytes: recorded.sizeBytes ?? bytes.length,
    open: () => {
      file.opened += 1
      let at = 0
      return new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            if (at >= bytes.length) {
              file.finished += 1
              return controller.close()
            }
            controller.enqueue(Uint8Array.from(bytes.subarray(at, at + 65536)))
            at += 65536
          },
          cancel() {
            file.cancelled += 1
            file.finished += 1
          },
        },
        { highWaterMark: 0 },
      )
    },
  }
  return file
}

export const randomFile = (id: string, name: string, size: number) => memoryFile(id, name, randomBytes(size))

export async function collect(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = []
  const reader = stream.getReader()
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value)
  return Buffer.concat(chunks)
}

/** Entry names in central-directory order, with their bytes. */
export async function readZip(zip: Buffer): Promise<{ name: string; bytes: Buffer; compressionMethod: number }[]> {
  const file = await yauzl.fromBufferPromise(zip, { lazyEntries: true })
  const out = []
  for await (const entry of file.eachEntry()) {
    const chunks: Buffer[] = []
    for await (const c of await file.openReadStreamPromise(entry)) chunks.push(c as Buffer)
    out.push({ name: entry.fileName, bytes: Buffer.concat(chunks), compressionMethod: entry.compressionMethod })
  }
  file.close()
  return out
}

/** A copy of `zip` with one byte of a STORED entry flipped in place (local header and central directory untouched). */
export async function flipStoredByte(zip: Buffer, name: string, offsetInEntry: number): Promise<Buffer> {
  const file = await yauzl.fromBufferPromise(zip, { lazyEntries: true })
  let dataStart = -1
  for await (const entry of file.eachEntry()) {
    if (entry.fileName !== name) continue
    if (entry.compressionMethod !== 0) throw new Error(`${name} is not stored`)
    dataStart = (await file.readLocalFileHeaderPromise(entry, { minimal: true })).fileDataStart
  }
  file.close()
  if (dataStart < 0) throw new Error(`${name} not found`)
  const copy = Buffer.from(zip)
  copy[dataStart + offsetInEntry] ^= 0x01
  return copy
}

/** Rebuilds the ZIP: `edit` returns new bytes for an entry, null to drop it, undefined to keep it; `add` entries go last. */
export async function rewriteZip(
  zip: Buffer,
  edit: (name: string, bytes: Buffer) => Buffer | null | undefined,
  add: [string, Buffer][] = [],
): Promise<Buffer> {
  const out = new yazl.ZipFile()
  for (const { name, bytes } of await readZip(zip)) {
    const next = edit(name, bytes)
    if (next !== null) out.addBuffer(next ?? bytes, name, { compress: false })
  }
  for (const [name, bytes] of add) out.addBuffer(bytes, name, { compress: false })
  out.end()
  const chunks: Buffer[] = []
  for await (const c of out.outputStream as AsyncIterable<Buffer>) chunks.push(c)
  return Buffer.concat(chunks)
}

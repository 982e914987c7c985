// The evidence pack's manifest: what a pack holds and what was decided, signed as its exact canonical bytes.
// Pure (no server-only): shared by the pack builder and the offline verifier.
import { canonicalJson, type HashVersion } from '../audit/canonical'
import type { ChainAnchor } from '../audit/checkpoint'
import { safeFileName } from '../storage/file-name'
import type { ReadinessReport, ReportSignOff } from './report-types'

export const PACK_FORMAT = 'keyproof-evidence-pack'
/** 2: RFC 8785 manifest, with the audit chain's links and its signed checkpoints. verify-pack also reads 1. */
export const PACK_VERSION = 2
/** Manifests are canonicalized with RFC 8785 (JCS): hash version 2. */
export const MANIFEST_HASH_VERSION = 2 satisfies HashVersion
export const PACK_PATHS = {
  manifest: 'manifest.json',
  signature: 'manifest.sig',
  reportPdf: 'report.pdf',
  readme: 'README.txt',
  checkpoints: 'checkpoints.jsonl',
  auditChain: 'audit-chain.jsonl',
} as const

export interface PackEntry {
  path: string
  sha256: string
  sizeBytes: number
}
export interface PackManifestFile extends PackEntry {
  evidenceId: string
  title: string
}

/** The organization's audit chain as the pack's signer verified it, and the checkpoints that anchor it. */
export interface PackAuditChain {
  organizationId: string
  head: ChainAnchor | null
  /** audit-chain.jsonl: every link {"hash","seq"} from seq 1 to the head, to compare checkpoints with. */
  links: PackEntry
  /** checkpoints.jsonl: the signed checkpoints so far, as kept outside the database. */
  checkpoints: PackEntry
  checkpointKey: { keyId: string; publicKeyPem: string }
}

export interface PackManifest {
  format: typeof PACK_FORMAT
  version: typeof PACK_VERSION
  hashVersion: typeof MANIFEST_HASH_VERSION
  canonicalization: 'JCS'
  generatedAt: string
  organization: ReadinessReport['organization']
  review: Pick<ReadinessReport['review'], 'id' | 'title' | 'platform' | 'status' | 'decision'>
  files: PackManifestFile[]
  reportPdf: PackEntry
  readme: PackEntry
  signOffs: (ReportSignOff & { gate: string })[]
  gates: { gate: string; status: string; currentFingerprint: string }[]
  findings: ReadinessReport['findings']
  exceptions: ReadinessReport['exceptions']
  decision: ReadinessReport['review']['decision']
  auditHead: ReadinessReport['auditHead']
  auditChain: PackAuditChain
  signingKey: { keyId: string; publicKeyPem: string }
}

const MAX_NAME_BYTES = 200
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/**
 * `evidence/<evidenceId>-<file name>`: the name made safe (no folders, control characters or reserved names) and capped
 * at 200 UTF-8 bytes.
 */
export function evidenceEntryPath(evidenceId: string, fileName: string): string {
  if (!ID_PATTERN.test(evidenceId)) throw new Error(`Evidence id "${evidenceId}" cannot name a file in the pack.`)
  let name = safeFileName(fileName)
  const encoder = new TextEncoder()
  while (encoder.encode(name).length > MAX_NAME_BYTES) {
    const dot = name.lastIndexOf('.')
    const ext = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : ''
    name = [...name.slice(0, name.length - ext.length)].slice(0, -1).join('') + ext
  }
  return `evidence/${evidenceId}-${name}`
}

export interface ManifestParts {
  report: ReadinessReport
  files: PackManifestFile[]
  reportPdf: PackEntry
  readme: PackEntry
  auditChain: PackAuditChain
  signingKey: { keyId: string; publicKeyPem: string }
}

export function buildPackManifest(parts: ManifestParts): PackManifest {
  const { report, files, reportPdf, readme, auditChain, signingKey } = parts
  const { id, title, platform, status, decision } = report.review
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    hashVersion: MANIFEST_HASH_VERSION,
    canonicalization: 'JCS',
    generatedAt: report.generatedAt,
    organization: report.organization,
    review: { id, title, platform, status, decision },
    files,
    reportPdf,
    readme,
    signOffs: report.gates.flatMap((g) => g.signOffs.map((s) => ({ ...s, gate: g.gate }))),
    gates: report.gates.map((g) => ({ gate: g.gate, status: g.status, currentFingerprint: g.currentFingerprint })),
    findings: report.findings,
    exceptions: report.exceptions,
    decision,
    auditHead: report.auditHead,
    auditChain,
    signingKey,
  }
}

/** The exact bytes that are signed and stored as manifest.json: its RFC 8785 form, in UTF-8. */
export const manifestBytes = (manifest: PackManifest): Uint8Array =>
  new TextEncoder().encode(canonicalJson(manifest, MANIFEST_HASH_VERSION))

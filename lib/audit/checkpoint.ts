// Signed checkpoints of an organization's audit-chain head, and the checks of a chain against them. A checkpoint
// is one JSON line, RFC 8785 canonical; its Ed25519 signature covers that line without its "signature" member,
// so stock tools can check it (`jq -cjS 'del(.signature)'` gives the signed bytes). Pure: no I/O, no clock.
import { createPublicKey, verify, type KeyObject } from 'node:crypto'
import { z } from 'zod'
import { canonicalJcs } from './canonical'

export const CHECKPOINT_FORMAT = 'keyproof-audit-checkpoint-v1'

export interface ChainAnchor {
  seq: number
  hash: string
}
export interface Checkpoint extends ChainAnchor {
  format: typeof CHECKPOINT_FORMAT
  organizationId: string
  /** When the head was checkpointed, ISO 8601. */
  at: string
  keyId: string
  /** Base64 Ed25519 signature over checkpointMessage(). */
  signature: string
}
export interface CheckpointSigner {
  keyId: string
  publicKeyPem: string
  sign: (data: Uint8Array) => Uint8Array
}

export type ChainProblemKind = 'BROKEN' | 'TRUNCATED' | 'REWRITTEN' | 'BAD_CHECKPOINT'
export interface ChainProblem {
  kind: ChainProblemKind
  /** The first seq the problem concerns. */
  seq: number
  reason: string
}

const checkpointSchema = z.strictObject({
  format: z.literal(CHECKPOINT_FORMAT),
  organizationId: z.string().min(1),
  seq: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.iso.datetime(),
  keyId: z.string().min(1),
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'not a base64 Ed25519 signature'),
})

const payloadOf = ({ format, organizationId, seq, hash, at, keyId }: Omit<Checkpoint, 'signature'>) => ({
  format,
  organizationId,
  seq,
  hash,
  at,
  keyId,
})

/** The exact bytes a checkpoint's signature covers: its line without "signature". */
export const checkpointMessage = (cp: Omit<Checkpoint, 'signature'>) => Buffer.from(canonicalJcs(payloadOf(cp)))

/** The checkpoint as its JSON line (with the newline), as stored and as carried in a pack. */
export const checkpointLine = (cp: Checkpoint) => `${canonicalJcs({ ...payloadOf(cp), signature: cp.signature })}\n`

export function signCheckpoint(
  organizationId: string,
  head: ChainAnchor,
  at: Date,
  signer: CheckpointSigner,
): Checkpoint {
  const payload: Omit<Checkpoint, 'signature'> = {
    format: CHECKPOINT_FORMAT,
    organizationId,
    seq: head.seq,
    hash: head.hash,
    at: at.toISOString(),
    keyId: signer.keyId,
  }
  const signature = Buffer.from(signer.sign(checkpointMessage(payload))).toString('base64')
  return { ...payload, signature }
}

export function verifyCheckpointSignature(cp: Checkpoint, publicKey: string | KeyObject): boolean {
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey
  return verify(null, checkpointMessage(cp), key, Buffer.from(cp.signature, 'base64'))
}

export interface ParsedCheckpoints {
  /** With their 1-based line numbers. */
  checkpoints: (Checkpoint & { line: number })[]
  problems: { line: number; detail: string }[]
}

/** Reads JSON Lines of checkpoints; blank lines are skipped, anything else that is not a checkpoint is a problem. */
export function parseCheckpoints(text: string): ParsedCheckpoints {
  const out: ParsedCheckpoints = { checkpoints: [], problems: [] }
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return
    let json: unknown
    try {
      json = JSON.parse(raw)
    } catch {
      out.problems.push({ line: i + 1, detail: 'not JSON' })
      return
    }
    const parsed = checkpointSchema.safeParse(json)
    if (parsed.success) out.checkpoints.push({ ...parsed.data, line: i + 1 })
    else {
      const first = parsed.error.issues[0]
      out.problems.push({
        line: i + 1,
        detail: `not a checkpoint: ${first.path.join('.') || '(line)'}: ${first.message}`,
      })
    }
  })
  return out
}

const short = (hash: string) => `${hash.slice(0, 16)}…`

/** A checkpointed (seq, hash) that the chain no longer has at that seq: history was rewritten from there on. */
export function rewrittenAt(anchor: ChainAnchor, chainHash: string): ChainProblem | null {
  if (anchor.hash === chainHash) return null
  return {
    kind: 'REWRITTEN',
    seq: anchor.seq,
    reason:
      `checkpoint seq ${anchor.seq} hash ${short(anchor.hash)} differs from the chain ` +
      `(${short(chainHash)}): the history up to seq ${anchor.seq} was rewritten`,
  }
}

/** A chain whose head is behind its newest checkpoint: events were deleted from its end. */
export function truncatedBefore(headSeq: number, anchors: readonly ChainAnchor[]): ChainProblem | null {
  const newest = anchors.reduce((max, a) => Math.max(max, a.seq), 0)
  if (newest <= headSeq) return null
  return {
    kind: 'TRUNCATED',
    seq: headSeq + 1,
    reason:
      headSeq === 0
        ? `the chain is empty, but a checkpoint has seq ${newest}: every event was deleted`
        : `chain head seq ${headSeq} is behind checkpoint seq ${newest}: events ${headSeq + 1}–${newest} were deleted`,
  }
}

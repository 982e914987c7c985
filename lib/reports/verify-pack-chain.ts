// The audit-chain part of verifying a pack: the chain links it carries end at the manifest's head, every checkpoint
// (the pack's own, and the auditor's --checkpoints) is signed and still held by the chain. Pure.
import { createPublicKey, type KeyObject } from 'node:crypto'
import { parseChainLinks } from '../audit/chain-links'
import {
  parseCheckpoints,
  rewrittenAt,
  truncatedBefore,
  verifyCheckpointSignature,
  type ChainAnchor,
  type ChainProblem,
} from '../audit/checkpoint'
import { PACK_PATHS } from './pack-manifest'
import type { PackProblem } from './verify-pack'

export const AUDITOR_CHECKPOINTS = '--checkpoints'

export interface PackChainInput {
  organizationId: string | null
  head: ChainAnchor | null
  /** audit-chain.jsonl; null for a format-1 pack, which carries only its head. */
  linksText: string | null
  checkpointsText: string | null
  checkpointKey: { keyId: string; publicKeyPem: string } | null
  /** The auditor's own checkpoints (JSON Lines), trusted as given. */
  auditorText?: string
}

export interface PackChainResult {
  problems: PackProblem[]
  notes: string[]
  /** Checkpoints compared with the chain. */
  checked: number
}

export function checkPackChain(input: PackChainInput): PackChainResult {
  const problems: PackProblem[] = []
  const notes: string[] = []
  const headSeq = input.head?.seq ?? 0
  let hashAt = (seq: number): string | undefined => (input.head && seq === input.head.seq ? input.head.hash : undefined)
  if (input.linksText !== null) {
    const { links, problem } = parseChainLinks(input.linksText)
    const last = links.at(-1)
    const ends = problem
      ? problem
      : links.length !== headSeq || (input.head && last?.hash !== input.head.hash)
        ? `ends at seq ${last?.seq ?? 0} (${last?.hash.slice(0, 16) ?? 'empty'}), not at the manifest's head seq ` +
          `${headSeq}`
        : null
    if (ends) problems.push({ path: PACK_PATHS.auditChain, kind: 'BAD_CHAIN', detail: ends })
    else hashAt = (seq) => links[seq - 1]?.hash
  } else notes.push('a format-1 pack carries only its chain head: checkpoints are compared with the head alone')

  let key: KeyObject | null = null
  try {
    key = input.checkpointKey && createPublicKey(input.checkpointKey.publicKeyPem)
  } catch {
    problems.push({
      path: PACK_PATHS.manifest,
      kind: 'BAD_MANIFEST',
      detail: 'auditChain.checkpointKey is not a public key',
    })
  }
  const sources = [
    { label: PACK_PATHS.checkpoints, text: input.checkpointsText, trusted: false },
    { label: AUDITOR_CHECKPOINTS, text: input.auditorText ?? null, trusted: true },
  ]
  let checked = 0
  for (const { label, text, trusted } of sources) {
    if (text === null) continue
    const { checkpoints, problems: unreadable } = parseCheckpoints(text)
    for (const u of unreadable)
      problems.push({ path: label, kind: 'BAD_CHECKPOINT', detail: `line ${u.line} is ${u.detail}` })
    const anchors: ChainAnchor[] = []
    for (const cp of checkpoints) {
      const where = `line ${cp.line} (seq ${cp.seq})`
      if (input.organizationId && cp.organizationId !== input.organizationId) {
        if (trusted) notes.push(`${label} ${where} is another organization's checkpoint: skipped`)
        else problems.push({ path: label, kind: 'BAD_CHECKPOINT', detail: `${where} is another organization's` })
        continue
      }
      if (key && cp.keyId === input.checkpointKey!.keyId) {
        if (!verifyCheckpointSignature(cp, key)) {
          problems.push({
            path: label,
            kind: 'BAD_CHECKPOINT',
            detail: `${where}: the signature does not verify under key ${cp.keyId}`,
          })
          continue
        }
      } else notes.push(`${label} ${where} is signed by key ${cp.keyId}, which this pack does not carry: not checked`)
      anchors.push(cp)
    }
    checked += anchors.length
    const found = [truncatedBefore(headSeq, anchors), firstRewrite(anchors, headSeq, hashAt)]
    for (const p of found.filter((p): p is ChainProblem => !!p))
      problems.push({ path: label, kind: p.kind as PackProblem['kind'], detail: p.reason })
  }
  return { problems, notes, checked }
}

function firstRewrite(anchors: ChainAnchor[], headSeq: number, hashAt: (seq: number) => string | undefined) {
  for (const anchor of [...anchors].sort((a, b) => a.seq - b.seq)) {
    if (anchor.seq > headSeq) break
    const hash = hashAt(anchor.seq)
    const problem = hash === undefined ? null : rewrittenAt(anchor, hash)
    if (problem) return problem
  }
  return null
}

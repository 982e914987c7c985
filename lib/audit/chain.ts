// The per-organization audit hash chain: append inside the caller's transaction, verify by walking it.
// Each event records the canonical-JSON version its hash was computed with, and is verified under it.
import { createHash } from 'node:crypto'
import { HASH_VERSION, canonicalJson, isHashVersion, type HashVersion } from './canonical'
import { rewrittenAt, truncatedBefore, type ChainAnchor, type ChainProblemKind } from './checkpoint'
import type { Db, Tx } from '@/lib/db'

export const GENESIS_HASH = '0'.repeat(64)

export interface AuditEventInput {
  organizationId: string
  actorId: string | null
  action: string
  entityType: string
  entityId: string
  data?: Record<string, unknown>
}

interface HashedFields extends Required<AuditEventInput> {
  seq: number
  createdAt: Date
}

/**
 * SHA-256 over the previous hash (64 hex characters) followed by the event's canonical JSON. From version 2
 * the hashed object also carries `hashVersion`, so a version-2 hash cannot pass for another version's.
 */
export function hashEvent(prevHash: string, e: HashedFields, version: HashVersion = HASH_VERSION): string {
  const fields = {
    organizationId: e.organizationId,
    seq: e.seq,
    actorId: e.actorId,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    data: e.data,
    createdAt: e.createdAt,
  }
  const body = canonicalJson(version === 1 ? fields : { ...fields, hashVersion: version }, version)
  return createHash('sha256').update(prevHash).update(body).digest('hex')
}

/**
 * Appends one event. Appends are serialized per organization by a transaction-scoped advisory
 * lock, so seq is contiguous and the chain never forks, whatever the concurrency.
 */
export async function appendAuditEvent(tx: Tx, input: AuditEventInput) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${'audit:' + input.organizationId}, 0))`
  const head = await tx.auditEvent.findFirst({
    where: { organizationId: input.organizationId },
    orderBy: { seq: 'desc' },
    select: { seq: true, hash: true },
  })
  const seq = (head?.seq ?? 0) + 1
  const prevHash = head?.hash ?? GENESIS_HASH
  // Millisecond precision: the column is timestamp(3), and the hash must match what is stored.
  const createdAt = new Date(Math.floor(Date.now()))
  const fields: HashedFields = { ...input, data: input.data ?? {}, seq, createdAt }
  const hash = hashEvent(prevHash, fields, HASH_VERSION)
  return tx.auditEvent.create({
    data: { ...fields, data: fields.data as object, prevHash, hash, hashVersion: HASH_VERSION },
    select: { id: true, seq: true, hash: true },
  })
}

export type ChainVerification =
  | { ok: true; count: number; head: ChainAnchor | null; checkpoints: number }
  | { ok: false; count: number; brokenSeq: number; reason: string; kind: ChainProblemKind }

export interface VerifyChainOptions {
  pageSize?: number
  /** Checkpointed heads the chain must still contain: a different hash at a seq, or a head behind one, fails. */
  checkpoints?: readonly ChainAnchor[]
  /** Called with each verified link, in seq order (the evidence pack lists them). */
  onLink?: (link: ChainAnchor) => void
}

/** Walks an organization's chain in seq order, in pages, and reports the first broken link or checkpoint. */
export async function verifyChain(
  db: Db | Tx,
  organizationId: string,
  { pageSize = 1000, checkpoints = [], onLink }: VerifyChainOptions = {},
): Promise<ChainVerification> {
  const anchors = new Map<number, ChainAnchor[]>()
  for (const a of checkpoints) anchors.set(a.seq, [...(anchors.get(a.seq) ?? []), a])
  let prevHash = GENESIS_HASH
  let expectedSeq = 1
  let count = 0
  const broken = (seq: number, reason: string, kind: ChainProblemKind = 'BROKEN') =>
    ({ ok: false, count, brokenSeq: seq, reason, kind }) as const
  for (;;) {
    const page = await db.auditEvent.findMany({
      where: { organizationId, seq: { gte: expectedSeq } },
      orderBy: { seq: 'asc' },
      take: pageSize,
    })
    for (const e of page) {
      if (e.seq !== expectedSeq) return broken(expectedSeq, `event ${expectedSeq} is missing`)
      if (e.prevHash !== prevHash) return broken(e.seq, 'its previous-hash does not match the event before it')
      if (!isHashVersion(e.hashVersion)) return broken(e.seq, `its hash version ${e.hashVersion} is unknown`)
      const recomputed = hashEvent(
        e.prevHash,
        {
          organizationId: e.organizationId,
          seq: e.seq,
          actorId: e.actorId,
          action: e.action,
          entityType: e.entityType,
          entityId: e.entityId,
          data: e.data as Record<string, unknown>,
          createdAt: e.createdAt,
        },
        e.hashVersion,
      )
      if (recomputed !== e.hash) return broken(e.seq, 'its content does not match its hash')
      for (const anchor of anchors.get(e.seq) ?? []) {
        const problem = rewrittenAt(anchor, e.hash)
        if (problem) return broken(problem.seq, problem.reason, problem.kind)
      }
      onLink?.({ seq: e.seq, hash: e.hash })
      prevHash = e.hash
      expectedSeq++
      count++
    }
    if (page.length < pageSize) break
  }
  const truncated = truncatedBefore(count, checkpoints)
  if (truncated) return broken(truncated.seq, truncated.reason, truncated.kind)
  return {
    ok: true,
    count,
    head: count ? { seq: expectedSeq - 1, hash: prevHash } : null,
    checkpoints: checkpoints.length,
  }
}

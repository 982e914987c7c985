// The per-organization audit hash chain: append inside the caller's transaction, verify by walking it.
import { createHash } from 'node:crypto'
import { canonicalJson } from './canonical'
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

export function hashEvent(prevHash: string, e: HashedFields): string {
  const body = canonicalJson({
    organizationId: e.organizationId,
    seq: e.seq,
    actorId: e.actorId,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    data: e.data,
    createdAt: e.createdAt,
  })
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
  const hash = hashEvent(prevHash, fields)
  return tx.auditEvent.create({
    data: { ...fields, data: fields.data as object, prevHash, hash },
    select: { id: true, seq: true, hash: true },
  })
}

export type ChainVerification =
  | { ok: true; count: number; head: { seq: number; hash: string } | null }
  | { ok: false; count: number; brokenSeq: number; reason: string }

/** Walks an organization's chain in seq order, in pages, and reports the first broken link. */
export async function verifyChain(db: Db | Tx, organizationId: string, pageSize = 1000): Promise<ChainVerification> {
  let prevHash = GENESIS_HASH
  let expectedSeq = 1
  let count = 0
  for (;;) {
    const page = await db.auditEvent.findMany({
      where: { organizationId, seq: { gte: expectedSeq } },
      orderBy: { seq: 'asc' },
      take: pageSize,
    })
    for (const e of page) {
      if (e.seq !== expectedSeq)
        return { ok: false, count, brokenSeq: expectedSeq, reason: `event ${expectedSeq} is missing` }
      if (e.prevHash !== prevHash)
        return { ok: false, count, brokenSeq: e.seq, reason: 'its previous-hash does not match the event before it' }
      const recomputed = hashEvent(e.prevHash, {
        organizationId: e.organizationId,
        seq: e.seq,
        actorId: e.actorId,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        data: e.data as Record<string, unknown>,
        createdAt: e.createdAt,
      })
      if (recomputed !== e.hash)
        return { ok: false, count, brokenSeq: e.seq, reason: 'its content does not match its hash' }
      prevHash = e.hash
      expectedSeq++
      count++
    }
    if (page.length < pageSize) break
  }
  return { ok: true, count, head: count ? { seq: expectedSeq - 1, hash: prevHash } : null }
}

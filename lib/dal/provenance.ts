import 'server-only'
// The provenance of reviews' facts: each imported fact with its source file and whether that source is current,
// and the keys' principals from current sources. Added to the rules snapshot (verified facts, what the sources
// say, key-change mode, who can use each key) and shown on screens as verified or claimed.
import { db, type Tx } from '@/lib/db'
import { factsOf, fieldProvenance, type FactRow, type FactValue, type FieldProvenance } from '@/lib/domain/provenance'
import type { ReviewSnapshot, SnapshotKeyChange, SnapshotPrincipal } from '@/lib/domain/review-snapshot'

export interface ReviewProvenance {
  locationFacts: Map<string, FactRow[]>
  keyFacts: Map<string, FactRow[]>
  principals: Map<string, SnapshotPrincipal[]>
}

const empty = (): ReviewProvenance => ({ locationFacts: new Map(), keyFacts: new Map(), principals: new Map() })
const push = <T>(m: Map<string, T[]>, k: string, v: T) => m.set(k, [...(m.get(k) ?? []), v])
const EVIDENCE = { select: { fileName: true, expiresAt: true, supersededBy: { select: { id: true } } } } as const
type EvidenceState = { fileName: string | null; expiresAt: Date | null; supersededBy: { id: string } | null }
const isCurrent = (e: EvidenceState, now: Date) => !e.supersededBy && !(e.expiresAt && e.expiresAt < now)

export async function loadProvenance(
  organizationId: string,
  reviewIds: string[],
  now: Date,
  client: Tx = db,
): Promise<Map<string, ReviewProvenance>> {
  const where = { organizationId, reviewId: { in: reviewIds } }
  const facts = await client.factSource.findMany({ where, include: { evidence: EVIDENCE }, orderBy: { field: 'asc' } })
  const principals = await client.keyPrincipal.findMany({
    where,
    include: { evidence: EVIDENCE },
    orderBy: [{ principal: 'asc' }, { viaGrant: 'asc' }],
  })
  const out = new Map(reviewIds.map((id) => [id, empty()]))
  for (const f of facts) {
    const p = out.get(f.reviewId)!
    const row: FactRow = {
      field: f.field,
      value: f.value as FactValue,
      path: f.path,
      said: f.said,
      source: f.evidence.fileName ?? 'evidence',
      evidenceId: f.evidenceId,
      evidenceCurrent: isCurrent(f.evidence, now),
    }
    if (f.locationId) push(p.locationFacts, f.locationId, row)
    else if (f.keyId) push(p.keyFacts, f.keyId, row)
  }
  for (const k of principals) {
    if (!isCurrent(k.evidence, now)) continue
    push(out.get(k.reviewId)!.principals, k.keyId, {
      principal: k.principal,
      account: k.account ?? undefined,
      actions: k.actions,
      viaGrant: k.viaGrant,
      crossAccount: k.crossAccount,
      resolvable: k.resolvable,
      delegatesToIam: k.delegatesToIam,
      source: k.evidence.fileName ?? 'evidence',
      path: k.path,
    })
  }
  return out
}

function keyChangeFrom(rows: FactRow[]): SnapshotKeyChange | undefined {
  const f = rows.find((r) => r.field === 'keyChange' && r.evidenceCurrent)
  return f ? { mode: f.value as SnapshotKeyChange['mode'], note: f.said, source: `${f.source} ${f.path}` } : undefined
}

/** The snapshot with each location's and key's facts; entities without any are left as they were. */
export function withProvenance(snapshot: ReviewSnapshot, p: ReviewProvenance | undefined): ReviewSnapshot {
  if (!p) return snapshot
  return {
    ...snapshot,
    locations: snapshot.locations.map((l) => {
      const rows = p.locationFacts.get(l.id)
      if (!rows) return l
      const keyChange = keyChangeFrom(rows)
      return { ...l, ...factsOf(rows, l), ...(keyChange && { keyChange }) }
    }),
    keys: snapshot.keys.map((k) => {
      const rows = p.keyFacts.get(k.id) ?? []
      const principals = p.principals.get(k.id)
      if (!rows.length && !principals) return k
      return { ...k, ...factsOf(rows, k), ...(principals && { principals }) }
    }),
  }
}

/** Per location and key id, per field: verified, or what a current source says instead (absent: claimed). */
export function provenanceByEntity(snapshot: ReviewSnapshot, p: ReviewProvenance | undefined) {
  const out = new Map<string, Record<string, FieldProvenance>>()
  if (!p) return out
  for (const l of snapshot.locations) out.set(l.id, fieldProvenance(p.locationFacts.get(l.id) ?? [], l))
  for (const k of snapshot.keys) out.set(k.id, fieldProvenance(p.keyFacts.get(k.id) ?? [], k))
  return out
}

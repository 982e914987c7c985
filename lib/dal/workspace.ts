import 'server-only'
// Everything the review workspace shows: the review, its inventory, and the computed findings.
import { db, type Tx } from '@/lib/db'
import { compareFindings, evaluate, summarize } from '@/lib/rules'
import {
  decisionStaleFindings,
  decisionStaleness,
  stalenessChanges,
  type RecordedDecision,
} from '@/lib/domain/decision-staleness'
import { keyBlastRadius } from '@/lib/domain/blast-radius'
import type { Holds, LocationKind } from '@/lib/domain/enums'
import { getReview } from './reviews'
import { LOCATION_LIST_SELECT, asValues } from './inventory-fields'
import type { CmkSupport, Gate, SourceStatus } from '@/lib/domain/enums'
import type { LOCATION_FIELDS, LocationValues } from '@/lib/domain/fields/location'
import type { ListFieldOf } from '@/lib/domain/fields/spec'

/** A location as list views get it: its declared fields but long text, typed as the domain's values. */
export type WorkspaceLocation = {
  id: string
  reviewId: string
  version: number
  cmkSupported: CmkSupport | null
  cmkStatus: SourceStatus | null
} & Pick<LocationValues, ListFieldOf<typeof LOCATION_FIELDS>>
import { loadGateSnapshotParts, proposedExclusionIds, toSnapshot } from './snapshot'
import { gateReadiness } from '@/lib/domain/gate-readiness'
import { loadGateStates } from './gate-states'
import { loadProvenance, provenanceByEntity, withProvenance } from './provenance'
import { assertCan, assertReviewInScope, type Actor } from './actor'
import { notFound } from '@/lib/errors'
import { isIdLike } from './validate'
import type { Review } from '@/lib/generated/prisma/client'

/** The free text of a review's locations, for the inventory table and its export (`ids`: one page only). */
export async function loadLocationTexts(actor: Actor, reviewId: string, ids?: readonly string[]) {
  assertCan(actor, 'review:read')
  const rows = await db.storageLocation.findMany({
    where: { reviewId, organizationId: actor.organizationId, ...(ids ? { id: { in: [...ids] } } : {}) },
    select: { id: true, notes: true, source: true },
  })
  return new Map(rows.map((r) => [r.id, r]))
}

type Evaluation = { review: Review }
type LocationTexts = { id: string; notes: string | null; source: string | null }
// What goes with one evaluation of the workspace — reads (a page's notes, the exclusion register) and views
// computed from it (a user's next steps) — kept beside the cached evaluation, keyed on its review object. They
// hold exactly as long as the evaluation: every change inside the review bumps the revision it was keyed on,
// and its time-to-live bounds what the clock changes. A repeat visit then reads no rows and recomputes nothing.
const beside = new WeakMap<Review, Map<string, unknown>>()

/** `compute()`'s result, once per cached evaluation of the workspace and `name`; a failed read is not kept. */
export function besideWorkspace<T>(workspace: Evaluation, name: string, compute: () => T): T {
  let values = beside.get(workspace.review)
  if (!values) beside.set(workspace.review, (values = new Map()))
  if (values.has(name)) return values.get(name) as T
  const value = compute()
  values.set(name, value)
  if (value instanceof Promise) value.catch(() => values.delete(name))
  return value
}

/** The free text of the given locations of the workspace's review, each read once per evaluation. */
export async function loadPageTexts(actor: Actor, workspace: Evaluation, ids: readonly string[]) {
  assertCan(actor, 'review:read')
  const known = await besideWorkspace(workspace, 'texts', async () => new Map<string, LocationTexts>())
  const missing = ids.filter((id) => !known.has(id))
  if (missing.length > 0)
    for (const [id, texts] of await loadLocationTexts(actor, workspace.review.id, missing)) known.set(id, texts)
  return known
}

/** What the review's decision recorded, for the staleness check; null while undecided. */
export function recordedDecision(review: Review): RecordedDecision | null {
  if (review.status !== 'DECIDED' || !review.decision) return null
  return {
    outcome: review.decision,
    fingerprint: review.decisionFingerprint,
    gateFingerprints: review.decisionGateFingerprints as Partial<Record<Gate, string>> | null,
  }
}

async function evaluateWorkspace(review: Review, organizationId: string, now: Date, client: Tx = db) {
  const where = { reviewId: review.id, organizationId }
  const [cloudAccounts, locationRows, keys, gateRecords, gateStates, proposed, facts] = await Promise.all([
    client.cloudAccount.findMany({ where, orderBy: { createdAt: 'asc' } }),
    // Everything but the long free text (notes, template source), which only the inventory page shows.
    client.storageLocation.findMany({
      where,
      orderBy: [{ createdAt: 'asc' }, { name: 'asc' }],
      select: LOCATION_LIST_SELECT,
    }),
    client.key.findMany({ where, orderBy: { createdAt: 'asc' } }),
    loadGateSnapshotParts(organizationId, [review.id], client).then((m) => m.get(review.id)!),
    loadGateStates(organizationId, review.id, now, client),
    proposedExclusionIds(client, organizationId, [review.id]),
    loadProvenance(organizationId, [review.id], now, client).then((m) => m.get(review.id)),
  ])
  const locations = locationRows.map((l) => asValues<WorkspaceLocation>(l))
  const snapshot = withProvenance(
    {
      ...toSnapshot(review, cloudAccounts, locations, keys, proposed),
      ...gateRecords,
      boundaries: {
        control: review.controlBoundary,
        cryptographic: review.cryptographicBoundary,
        operational: review.operationalBoundary,
        recovery: review.recoveryBoundary,
      },
      signedGates: gateStates.filter((g) => g.status === 'SIGNED').map((g) => g.gate),
    },
    facts,
  )
  const ruleFindings = evaluate(snapshot, now)
  // An approval keeps watching: what moved since the decision is a blocker in its gate.
  const staleness = decisionStaleness(recordedDecision(review), gateStates, ruleFindings)
  const findings = [...ruleFindings, ...decisionStaleFindings(review.id, staleness)].sort(compareFindings)
  if (staleness.isStale) Object.assign(snapshot, { decisionStale: { changes: stalenessChanges(staleness) } })
  const radiusInput = locations.map((l) => ({
    id: l.id,
    name: l.name,
    kind: l.kind as LocationKind,
    holds: l.holds as Holds[],
    keyId: l.keyId,
  }))
  const blast = new Map(keys.map((k) => [k.id, keyBlastRadius(k, radiusInput)]))
  return {
    cloudAccounts,
    locations,
    keys,
    snapshot,
    findings,
    summary: summarize(findings),
    readiness: gateReadiness(snapshot, findings),
    gateStates,
    decisionStaleness: staleness,
    blast,
    /** Per location and key id, per field: verified or contradicted by a current source; absent is claimed. */
    provenance: provenanceByEntity(snapshot, facts),
  }
}

/** Whether a review's decision still holds, now; for the worker's staleness sweep (no actor: system use). */
export async function loadDecisionStaleness(organizationId: string, reviewId: string, now: Date) {
  const review = await db.review.findFirstOrThrow({ where: { id: reviewId, organizationId } })
  return (await evaluateWorkspace(review, organizationId, now)).decisionStaleness
}

// Evaluations cached per review, keyed by the review's version and inventory revision (both
// bumped in the transaction of every change), so an entry is never stale about the data. Rules
// that depend on the clock (expiries) are honoured by a short time-to-live. Per process; other
// instances keep their own.
const CACHE_TTL_MS = 30_000
const CACHE_MAX = 200
type Evaluated = { review: Review } & Awaited<ReturnType<typeof evaluateWorkspace>>
const cache = new Map<string, { key: string; at: number; value: Evaluated }>()

/**
 * The review workspace: the review, its inventory and the computed findings. `fresh` skips the cache.
 * A cache hit costs one small query: every change to the review row bumps its version, and every
 * change inside the review bumps its inventory revision, so the pair says whether the entry holds.
 */
export async function loadWorkspace(actor: Actor, reviewId: string, now = new Date(), { fresh = false } = {}) {
  assertCan(actor, 'review:read')
  if (!isIdLike(reviewId)) throw notFound('Review')
  assertReviewInScope(actor, reviewId)
  const hit = fresh ? undefined : cache.get(reviewId)
  if (hit && Math.abs(now.getTime() - hit.at) < CACHE_TTL_MS) {
    const [head] = await db.$queryRaw<{ key: string }[]>`
      SELECT version || ':' || inventory_revision AS key FROM reviews
      WHERE id = ${reviewId} AND organization_id = ${actor.organizationId}`
    if (!head) throw notFound('Review')
    if (head.key === hit.key) return hit.value
  }
  const review = await getReview(actor, reviewId)
  const value = { review, ...(await evaluateWorkspace(review, actor.organizationId, now)) }
  cache.delete(review.id)
  cache.set(review.id, { key: `${review.version}:${review.inventoryRevision}`, at: now.getTime(), value })
  if (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value!)
  return value
}

/**
 * The workspace evaluated on a transaction's own connection, for a change whose decision depends on it
 * (sign-off, exception, decision): the caller holds the review lock, so what is judged is what is written.
 */
export async function evaluateOnTransaction(tx: Tx, actor: Actor, reviewId: string, now: Date): Promise<Evaluated> {
  assertReviewInScope(actor, reviewId)
  const review = await tx.review.findFirst({ where: { id: reviewId, organizationId: actor.organizationId } })
  if (!review) throw notFound('Review')
  return { review, ...(await evaluateWorkspace(review, actor.organizationId, now, tx)) }
}

export type Workspace = Awaited<ReturnType<typeof loadWorkspace>>

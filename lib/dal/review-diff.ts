import 'server-only'
// What changed in a review against the last approved review it descends from.
import { db } from '@/lib/db'
import { assertCan, type Actor } from './actor'
import { getReview } from './reviews'
import { KEY_DIFF_FIELDS, KEY_FIELDS } from '@/lib/domain/fields/key'
import { LOCATION_DIFF_FIELDS, LOCATION_FIELDS } from '@/lib/domain/fields/location'
import { comparableValue, type Fields } from '@/lib/domain/fields/spec'

const SCOPE_FIELDS = [
  'platform',
  'deploymentModel',
  'environment',
  'regions',
  'allowedJurisdictions',
  'dataClassification',
  'keyRequirement',
  'controlBoundary',
  'cryptographicBoundary',
  'operationalBoundary',
  'recoveryBoundary',
] as const
const SCOPE_LABELS: Record<string, string> = { allowedJurisdictions: 'allowed jurisdictions' }
const labelOf = (fields: Fields, name: string) => fields[name]?.label ?? SCOPE_LABELS[name] ?? name

export interface FieldChange {
  field: string
  label: string
  from: unknown
  to: unknown
}
export interface RowDiff {
  label: string
  change: 'added' | 'removed' | 'changed'
  fields: FieldChange[]
}

const show = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)
function fieldChanges(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  names: readonly string[],
  fields: Fields = {},
): FieldChange[] {
  const comparable = (name: string, v: unknown) => (fields[name] ? comparableValue(fields[name], v) : show(v))
  return names
    .filter((f) => JSON.stringify(comparable(f, a[f])) !== JSON.stringify(comparable(f, b[f])))
    .map((f) => ({ field: f, label: labelOf(fields, f), from: show(a[f]), to: show(b[f]) }))
}
/** `view` turns a row into the comparable fields (e.g. the mapped key by its reference, not its per-review id). */
function diffRows<T>(
  before: T[],
  after: T[],
  key: (x: T) => string,
  label: (x: T) => string,
  view: (x: T) => Record<string, unknown>,
  names: readonly string[],
  fields: Fields,
): RowDiff[] {
  const out: RowDiff[] = []
  const was = new Map(before.map((x) => [key(x), x]))
  for (const x of after) {
    const old = was.get(key(x))
    if (!old) {
      out.push({ label: label(x), change: 'added', fields: [] })
      continue
    }
    const changes = fieldChanges(view(old), view(x), names, fields)
    if (changes.length) out.push({ label: label(x), change: 'changed', fields: changes })
  }
  const now = new Set(after.map(key))
  for (const x of before) if (!now.has(key(x))) out.push({ label: label(x), change: 'removed', fields: [] })
  return out
}

export async function diffAgainstLastApproved(actor: Actor, reviewId: string) {
  assertCan(actor, 'review:read')
  const review = await getReview(actor, reviewId)
  let baseline = null
  for (let id = review.previousReviewId; id && !baseline;) {
    const r = await db.review.findFirst({ where: { id, organizationId: actor.organizationId } })
    if (!r) break
    if (r.decision === 'APPROVED' || r.decision === 'APPROVED_WITH_EXCEPTIONS') baseline = r
    id = r.previousReviewId
  }
  if (!baseline) return { review, baseline: null, scope: [], locations: [], keys: [] }
  const load = (id: string) =>
    Promise.all([
      db.storageLocation.findMany({
        where: { reviewId: id, organizationId: actor.organizationId },
        include: { key: { select: { keyRef: true } } },
      }),
      db.key.findMany({ where: { reviewId: id, organizationId: actor.organizationId } }),
    ])
  const [[beforeLocations, beforeKeys], [afterLocations, afterKeys]] = await Promise.all([
    load(baseline.id),
    load(review.id),
  ])
  type L = (typeof afterLocations)[number]
  return {
    review,
    baseline,
    scope: fieldChanges(
      baseline as unknown as Record<string, unknown>,
      review as unknown as Record<string, unknown>,
      SCOPE_FIELDS,
    ),
    locations: diffRows<L>(
      beforeLocations,
      afterLocations,
      (l) => `${l.kind}|${l.name}`,
      (l) => l.name,
      (l) => ({ ...l, keyId: l.key?.keyRef ?? null }), // the key by its reference: ids differ per review
      LOCATION_DIFF_FIELDS,
      LOCATION_FIELDS,
    ),
    keys: diffRows(
      beforeKeys,
      afterKeys,
      (k) => k.keyRef,
      (k) => k.alias || k.keyRef,
      (k) => k as unknown as Record<string, unknown>,
      KEY_DIFF_FIELDS,
      KEY_FIELDS,
    ),
  }
}

// What an import would do to a review: for each imported resource and key, add a row, change the fields its
// sources contradict, or leave it; each change with the file and JSON path it comes from. Pure: the DAL reads
// the review's rows (after locking it, on apply) and writes what the plan says.
import { keySchema, type KeyInput } from '@/lib/domain/fields/key'
import { locationFieldsSchema, type LocationInput } from '@/lib/domain/fields/location'
import { sameFactValue, type FactValue } from '@/lib/domain/provenance'
import { KeyMatcher, normalizeRef } from './refs'
import type { FactFrom, KeyFacts, LocationFacts, PrincipalFacts } from './review-facts'

export type ExistingLocation = LocationInput & { id: string; version: number }
export type ExistingKey = KeyInput & { id: string; version: number }
export interface ExistingFact {
  locationId: string | null
  keyId: string | null
  field: string
  value: FactValue
  evidenceCurrent: boolean
}

export interface FieldChange {
  field: string
  from: FactValue
  to: FactValue
  file: string
  path: string
  said: string
}

export interface PlannedRow<D> {
  action: 'add' | 'change' | 'same'
  ref: string
  name: string
  id: string | null
  version: number | null
  /** The row as it will be written. */
  data: D
  changes: FieldChange[]
  /** Fields whose value stays but becomes verified (it was only claimed). */
  verifies: string[]
  facts: FactFrom[]
  files: string[]
}
/** A location as written: `keyRef` names the key (planned or existing) whose id becomes its keyId. */
export type PlannedLocation = PlannedRow<Omit<LocationInput, 'keyId'> & { keyRef: string | null }>
export type PlannedKey = PlannedRow<KeyInput>

export interface RowPlan {
  keys: PlannedKey[]
  locations: PlannedLocation[]
  principals: { keyRef: string; rows: PrincipalFacts[] }[]
  /** Imported items that cannot be written, and why. */
  skipped: { ref: string; why: string }[]
}

const KEY_FIELDS_SET = ['service', 'alias', 'ownership', 'rotation', 'rotationPeriodDays'] as const

function issues(error: { issues: { path: PropertyKey[]; message: string }[] }) {
  return error.issues.map((i) => `${String(i.path[0] ?? '')}: ${i.message}`).join('; ')
}

function compare<D extends Record<string, unknown>>(
  facts: FactFrom[],
  before: Record<string, unknown> | null,
  after: D,
  prior: ExistingFact[],
) {
  const changes: FieldChange[] = []
  const verifies: string[] = []
  for (const f of facts) {
    if (!(f.field in after)) continue
    const from = before ? ((before[f.field] ?? null) as FactValue) : null
    if (!before || !sameFactValue(from, after[f.field]))
      changes.push({ field: f.field, from, to: after[f.field] as FactValue, file: f.file, path: f.path, said: f.said })
    else if (!prior.some((p) => p.field === f.field && p.evidenceCurrent && sameFactValue(p.value, f.value)))
      verifies.push(f.field)
  }
  return { changes, verifies }
}

function planKey(kf: KeyFacts, existing: ExistingKey | undefined, prior: ExistingFact[]): PlannedKey | string {
  const facts = kf.facts
  const imported = Object.fromEntries(
    facts.filter((f) => (KEY_FIELDS_SET as readonly string[]).includes(f.field)).map((f) => [f.field, f.value]),
  )
  const base = existing ?? {
    service: kf.service,
    keyRef: kf.ref,
    alias: '',
    ownership: 'PROVIDER_MANAGED', // fail closed while the source does not say who manages the key
    administeredBy: '',
    rotation: 'NONE',
    rotationPeriodDays: null,
    rotationValidatedAt: null,
    disableImpact: '',
  }
  const parsed = keySchema.safeParse({ ...base, ...imported })
  if (!parsed.success) return issues(parsed.error)
  const { changes, verifies } = compare(facts, existing ?? null, parsed.data, prior)
  return {
    action: !existing ? 'add' : changes.length ? 'change' : 'same',
    ref: existing?.keyRef ?? kf.ref,
    name: parsed.data.alias || parsed.data.keyRef,
    id: existing?.id ?? null,
    version: existing?.version ?? null,
    data: parsed.data,
    changes,
    verifies,
    facts,
    files: kf.files,
  }
}

function planLocation(
  lf: LocationFacts,
  existing: ExistingLocation | undefined,
  keyRefOf: (importedRef: string) => string | undefined,
  existingKeyRef: (keyId: string | null) => string | null,
  prior: ExistingFact[],
): PlannedLocation | string {
  const target = lf.keyRef ? keyRefOf(lf.keyRef) : undefined
  const facts = [...lf.facts]
  if (target && lf.keyRefAt) facts.push({ field: 'keyRef', value: target, ...lf.keyRefAt, said: lf.keyRef! })
  const base = existing ?? {
    kind: lf.kind,
    name: lf.name,
    resourceRef: lf.ref,
    cloudAccountId: null,
    region: lf.region,
    holds: lf.holds,
    notes: '',
  }
  const imported = Object.fromEntries(facts.filter((f) => f.field === 'encryption').map((f) => [f.field, f.value]))
  const parsed = locationFieldsSchema.safeParse({ encryption: lf.encryption, ...base, ...imported, keyId: null })
  if (!parsed.success) return issues(parsed.error)
  const { keyId: _none, ...fields } = parsed.data
  const data = { ...fields, keyRef: target ?? existingKeyRef(existing?.keyId ?? null) }
  const before = existing ? { ...existing, keyRef: existingKeyRef(existing.keyId) } : null
  const asRefs = prior.map((p) =>
    p.field === 'keyId' ? { ...p, field: 'keyRef', value: existingKeyRef(p.value as string | null) } : p,
  )
  const { changes, verifies } = compare(facts, before, data, asRefs)
  return {
    action: !existing ? 'add' : changes.length ? 'change' : 'same',
    ref: lf.ref,
    name: existing?.name ?? lf.name,
    id: existing?.id ?? null,
    version: existing?.version ?? null,
    data,
    changes,
    verifies,
    facts,
    files: lf.files,
  }
}

/** The rows an import adds, changes or leaves; `priorFacts` are the review's stored facts with their sources' state. */
export function planRows(
  imported: { locations: LocationFacts[]; keys: KeyFacts[]; principals: PrincipalFacts[] },
  review: { locations: ExistingLocation[]; keys: ExistingKey[]; facts: ExistingFact[] },
): RowPlan {
  const plan: RowPlan = { keys: [], locations: [], principals: [], skipped: [] }
  const keys = new KeyMatcher(review.keys)
  const factsOf = (id: string) => factsById.get(id) ?? []
  const factsById = new Map<string, ExistingFact[]>()
  for (const f of review.facts) {
    const id = (f.locationId ?? f.keyId)!
    factsById.set(id, [...(factsById.get(id) ?? []), f])
  }
  const locationsByRef = new Map<string, ExistingLocation>()
  for (const l of review.locations) {
    const ref = l.resourceRef ? normalizeRef(l.resourceRef) : ''
    if (ref && !locationsByRef.has(ref)) locationsByRef.set(ref, l)
  }
  const refOfImported = new Map<string, string>()
  for (const kf of imported.keys) {
    const existing = keys.match(kf.ref)
    const planned = planKey(kf, existing, existing ? factsOf(existing.id) : [])
    if (typeof planned === 'string') plan.skipped.push({ ref: kf.ref, why: planned })
    else {
      plan.keys.push(planned)
      refOfImported.set(kf.ref, planned.data.keyRef)
    }
  }
  const keyRefOf = (ref: string) => refOfImported.get(ref) ?? keys.match(ref)?.keyRef
  const keyRefById = new Map(review.keys.map((k) => [k.id, k.keyRef]))
  const existingKeyRef = (id: string | null) => (id ? (keyRefById.get(id) ?? null) : null)
  for (const lf of imported.locations) {
    const existing = locationsByRef.get(lf.ref)
    const planned = planLocation(lf, existing, keyRefOf, existingKeyRef, existing ? factsOf(existing.id) : [])
    if (typeof planned === 'string') plan.skipped.push({ ref: lf.ref, why: planned })
    else plan.locations.push(planned)
  }
  const byKey = new Map<string, PrincipalFacts[]>()
  for (const p of imported.principals) {
    const keyRef = keyRefOf(p.keyRef)
    if (!keyRef)
      plan.skipped.push({ ref: `${p.keyRef} ${p.principal}`, why: 'its key is not in this import or the register' })
    else byKey.set(keyRef, [...(byKey.get(keyRef) ?? []), p])
  }
  plan.principals = [...byKey].map(([keyRef, rows]) => ({ keyRef, rows }))
  return plan
}

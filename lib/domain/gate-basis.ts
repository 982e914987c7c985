// What a gate's sign-off vouches for: the gate's "basis", as plain canonical data. A sign-off stores
// the basis and its fingerprint; when the basis computed now differs, the sign-off is stale, and
// diffBasis says what changed. Pure: the DAL loads the rows, the caller hashes.
import { CLOUD_PROVIDER_LABELS, type CloudProvider, type Gate } from './enums'
import { CLOUD_ACCOUNT_FIELDS, type CloudAccountValues } from './fields/cloud-account'
import { KEY_FIELDS, type KeyValues } from './fields/key'
import { LOCATION_FIELDS, type LocationValues } from './fields/location'
import { gateFieldsOf, type Fields, type GatedFieldOf } from './fields/spec'
import { isStructurallyEqual } from './structural-equal'

export interface BasisInput {
  review: {
    keyRequirement: string
    deploymentModel: string
    allowedJurisdictions: string[]
    regions: string[]
    templateId: string | null
  }
  requests: { id: string; gate: Gate; code: string; status: string; required: boolean }[]
  evidence: {
    id: string
    title: string
    sha256: string | null
    url: string | null
    expiresAt: Date | null
    isCurrent: boolean
    requestIds: string[]
    locationIds: string[]
    keyIds: string[]
    recordIds: string[]
  }[]
  /** Each cloud account, location and key with the fields some gate fingerprints (their declarations say which). */
  cloudAccounts?: ({ id: string } & Pick<CloudAccountValues, GatedFieldOf<typeof CLOUD_ACCOUNT_FIELDS>>)[]
  locations: ({ id: string } & Pick<LocationValues, GatedFieldOf<typeof LOCATION_FIELDS>>)[]
  keys: ({ id: string } & Pick<KeyValues, GatedFieldOf<typeof KEY_FIELDS>>)[]
  /** Current versions of the gate records; `id` is the record's first version, stable across corrections. */
  records: { id: string; gate: Gate; label: string; fields: Record<string, unknown> }[]
  /** Approved, unrevoked exceptions that are live at `now`. */
  liveExceptions: { id: string; findingCode: string; targetRef: string; gate: Gate; expiresAt: Date }[]
}

export interface GateBasis {
  gate: Gate
  scope?: BasisInput['review']
  requests: {
    code: string
    status: string
    required: boolean
    evidence: { id: string; sha256: string | null; url: string | null; expiresAt: string | null }[]
  }[]
  /** Each row's fingerprinted fields as comparable values (dates as ISO instants, sets sorted). */
  cloudAccounts?: ({ id: string; accountRef: string } & Record<string, unknown>)[]
  locations?: ({ id: string; name: string; evidence: string[] } & Record<string, unknown>)[]
  keys?: ({ id: string; keyRef: string; alias: string; evidence: string[] } & Record<string, unknown>)[]
  records: { id: string; label: string; fields: Record<string, unknown>; evidence: string[] }[]
  exceptions: { id: string; findingCode: string; targetRef: string; expiresAt: string }[]
}

/** Gates that vouch for the review's scope: the same gates that fingerprint the inventory. */
const SCOPE_GATES: readonly Gate[] = ['STORAGE_BOUNDARY', 'KEY_ADMINISTRATION']
const covers = (fields: Fields, gate: Gate) => Object.values(fields).some((f) => f.gates.includes(gate))
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export function gateBasis(input: BasisInput, gate: Gate): GateBasis {
  const current = input.evidence.filter((e) => e.isCurrent)
  const evidenceFor = (pick: (e: BasisInput['evidence'][number]) => boolean) =>
    current
      .filter(pick)
      .map((e) => ({
        id: e.id,
        sha256: e.sha256,
        url: e.url,
        expiresAt: e.expiresAt ? e.expiresAt.toISOString() : null,
      }))
      .sort(byId)
  const basis: GateBasis = {
    gate,
    requests: input.requests
      .filter((r) => r.gate === gate)
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((r) => ({
        code: r.code,
        status: r.status,
        required: r.required,
        evidence: evidenceFor((e) => e.requestIds.includes(r.id)),
      })),
    records: input.records
      .filter((r) => r.gate === gate)
      .sort(byId)
      .map((r) => ({
        id: r.id,
        label: r.label,
        fields: r.fields,
        evidence: evidenceFor((e) => e.recordIds.includes(r.id)).map((e) => e.sha256 ?? e.url ?? e.id),
      })),
    exceptions: input.liveExceptions
      .filter((x) => x.gate === gate)
      .sort(byId)
      .map((x) => ({
        id: x.id,
        findingCode: x.findingCode,
        targetRef: x.targetRef,
        expiresAt: x.expiresAt.toISOString(),
      })),
  }
  if (SCOPE_GATES.includes(gate))
    basis.scope = {
      ...input.review,
      allowedJurisdictions: [...input.review.allowedJurisdictions].sort(),
      regions: [...input.review.regions].sort(),
    }
  const evidenceIds = (pick: (e: BasisInput['evidence'][number]) => boolean) =>
    evidenceFor(pick).map((e) => e.sha256 ?? e.url ?? e.id)
  // Only when there are accounts, so reviews without any keep the fingerprints they were signed with.
  if (covers(CLOUD_ACCOUNT_FIELDS, gate) && input.cloudAccounts?.length)
    basis.cloudAccounts = [...input.cloudAccounts].sort(byId).map((a) => ({
      id: a.id,
      accountRef: a.accountRef,
      ...gateFieldsOf(CLOUD_ACCOUNT_FIELDS, gate, a),
    }))
  if (covers(LOCATION_FIELDS, gate))
    basis.locations = [...input.locations].sort(byId).map((l) => ({
      id: l.id,
      name: l.name,
      ...gateFieldsOf(LOCATION_FIELDS, gate, l),
      evidence: evidenceIds((e) => e.locationIds.includes(l.id)),
    }))
  if (covers(KEY_FIELDS, gate))
    basis.keys = [...input.keys].sort(byId).map((k) => ({
      id: k.id,
      keyRef: k.keyRef,
      alias: k.alias,
      ...gateFieldsOf(KEY_FIELDS, gate, k),
      evidence: evidenceIds((e) => e.keyIds.includes(k.id)),
    }))
  return basis
}

// A stored basis comes back from jsonb with its keys reordered: compare structure, never serialized text.
const same = isStructurallyEqual

function diffList<T extends { id?: string; code?: string }>(
  before: T[] = [],
  after: T[] = [],
  key: (x: T) => string,
  name: (x: T) => string,
  noun: string,
): string[] {
  const out: string[] = []
  const was = new Map(before.map((x) => [key(x), x]))
  const now = new Map(after.map((x) => [key(x), x]))
  for (const [k, x] of now) {
    const old = was.get(k)
    if (!old) out.push(`${noun} ${name(x)} added`)
    else if (!same(old, x)) out.push(`${noun} ${name(x)} changed`)
  }
  for (const [k, x] of was) if (!now.has(k)) out.push(`${noun} ${name(x)} removed`)
  return out
}

/** What changed between the basis a sign-off recorded and the basis now, in words. */
export function diffBasis(before: GateBasis, after: GateBasis): string[] {
  const changes: string[] = []
  if (!same(before.scope, after.scope))
    changes.push('review scope changed (key requirement, model, regions or jurisdictions)')
  for (const r of after.requests) {
    const old = before.requests.find((x) => x.code === r.code)
    if (!old) {
      changes.push(`request ${r.code} added`)
      continue
    }
    if (old.status !== r.status)
      changes.push(
        `request ${r.code} ${old.status.toLowerCase().replace('_', ' ')} → ${r.status.toLowerCase().replace('_', ' ')}`,
      )
    if (!same(old.evidence, r.evidence)) changes.push(`evidence on ${r.code} changed`)
  }
  changes.push(
    ...diffList(
      before.cloudAccounts,
      after.cloudAccounts,
      (a) => a.id,
      (a) => `“${CLOUD_PROVIDER_LABELS[a.provider as CloudProvider] ?? a.provider} ${a.accountRef}”`,
      'cloud account',
    ),
  )
  changes.push(
    ...diffList(
      before.locations,
      after.locations,
      (l) => l.id,
      (l) => `“${l.name}”`,
      'location',
    ),
  )
  changes.push(
    ...diffList(
      before.keys,
      after.keys,
      (k) => k.id,
      (k) => `“${k.alias || k.keyRef}”`,
      'key',
    ),
  )
  changes.push(
    ...diffList(
      before.records,
      after.records,
      (r) => r.id,
      (r) => `“${r.label}”`,
      'record',
    ).map((change) => change.replace(/ removed$/, ' withdrawn')), // records are never deleted, only withdrawn
  )
  for (const x of before.exceptions)
    if (!after.exceptions.some((y) => y.id === x.id))
      changes.push(`exception for ${x.findingCode} no longer live (expired or revoked)`)
  for (const x of after.exceptions)
    if (!before.exceptions.some((y) => y.id === x.id)) changes.push(`exception for ${x.findingCode} granted`)
  return changes
}

// Verified versus claimed. An imported fact verifies a field while the field's current value equals the value
// the source gave and that source is current evidence; otherwise the field is only claimed (typed by a person).
// Facts that have no column (a key's state, its deletion date) are verified while their source is current.
import type { SnapshotFactSource, SnapshotImportedFact } from './review-snapshot'

/** Location fields an import states, and key fields; the rest of an entity's facts have no column. */
export const LOCATION_FACT_FIELDS = ['encryption', 'keyId'] as const
export const KEY_FACT_FIELDS = ['service', 'alias', 'ownership', 'rotation', 'rotationPeriodDays'] as const
/** Facts only the source states. */
export const LOCATION_OBSERVED_FIELDS = ['keyChange'] as const
export const KEY_OBSERVED_FIELDS = ['state', 'deletionAt', 'materialExpiresAt'] as const

export type FactValue = string | number | boolean | null

/** One stored fact with its source, as the DAL reads it. */
export interface FactRow {
  field: string
  value: FactValue
  path: string
  said: string
  /** The source file's name. */
  source: string
  evidenceId: string
  /** The evidence is neither superseded nor expired. */
  evidenceCurrent: boolean
}

const OBSERVED = new Set<string>([...LOCATION_OBSERVED_FIELDS, ...KEY_OBSERVED_FIELDS])

export const isObservedField = (field: string) => OBSERVED.has(field)

function comparable(v: unknown): FactValue {
  if (v === undefined || v === null || v === '') return null
  if (v instanceof Date) return v.toISOString()
  return v as FactValue
}

/** Whether a column's current value is the value a source gave (dates as ISO text, empty text as none). */
export function sameFactValue(current: unknown, imported: unknown): boolean {
  return comparable(current) === comparable(imported)
}

export function isVerified(row: FactRow, current: Record<string, unknown>): boolean {
  return row.evidenceCurrent && (isObservedField(row.field) || sameFactValue(current[row.field], row.value))
}

/** The snapshot's view of an entity's facts: which fields are verified, and what current sources say. */
export function factsOf(
  rows: readonly FactRow[],
  current: Record<string, unknown>,
): { verifiedFacts: SnapshotFactSource[]; importedFacts: SnapshotImportedFact[] } {
  const live = rows.filter((r) => r.evidenceCurrent)
  return {
    verifiedFacts: live
      .filter((r) => isVerified(r, current))
      .map(({ field, source, path }) => ({ field, source, path })),
    importedFacts: live.map(({ field, source, path, value, said }) => ({ field, source, path, value, said })),
  }
}

export type FieldProvenance =
  | { status: 'verified'; source: string; path: string }
  | { status: 'differs'; source: string; path: string; said: string }

/** Per field of one entity, for screens: verified, or a current source that says otherwise; absent = claimed. */
export function fieldProvenance(
  rows: readonly FactRow[],
  current: Record<string, unknown>,
): Record<string, FieldProvenance> {
  const out: Record<string, FieldProvenance> = {}
  for (const r of rows) {
    if (!r.evidenceCurrent) continue
    out[r.field] = isVerified(r, current)
      ? { status: 'verified', source: r.source, path: r.path }
      : { status: 'differs', source: r.source, path: r.path, said: r.said }
  }
  return out
}

/** The same in words, for the report and the PDF: verified with its file and path, or claimed. */
export function factWords(fact: FieldProvenance | undefined): string {
  if (!fact) return 'claimed'
  return fact.status === 'verified'
    ? `verified (${fact.source} ${fact.path})`
    : `claimed; ${fact.source} ${fact.path} says ${fact.said || 'otherwise'}`
}

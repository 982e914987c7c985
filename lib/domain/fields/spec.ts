// An entity's editable fields, each declared once: its label, CSV column, zod rule, form control, and which
// derived views it belongs to (gate basis, re-review diff, rules snapshot). Schemas, selects, CSV columns and
// field lists are computed from these declarations, so a new field is one entry here (plus its column).
import { z } from 'zod'
import type { Gate } from '../enums'

export type FieldInput = 'text' | 'textarea' | 'select' | 'checkboxes' | 'checkbox' | 'number' | 'date' | 'reference'

export interface FieldSpec<S extends z.ZodType = z.ZodType> {
  label: string
  schema: S
  input: FieldInput
  /** Choices of a select or checkbox group: value → label. */
  options?: Readonly<Record<string, string>>
  hint?: string
  placeholder?: string
  /** Longest accepted text, given to the input as `maxLength`. */
  maxLength?: number
  /** Column in the CSV format; absent when the field is not exchanged as CSV. */
  csv?: string
  /** Gates whose sign-off fingerprint covers this field: a change to it makes their sign-offs stale. */
  gates: readonly Gate[]
  /** Compared by the re-review diff against the last approved review. */
  diff: boolean
  /** Read by the rules engine (part of the review snapshot). */
  snapshot: boolean
  /** A set of values: compared and fingerprinted without regard to order. */
  isSet?: boolean
  /** Long free text that list views (the workspace) do not load. */
  isLongText?: boolean
  /**
   * Written only by a workflow (an exclusion a security reviewer accepts), never by a form, CSV import or edit:
   * left out of the entity's input schema, still part of the snapshot, basis, diff and CSV export.
   */
  workflow?: boolean
}

export type Fields = Record<string, FieldSpec>

/** Declares an entity's fields, keeping their literal types. */
export const defineFields = <const F extends Fields>(fields: F) => fields

/** The values of an entity's editable fields, as their zod rules produce them. */
export type FieldValues<F extends Fields> = { [K in keyof F]: z.output<F[K]['schema']> }

/** The names of the fields that declare a CSV column, and the columns. */
export type CsvFieldOf<F extends Fields> = { [K in keyof F]: F[K] extends { csv: string } ? K : never }[keyof F] &
  string
export type CsvColumnOf<F extends Fields> = {
  [K in keyof F]: F[K] extends { csv: infer C extends string } ? C : never
}[keyof F]

/** The names of the fields whose boolean `flag` is true (e.g. `'snapshot'`). */
export type FlaggedFieldOf<F extends Fields, Flag extends 'snapshot' | 'diff'> = {
  [K in keyof F]: F[K] extends Record<Flag, true> ? K : never
}[keyof F] &
  string

/** Fields some gate fingerprints, and fields list views load (all but long text). */
export type GatedFieldOf<F extends Fields> = {
  [K in keyof F]: F[K] extends { gates: readonly [] } ? never : K
}[keyof F] &
  string
export type ListFieldOf<F extends Fields> = { [K in keyof F]: F[K] extends { isLongText: true } ? never : K }[keyof F] &
  string

export const fieldNames = <F extends Fields>(fields: F) => Object.keys(fields) as (keyof F & string)[]

/** The names of the fields for which `pick` holds, in declaration order. */
export function fieldsWhere<F extends Fields>(fields: F, pick: (spec: FieldSpec, name: string) => boolean) {
  return fieldNames(fields).filter((name) => pick(fields[name], name))
}

/** The names of the fields a workflow writes (see FieldSpec.workflow). */
export type WorkflowFieldOf<F extends Fields> = {
  [K in keyof F]: F[K] extends { workflow: true } ? K : never
}[keyof F] &
  string

/** The zod object of the fields a person edits: all but the workflow fields. */
export function schemaOf<F extends Fields>(fields: F) {
  const names = fieldNames(fields).filter((n) => !fields[n].workflow)
  const shape = Object.fromEntries(names.map((n) => [n, fields[n].schema])) as {
    [K in Exclude<keyof F, WorkflowFieldOf<F>>]: F[K]['schema']
  }
  return z.object(shape)
}

/** A Prisma `select` of the named fields (plus any extra keys given). */
export function selectOf<const K extends string, const X extends string = never>(
  names: readonly K[],
  extra: readonly X[] = [],
) {
  return Object.fromEntries([...extra, ...names].map((n) => [n, true])) as { [P in K | X]: true }
}

/** The given fields of a row, in declaration order. */
export function pickFields<T extends object, K extends keyof T>(row: T, names: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>
  for (const n of names) out[n] = row[n]
  return out
}

/** A value as it is fingerprinted and compared: dates as ISO instants, sets sorted. */
export function comparableValue(spec: FieldSpec, value: unknown): unknown {
  if (value instanceof Date) return value.toISOString()
  if (spec.isSet && Array.isArray(value)) return [...value].map(String).sort()
  if (value === undefined) return null
  return value
}

/** The fields of `row` that gate `gate` covers, comparable. */
export function gateFieldsOf<F extends Fields>(fields: F, gate: Gate, row: Partial<Record<keyof F, unknown>>) {
  const out: Record<string, unknown> = {}
  for (const name of fieldNames(fields)) {
    const spec = fields[name]
    if (spec.gates.includes(gate)) out[name] = comparableValue(spec, row[name])
  }
  return out
}

/** Field names whose comparable values differ between two rows. */
export function changedFields<F extends Fields>(fields: F, names: readonly (keyof F & string)[], a: object, b: object) {
  const av = a as Record<string, unknown>
  const bv = b as Record<string, unknown>
  return names.filter(
    (n) => JSON.stringify(comparableValue(fields[n], av[n])) !== JSON.stringify(comparableValue(fields[n], bv[n])),
  )
}

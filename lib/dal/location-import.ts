import 'server-only'
// CSV import of a review's storage locations: every row is validated first, and the file is written all or nothing.
import { z } from 'zod'
import type { Tx } from '@/lib/db'
import { AppError, conflict } from '@/lib/errors'
import { LOCATION_CSV_FIELDS, parseLocationCsv, type ParsedCsvRow } from '@/lib/domain/location-csv'
import { MAX_CSV_BYTES, MAX_CSV_ROWS, NOT_CSV_TEXT_MESSAGE, csvSizeProblem } from '@/lib/domain/csv-limits'
import { assertCan, type Actor } from './actor'
import { withReviewChange } from './review-change'
import { parseInput } from './validate'
import { humanIssue } from './human-issue'
import { locationFieldsSchema } from './schemas/inventory'
import { LOCATION_FIELDS, LOCATION_WORKFLOW_FIELDS } from '@/lib/domain/fields/location'
import { selectOf, type FieldSpec } from '@/lib/domain/fields/spec'

export interface CsvRowError {
  line: number
  messages: string[]
}
export type LocationImportResult =
  { ok: true; created: number; updated: number; unchanged: number } | { ok: false; rowErrors: CsvRowError[] }

const CREATE_BATCH = 1000

/** Rows that failed validation: the transaction rolls back (nothing was written) and the caller gets the list. */
class RowErrors extends Error {
  constructor(readonly rows: CsvRowError[]) {
    super('CSV rows failed validation')
  }
}
const importInputSchema = z.object({ reviewId: z.string().min(1), csv: z.string() })

type LocationFields = z.output<typeof locationFieldsSchema>
type Scope = { inScope: boolean; exclusionReason: string | null }
type Existing = Omit<LocationFields, 'cloudAccountId'> & Scope & { id: string; version: number }
type ValidRow = { line: number; id: string | null; data: Omit<LocationFields, 'cloudAccountId'> }

const WORKFLOW = new Set<string>(LOCATION_WORKFLOW_FIELDS)
const CSV_FIELDS = LOCATION_CSV_FIELDS.filter((c) => c.field !== 'keyId' && !WORKFLOW.has(c.field))
const SCOPE_COLUMNS = LOCATION_CSV_FIELDS.filter((c) => WORKFLOW.has(c.field))
const NEW_SCOPE: Scope = { inScope: true, exclusionReason: null }
const SCOPE_MESSAGE =
  'a location leaves scope only through an exclusion a security reviewer accepts: propose it in the inventory, ' +
  'and export again to get the current scope.'
const COLUMN_OF_FIELD: Record<string, string> = Object.fromEntries(CSV_FIELDS.map((c) => [c.field, c.column]))
const EXISTING_SELECT = selectOf(
  LOCATION_CSV_FIELDS.map((c) => c.field),
  ['id', 'version'],
)

function parseYesNo(column: string, raw: string): boolean | undefined | string {
  const v = raw.trim().toLowerCase()
  if (v === '') return undefined
  if (['yes', 'y', 'true', '1'].includes(v)) return true
  if (['no', 'n', 'false', '0'].includes(v)) return false
  return `${column} must be yes or no, not "${raw.trim()}".`
}

/**
 * Validates one row against the current database state. Columns missing from the file keep the
 * existing row's value on an update and take the schema's default on a new row.
 */
function validateRow(
  row: ParsedCsvRow,
  existingById: Map<string, Existing>,
  keyIdByRef: Map<string, string>,
  firstLineOfId: Map<string, number>,
): ValidRow | CsvRowError {
  const { line, values } = row
  if (row.error) return { line, messages: [row.error] }
  const messages: string[] = []
  const id = values.id?.trim() || null
  let existing: Existing | undefined
  if (id) {
    const first = firstLineOfId.get(id)
    if (first !== undefined)
      messages.push(`Location ${id} appears more than once in the file (first on line ${first}).`)
    else firstLineOfId.set(id, line)
    existing = existingById.get(id)
    const version = values.version?.trim() ?? ''
    if (!existing) messages.push(`Location ${id} is not in this review.`)
    else if (version === '') messages.push('version is required when id is given. Export again to get it.')
    else if (!/^\d+$/.test(version)) messages.push(`version must be a whole number, not "${version}".`)
    else if (Number(version) !== existing.version)
      messages.push('This location was changed by someone else since export — export again.')
  }
  const scope: Record<string, unknown> = existing ?? NEW_SCOPE
  const scopeChanges: string[] = []
  for (const { field, column } of SCOPE_COLUMNS) {
    const value = values[column]
    if (value === undefined) continue
    const given = field === 'inScope' ? parseYesNo(column, value) : value.trim() || null
    if (typeof given === 'string' && field === 'inScope') messages.push(given)
    else if (given !== undefined && given !== scope[field]) scopeChanges.push(column)
  }
  if (scopeChanges.length) messages.push(`${scopeChanges.join(', ')}: ${SCOPE_MESSAGE}`)
  const input: Record<string, unknown> = existing ? { ...existing } : {}
  for (const { field, column } of CSV_FIELDS) {
    const value = values[column]
    if (value === undefined) continue
    const spec: FieldSpec = LOCATION_FIELDS[field]
    if (spec.input === 'checkbox') {
      const flag = parseYesNo(column, value)
      if (typeof flag === 'string') messages.push(flag)
      input[field] = typeof flag === 'string' ? undefined : (flag ?? existing?.[field])
    } else input[field] = spec.input === 'select' ? value.trim().toUpperCase() : value
  }
  if (values.key_ref !== undefined) {
    const ref = values.key_ref.trim()
    input.keyId = ref ? (keyIdByRef.get(ref) ?? null) : null
    if (ref && !keyIdByRef.has(ref)) messages.push(`key_ref "${ref}" is not a key in this review. Add the key first.`)
  }
  const parsed = locationFieldsSchema.safeParse(input, { error: humanIssue })
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0])
      const column = COLUMN_OF_FIELD[field]
      const label = (LOCATION_FIELDS as Record<string, FieldSpec>)[field]?.label.toLowerCase()
      const named = !column || (label && issue.message.toLowerCase().includes(label.split(' ')[0]))
      messages.push(named ? issue.message : `${column}: ${issue.message}`)
    }
  }
  if (messages.length || !parsed.success) return { line, messages }
  const { cloudAccountId: _ignored, ...data } = parsed.data
  return { line, id, data }
}

const isError = (r: ValidRow | CsvRowError): r is CsvRowError => 'messages' in r

function isUnchanged(before: Existing, after: ValidRow['data']) {
  return (Object.keys(after) as (keyof ValidRow['data'])[]).every(
    (k) => JSON.stringify(before[k]) === JSON.stringify(after[k]),
  )
}

async function writeRows(
  tx: Tx,
  actor: Actor,
  reviewId: string,
  rows: ValidRow[],
  existingById: Map<string, Existing>,
) {
  const fresh = rows.filter((r) => !r.id)
  const created: { id: string }[] = []
  // Batches small enough for one statement each; otherwise Prisma splits them and runs the parts concurrently on the
  // one connection.
  for (let i = 0; i < fresh.length; i += CREATE_BATCH) {
    created.push(
      ...(await tx.storageLocation.createManyAndReturn({
        data: fresh
          .slice(i, i + CREATE_BATCH)
          .map((r) => ({ ...r.data, reviewId, organizationId: actor.organizationId })),
        select: { id: true },
      })),
    )
  }
  const updated: string[] = []
  for (const r of rows) {
    const before = r.id ? existingById.get(r.id)! : null
    if (!before || isUnchanged(before, r.data)) continue
    const { count } = await tx.storageLocation.updateMany({
      where: { id: before.id, reviewId, organizationId: actor.organizationId, version: before.version },
      data: { ...r.data, version: { increment: 1 } },
    })
    if (count !== 1)
      throw conflict(
        `Line ${r.line}: location ${before.id} was changed by someone else during the import; nothing was ` +
          `imported. Export again.`,
      )
    updated.push(before.id)
  }
  return { created: created.map((c) => c.id), updated }
}

export async function importLocationsCsv(actor: Actor, input: unknown): Promise<LocationImportResult> {
  assertCan(actor, 'inventory:edit')
  // A NUL byte means a binary file, whatever it was called: say so before the generic text checks do.
  const raw = (input as { csv?: unknown } | null)?.csv
  if (typeof raw === 'string' && raw.includes('\u0000')) throw new AppError('VALIDATION', NOT_CSV_TEXT_MESSAGE)
  const { reviewId, csv } = parseInput(importInputSchema, input)
  const sizeProblem = csvSizeProblem(Buffer.byteLength(csv, 'utf8'), MAX_CSV_BYTES)
  if (sizeProblem) throw new AppError('VALIDATION', sizeProblem)
  if (csv.includes('\u0000')) throw new AppError('VALIDATION', NOT_CSV_TEXT_MESSAGE)
  const parsed = parseLocationCsv(csv, { maxRows: MAX_CSV_ROWS })
  if ('fileError' in parsed) throw new AppError('VALIDATION', parsed.fileError)

  return withReviewChange<LocationImportResult>(
    actor,
    reviewId,
    'inventory:edit',
    async ({ tx, audit }) => {
      const scope = { reviewId, organizationId: actor.organizationId }
      const ids = [...new Set(parsed.rows.map((r) => r.values.id?.trim()).filter((id): id is string => !!id))]
      // One connection per transaction: read in turn, not in parallel.
      const existing = ids.length
        ? await tx.storageLocation.findMany({ where: { ...scope, id: { in: ids } }, select: EXISTING_SELECT })
        : []
      const keys = await tx.key.findMany({ where: scope, select: { id: true, keyRef: true } })
      const existingById = new Map(existing.map((l) => [l.id, l as Existing]))
      const keyIdByRef = new Map(keys.map((k) => [k.keyRef, k.id]))
      const firstLineOfId = new Map<string, number>()
      const results = parsed.rows.map((row) => validateRow(row, existingById, keyIdByRef, firstLineOfId))
      const rowErrors = results.filter(isError)
      if (rowErrors.length) throw new RowErrors(rowErrors)

      const valid = results as ValidRow[]
      const written = await writeRows(tx, actor, reviewId, valid, existingById)
      await audit('location.csv_imported', 'Review', reviewId, {
        reviewId,
        created: written.created,
        updated: written.updated,
        rows: valid.length,
      })
      return {
        ok: true as const,
        created: written.created.length,
        updated: written.updated.length,
        unchanged: valid.length - written.created.length - written.updated.length,
      }
    },
    { timeoutMs: 60_000 },
  ).catch((e: unknown) => {
    if (e instanceof RowErrors) return { ok: false as const, rowErrors: e.rows }
    throw e
  })
}

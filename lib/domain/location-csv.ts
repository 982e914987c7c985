// The storage-location CSV format: an RFC 4180 writer and parser with line numbers, a fixed
// column set, and a guard against spreadsheet formula injection. Values stay strings here; the DAL types them.
import { LOCATION_FIELDS, type LocationFieldName } from './fields/location'
import { fieldsWhere, type CsvColumnOf, type CsvFieldOf, type FieldSpec } from './fields/spec'
import { MAX_CSV_ROWS, count } from './csv-limits'

/** The CSV column of each location field that has one, in declaration order. */
export const LOCATION_CSV_FIELDS = fieldsWhere(LOCATION_FIELDS, (f) => !!f.csv).map((field) => ({
  field: field as CsvFieldOf<typeof LOCATION_FIELDS>,
  column: (LOCATION_FIELDS[field] as FieldSpec).csv as CsvColumnOf<typeof LOCATION_FIELDS>,
}))
export type LocationCsvColumn = 'id' | 'version' | CsvColumnOf<typeof LOCATION_FIELDS>
export const LOCATION_CSV_COLUMNS: readonly LocationCsvColumn[] = [
  'id',
  'version',
  ...LOCATION_CSV_FIELDS.map((c) => c.column),
]

/** Columns a file must have: the fields a new location cannot do without. */
export const REQUIRED_LOCATION_CSV_COLUMNS: readonly LocationCsvColumn[] = ['kind', 'name', 'encryption']

type CsvValue = string | number | boolean | null | readonly string[]
type CsvFieldName = Exclude<(typeof LOCATION_CSV_FIELDS)[number]['field'], 'keyId'>
/** One location as the inventory table shows it; what the export writes. The key is named by its reference. */
export type LocationCsvRow = { id: string; version: number; keyRef: string | null } & { [K in CsvFieldName]: CsvValue }

export interface ParsedCsvRow {
  /** Physical line (1-based, header is line 1) where the record starts. */
  line: number
  /** Only the columns present in the header, keyed by canonical column name. */
  values: Partial<Record<LocationCsvColumn, string>>
  /** Set when the record itself is malformed (wrong number of values); `values` is then unreliable. */
  error?: string
}

export type ParsedLocationCsv = { columns: LocationCsvColumn[]; rows: ParsedCsvRow[] } | { fileError: string }

// A cell a spreadsheet would run as a formula gets a leading apostrophe. A cell that already
// starts with apostrophes before such a character gets one more, so stripping one is exact.
const FORMULA_START = /^'*[=+\-@\t\r]/

function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

function unguardFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value
}

function csvCell(value: string): string {
  const guarded = guardFormula(value)
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded
}

function cellOf(field: LocationFieldName, value: CsvValue | undefined): string {
  if (value == null) return ''
  if (Array.isArray(value)) return value.join(';')
  if (LOCATION_FIELDS[field].input === 'checkbox') return value ? 'yes' : 'no'
  return String(value)
}

function rowCells(row: LocationCsvRow): Record<LocationCsvColumn, string> {
  const cells: Record<string, string> = { id: row.id, version: String(row.version) }
  for (const { field, column } of LOCATION_CSV_FIELDS)
    cells[column] = field === 'keyId' ? (row.keyRef ?? '') : cellOf(field, row[field])
  return cells as Record<LocationCsvColumn, string>
}

/** Exactly the rows given, in that order, with a header row; CRLF line ends as RFC 4180 asks. */
export function locationsToCsv(rows: readonly LocationCsvRow[]): string {
  const lines = [LOCATION_CSV_COLUMNS.join(',')]
  for (const row of rows) {
    const cells = rowCells(row)
    lines.push(LOCATION_CSV_COLUMNS.map((c) => csvCell(cells[c])).join(','))
  }
  return lines.join('\r\n') + '\r\n'
}

type RawRecord = { line: number; fields: string[] }

/** Splits RFC 4180 text into records; tolerant of LF or CR line ends, strict about quotes. */
export function parseCsvRecords(text: string): { records: RawRecord[] } | { fileError: string } {
  const records: RawRecord[] = []
  let fields: string[] = []
  let field = ''
  let line = 1
  let recordLine = 1
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const endRecord = () => {
    fields.push(field)
    records.push({ line: recordLine, fields })
    fields = []
    field = ''
  }
  while (i < text.length) {
    const ch = text[i]
    if (ch === '"') {
      if (field !== '')
        return {
          fileError:
            `Line ${line}: a value has a quote (") inside it but does not start with one. Put the whole ` +
            `value in quotes and double the quotes inside it.`,
        }
      const startLine = line
      i++
      for (;;) {
        if (i >= text.length)
          return {
            fileError: `Line ${startLine}: a quoted value is never closed. Check for a missing closing quote (").`,
          }
        const c = text[i]
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        if (c === '\r' || c === '\n') {
          const width = c === '\r' && text[i + 1] === '\n' ? 2 : 1
          field += text.slice(i, i + width)
          i += width
          line++
          continue
        }
        field += c
        i++
      }
      const next = text[i]
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n')
        return {
          fileError:
            `Line ${line}: there is text after a closing quote ("). Put the whole value in quotes and ` +
            `double the quotes inside it.`,
        }
      continue
    }
    if (ch === ',') {
      fields.push(field)
      field = ''
      i++
      continue
    }
    if (ch === '\r' || ch === '\n') {
      endRecord()
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1
      line++
      recordLine = line
      continue
    }
    field += ch
    i++
  }
  if (field !== '' || fields.length > 0) endRecord()
  return { records }
}

const normalizeHeader = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
const isColumn = (name: string): name is LocationCsvColumn => (LOCATION_CSV_COLUMNS as readonly string[]).includes(name)
const list = (names: readonly string[]) => names.map((n) => (n === '' ? '(blank)' : n)).join(', ')

function readHeader(fields: string[]): { columns: LocationCsvColumn[] } | { fileError: string } {
  const names = fields.map(normalizeHeader)
  const unknown = names.filter((n) => !isColumn(n))
  if (unknown.length)
    return {
      fileError:
        `Unknown column${unknown.length > 1 ? 's' : ''}: ${list(unknown)}. The columns are: ` +
        `${LOCATION_CSV_COLUMNS.join(', ')}.`,
    }
  const columns = names as LocationCsvColumn[]
  const repeated = columns.filter((c, i) => columns.indexOf(c) !== i)
  if (repeated.length)
    return { fileError: `Column ${list([...new Set(repeated)])} appears more than once in the header.` }
  const missing = REQUIRED_LOCATION_CSV_COLUMNS.filter((c) => !columns.includes(c))
  if (missing.length)
    return {
      fileError:
        `Missing required column${missing.length > 1 ? 's' : ''}: ${list(missing)}. The first row must ` +
        `name the columns.`,
    }
  if (columns.includes('id') && !columns.includes('version'))
    return { fileError: 'The file has an id column but no version column. Export again to get both.' }
  return { columns }
}

/** Header row required; blank lines are skipped; each row keeps the line it starts on. */
export function parseLocationCsv(
  text: string,
  limits: { maxRows: number } = { maxRows: MAX_CSV_ROWS },
): ParsedLocationCsv {
  const parsed = parseCsvRecords(text)
  if ('fileError' in parsed) return parsed
  const records = parsed.records.filter((r) => r.fields.some((f) => f.trim() !== ''))
  if (records.length === 0)
    return { fileError: `The file is empty. Its first row must name the columns: ${LOCATION_CSV_COLUMNS.join(', ')}.` }
  const [headerRecord, ...body] = records
  const header = readHeader(headerRecord.fields)
  if ('fileError' in header) return { fileError: `Line ${headerRecord.line}: ${header.fileError}` }
  if (body.length === 0) return { fileError: 'The file has a header row but no locations.' }
  if (body.length > limits.maxRows)
    return {
      fileError:
        `The file has ${count(body.length)} rows; the limit is ${count(limits.maxRows)}. Split it into ` +
        `smaller files.`,
    }
  const { columns } = header
  const rows = body.map(({ line, fields }): ParsedCsvRow => {
    const values: ParsedCsvRow['values'] = {}
    columns.forEach((c, i) => {
      values[c] = unguardFormula(fields[i] ?? '')
    })
    if (fields.length === columns.length) return { line, values }
    return {
      line,
      values,
      error:
        `This row has ${fields.length} values but the header has ${columns.length} columns. Put values that ` +
        `contain commas in quotes.`,
    }
  })
  return { columns, rows }
}

// The inventory table's search, filters, sort and page, kept in the URL and applied on the server: at 5,000
// locations the browser receives one page of rows, and the CSV export applies the same query to all of them.
import type { Encryption, LocationKind } from './enums'

/** What the query reads of a row: the inventory table's rows have this and more. */
export interface QueryableLocation {
  name: string
  resourceRef: string | null
  region: string | null
  kind: LocationKind
  encryption: Encryption
  keyId: string | null
  keyLabel: string | null
  scopeState: 'IN_SCOPE' | 'PROPOSED' | 'EXCLUDED'
  blockers: number
  cmkSupported: string | null
}

export const LOCATION_PAGE_SIZE = 50
export const LOCATION_FILTER_COLUMNS = ['scope', 'encryption', 'kind', 'keyFilter'] as const
export const LOCATION_SORT_COLUMNS = [
  'blockers',
  'name',
  'kind',
  'region',
  'encryption',
  'keyFilter',
  'scope',
  'cmkSupported',
] as const
type FilterColumn = (typeof LOCATION_FILTER_COLUMNS)[number]
type SortColumn = (typeof LOCATION_SORT_COLUMNS)[number]

export interface LocationQuery {
  search: string
  filters: Partial<Record<FilterColumn, string>>
  sort: { id: SortColumn; desc: boolean } | null
  /** Zero-based. */
  page: number
}

// Links from "your next steps" open the table pre-filtered (?filter=no-key).
const FILTER_PRESETS: Record<string, Partial<Record<FilterColumn, string>>> = {
  'exclusion-proposed': { scope: 'PROPOSED' },
  'no-key': { scope: 'IN_SCOPE', keyFilter: 'NONE' },
  unencrypted: { encryption: 'NONE' },
  'unknown-encryption': { encryption: 'UNKNOWN' },
}

type Params = Record<string, string | string[] | undefined>
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? ''

export function parseLocationQuery(params: Params): LocationQuery {
  const filters: LocationQuery['filters'] = { ...FILTER_PRESETS[one(params.filter)] }
  for (const column of LOCATION_FILTER_COLUMNS) {
    const value = one(params[column]).slice(0, 200)
    if (value) filters[column] = value
  }
  const sortId = one(params.sort) as SortColumn
  const page = Number.parseInt(one(params.page), 10)
  return {
    search: one(params.q).slice(0, 200),
    filters,
    sort: LOCATION_SORT_COLUMNS.includes(sortId) ? { id: sortId, desc: one(params.dir) === 'desc' } : null,
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
  }
}

/** The query as URL parameters (page one-based; defaults left out), for links and the export. */
export function locationQueryParams(query: LocationQuery, { withPage = true } = {}): URLSearchParams {
  const out = new URLSearchParams()
  if (query.search) out.set('q', query.search)
  for (const column of LOCATION_FILTER_COLUMNS) if (query.filters[column]) out.set(column, query.filters[column]!)
  if (query.sort) {
    out.set('sort', query.sort.id)
    if (query.sort.desc) out.set('dir', 'desc')
  }
  if (withPage && query.page > 0) out.set('page', String(query.page + 1))
  return out
}

const filterValue = (row: QueryableLocation, column: FilterColumn | SortColumn): string | number | null => {
  if (column === 'scope') return row.scopeState
  if (column === 'keyFilter') return row.keyId ?? 'NONE'
  return row[column]
}
const sortValue = (row: QueryableLocation, column: SortColumn): string | number => {
  if (column === 'keyFilter') return row.keyLabel ?? ''
  const v = filterValue(row, column)
  return typeof v === 'number' ? v : v == null ? '' : String(v)
}
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

// As the DataTable's client search does: trimmed, case-insensitive, inner whitespace collapsed.
const normalize = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase()

/** Every row the search and filters keep, in the query's order (the export), and the page of them to show. */
export function applyLocationQuery<R extends QueryableLocation>(
  rows: readonly R[],
  query: LocationQuery,
  pageSize = LOCATION_PAGE_SIZE,
) {
  const search = normalize(query.search)
  const matching = rows.filter(
    (row) =>
      LOCATION_FILTER_COLUMNS.every((c) => !query.filters[c] || String(filterValue(row, c)) === query.filters[c]) &&
      (!search ||
        [row.name, row.resourceRef, row.region, row.keyLabel, row.kind, row.encryption].some(
          (v) => v != null && normalize(v).includes(search),
        )),
  )
  if (query.sort) {
    const { id, desc } = query.sort
    matching.sort((a, b) => {
      const x = sortValue(a, id)
      const y = sortValue(b, id)
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y))
      return desc ? -order : order
    })
  }
  const pageCount = Math.max(1, Math.ceil(matching.length / pageSize))
  const page = Math.min(query.page, pageCount - 1)
  return { matching, page, pageCount, pageRows: matching.slice(page * pageSize, (page + 1) * pageSize) }
}

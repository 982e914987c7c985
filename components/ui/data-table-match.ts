// Pure matchers behind DataTable's filter selects and search box (no React, no table instance).

/** Normalises what the user typed: trimmed, lower-case, inner whitespace collapsed. '' means "no search". */
export function normalizeSearch(query: unknown): string {
  return typeof query === 'string' ? query.trim().replace(/\s+/g, ' ').toLowerCase() : ''
}

/** Text a cell value contributes to search: strings, numbers, booleans, dates (ISO), arrays of those. */
function searchText(value: unknown): string[] {
  if (value == null) return []
  if (Array.isArray(value)) return value.flatMap(searchText)
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? [] : [value.toISOString()]
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'bigint'
  ) {
    return [String(value).replace(/\s+/g, ' ').toLowerCase()]
  }
  return []
}

/** Case-insensitive substring match of one cell value against a (raw or normalised) query. */
export function matchesSearch(value: unknown, query: unknown): boolean {
  const q = normalizeSearch(query)
  if (q === '') return true
  return searchText(value).some((text) => text.includes(q))
}

/**
 * Exact match for a filter select. '' / null / undefined mean "all". Compared as strings, so a
 * select value "3" matches the number 3 and "true" matches true. An array cell matches when
 * any of its items matches.
 */
export function matchesFilter(value: unknown, filterValue: unknown): boolean {
  if (filterValue == null || filterValue === '') return true
  const wanted = String(filterValue)
  const items = Array.isArray(value) ? value : [value]
  return items.some((item) => item != null && String(item) === wanted)
}

import { describe, expect, it } from 'vitest'
import { constructTable, createColumnHelper, tableFeatures } from '@tanstack/table-core'
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings'
import { matchesFilter, matchesSearch, normalizeSearch } from '@/components/ui/data-table-match'
import { dataTableFeatures } from '@/components/ui/data-table-features'

describe('matchesFilter', () => {
  it.each<[unknown, unknown, boolean]>([
    ['ACTIVE', '', true],
    ['ACTIVE', undefined, true],
    [null, '', true],
    ['ACTIVE', 'ACTIVE', true],
    ['ACTIVE', 'active', false],
    ['ACTIVE_OLD', 'ACTIVE', false],
    [3, '3', true],
    [true, 'true', true],
    [null, 'x', false],
    [undefined, 'x', false],
    [['RECORDS', 'OFFSETS'], 'OFFSETS', true],
    [['RECORDS', 'OFFSETS'], 'OFF', false],
    [[], 'OFFSETS', false],
  ])('%j against %j is %s', (value, filter, expected) => {
    expect(matchesFilter(value, filter)).toBe(expected)
  })
})

describe('matchesSearch', () => {
  it.each<[unknown, unknown, boolean]>([
    ['Broker segments', '', true],
    ['Broker segments', '   ', true],
    ['Broker segments', 'SEG', true],
    ['Broker  segments', 'broker segments', true],
    ['Broker segments', ' broker ', true],
    ['Broker segments', 'tiered', false],
    [42, '4', true],
    [null, 'x', false],
    [{ name: 'x' }, 'x', false],
    [['kms', 'Vault'], 'vau', true],
    [new Date('2026-03-01T00:00:00Z'), '2026-03', true],
  ])('%j for %j is %s', (value, query, expected) => {
    expect(matchesSearch(value, query)).toBe(expected)
  })

  it('normalises queries once', () => {
    expect(normalizeSearch('  Tiered   Storage ')).toBe('tiered storage')
    expect(normalizeSearch(undefined)).toBe('')
  })
})

type Loc = { id: string; name: string; holds: string[]; size: number }
// The React adapter supplies reactivity; in node we add the store bindings to the same feature set.
const features = tableFeatures({ ...dataTableFeatures, coreReactivityFeature: storeReactivityBindings() })
const helper = createColumnHelper<typeof features, Loc>()
const columns = helper.columns([
  helper.accessor('name', { header: 'Name' }),
  helper.accessor('holds', { header: 'Holds' }),
  helper.accessor('size', { header: 'Size' }),
])
const data: Loc[] = Array.from({ length: 120 }, (_, i) => ({
  id: `loc-${i}`,
  name: `Location ${i}`,
  holds: i % 3 === 0 ? ['RECORDS', 'OFFSETS'] : ['LOGS'],
  size: i,
}))

function makeTable() {
  return constructTable({
    features,
    columns,
    data,
    getRowId: (row) => row.id,
    defaultColumn: { filterFn: 'exact' },
    globalFilterFn: 'search',
    getColumnCanGlobalFilter: () => true,
    initialState: { pagination: { pageIndex: 0, pageSize: 50 } },
  })
}

describe('dataTableFeatures pipeline', () => {
  it('filters array cells by inclusion, searches, sorts and paginates', () => {
    const table = makeTable()
    expect(table.getPageCount()).toBe(3)
    table.getColumn('holds')?.setFilterValue('OFFSETS')
    expect(table.getPrePaginatedRowModel().rows).toHaveLength(40)
    table.setGlobalFilter('location 9')
    expect(table.getPrePaginatedRowModel().rows.map((r) => r.id)).toEqual([
      'loc-9',
      'loc-90',
      'loc-93',
      'loc-96',
      'loc-99',
    ])
    table.setSorting([{ id: 'size', desc: true }])
    expect(table.getRowModel().rows[0]?.id).toBe('loc-99')
    table.getColumn('holds')?.setFilterValue('')
    expect(table.atoms.columnFilters.get()).toEqual([])
  })
})

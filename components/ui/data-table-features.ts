// The TanStack Table v9 feature set DataTable is built on. Column definitions must be typed
// against exactly this set (v9 types are invariant in it), so build them with
// createDataTableColumnHelper<Row>() or annotate them as DataTableColumn<Row>[].
import {
  columnFilteringFeature,
  constructFilterFn,
  createColumnHelper,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  metaHelper,
  rowPaginationFeature,
  rowSelectionFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  sortFn_text,
  tableFeatures,
  type ColumnDef,
  type RowData,
} from '@tanstack/react-table'
import { matchesFilter, matchesSearch, normalizeSearch } from './data-table-match'

/** Optional per-column presentation, set through a column def's `meta`. */
export type DataTableColumnMeta = {
  /** 'end' right-aligns header and cells (numbers, counts). */
  align?: 'start' | 'end'
  /** Extra classes for the column's <th> and <td>s, e.g. 'w-24 whitespace-nowrap'. */
  className?: string
}

const exactFilterFn = constructFilterFn({
  filter: (dataValue: unknown, filterValue: unknown) => matchesFilter(dataValue, filterValue),
  autoRemove: (filterValue: unknown) => filterValue == null || filterValue === '',
})

const searchFilterFn = constructFilterFn({
  filter: (dataValue: unknown, query: string) => matchesSearch(dataValue, query),
  resolveFilterValue: normalizeSearch,
  autoRemove: (query: unknown) => normalizeSearch(query) === '',
})

export const dataTableFeatures = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  rowSortingFeature,
  rowPaginationFeature,
  rowSelectionFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  filterFns: { exact: exactFilterFn, search: searchFilterFn },
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, datetime: sortFn_datetime, basic: sortFn_basic },
  columnMeta: metaHelper<DataTableColumnMeta>(),
})

export type DataTableFeatures = typeof dataTableFeatures

/** One column definition for DataTable<TRow>. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns of one table hold values of many types
export type DataTableColumn<TRow extends RowData> = ColumnDef<DataTableFeatures, TRow, any>

/** v9 column helper bound to DataTable's features; keeps each accessor's value type. */
export function createDataTableColumnHelper<TRow extends RowData>() {
  return createColumnHelper<DataTableFeatures, TRow>()
}

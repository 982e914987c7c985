'use client'
// A dense, accessible client table on TanStack Table v9: sortable headers, search, exact-match
// filter selects, client pagination and optional row selection for bulk actions.
// Keep `columns` stable (module scope or useMemo): v9 rebuilds its models when it changes.
import { useEffect, useEffectEvent, useId, useRef, useState, type ReactNode } from 'react'
import { useTable, type RowData, type SortingState } from '@tanstack/react-table'
import { dataTableFeatures, type DataTableColumn } from './data-table-features'
import { Checkbox, Pagination, SortButton, TableControls, ariaSort } from './data-table-parts'
import { DataTableShell } from './data-table-shell'

export {
  createDataTableColumnHelper,
  dataTableFeatures,
  type DataTableColumn,
  type DataTableColumnMeta,
  type DataTableFeatures,
} from './data-table-features'
export { matchesFilter, matchesSearch } from './data-table-match'
export type { SortingState } from '@tanstack/react-table'

export type DataTableFilter = {
  /** Id of a column in `columns` (its `id`, or its `accessorKey` when no id is given). */
  columnId: string
  label: string
  options: ReadonlyArray<{ value: string; label: string }>
}

/** What a server-side table shows: its search, filters (column id → value), sort and page. */
export type DataTableQuery = {
  search: string
  filters: Readonly<Record<string, string | undefined>>
  sort: { id: string; desc: boolean } | null
  pageIndex: number
}

export type DataTableServer = DataTableQuery & {
  /** Rows the search and filters keep, over all pages; and rows in all. */
  rowCount: number
  totalCount: number
  pageCount: number
  /** Called with the next query (search typing is debounced); the caller loads that page into `data`. */
  onChange: (next: DataTableQuery) => void
  /** Rows are on their way (`data` is empty for now): the body says so instead of "no rows match". */
  loading?: boolean
}

export type DataTableProps<TRow extends RowData> = {
  data: ReadonlyArray<TRow>
  columns: ReadonlyArray<DataTableColumn<TRow>>
  getRowId: (row: TRow) => string
  /** Names the table for assistive technology (sr-only <caption>). */
  caption?: string
  /** Shows a "Search" box (substring, case-insensitive, across accessor columns) when set. */
  searchPlaceholder?: string
  /** Labelled selects above the table; '' is "All"; exact match, or "includes" for array cells. */
  filters?: ReadonlyArray<DataTableFilter>
  /** Checkboxes per row; a function says which rows may be selected (the others show a disabled box). */
  enableRowSelection?: boolean | ((row: TRow) => boolean)
  /** Names a row in its checkbox label: "Select <label>". Defaults to the row id. */
  getRowLabel?: (row: TRow) => string
  /** Rendered above the table with the ids of selected rows that the current search/filters show. */
  toolbar?: (selectedIds: string[], clearSelection: () => void) => ReactNode
  /** Rows per page (read on mount). Default 50. */
  pageSize?: number
  /** Shown when `data` is empty. */
  emptyMessage?: ReactNode
  /** Initial state, read on mount only. */
  initialSorting?: SortingState
  initialFilters?: Readonly<Record<string, string>>
  initialSearch?: string
  /** Called with every filtered + sorted row (all pages) whenever that list changes. */
  onVisibleRowsChange?: (rows: TRow[]) => void
  /** Rows searched, filtered, sorted and paged elsewhere (the server): `data` is one page, shown as given. */
  server?: DataTableServer
}

const DEFAULT_COLUMN = { filterFn: 'exact' } as const
const canGlobalFilter = () => true

export function DataTable<TRow extends RowData>(props: DataTableProps<TRow>) {
  // A server page's rows still on their way (the first render, before hydration): the same controls, header and
  // pagination without building a TanStack table, which costs the server about a millisecond a page for no rows.
  if (props.server?.loading && props.data.length === 0) return <DataTableShell {...props} server={props.server} />
  return <LiveDataTable {...props} />
}

function LiveDataTable<TRow extends RowData>({
  data,
  columns,
  getRowId,
  caption,
  searchPlaceholder,
  filters = [],
  enableRowSelection = false,
  getRowLabel,
  toolbar,
  pageSize = 50,
  emptyMessage = 'Nothing here yet.',
  initialSorting,
  initialFilters,
  initialSearch,
  onVisibleRowsChange,
  server,
}: DataTableProps<TRow>) {
  const id = useId()
  const [typed, setTyped] = useState(server?.search ?? '')
  const searchTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(searchTimer.current), [])
  const table = useTable({
    features: dataTableFeatures,
    data,
    columns,
    getRowId,
    defaultColumn: DEFAULT_COLUMN,
    globalFilterFn: 'search',
    getColumnCanGlobalFilter: canGlobalFilter,
    enableRowSelection:
      typeof enableRowSelection === 'function' ? (row) => enableRowSelection(row.original) : enableRowSelection,
    // Inline edits replace `data`; v9's default would jump back to page 1 on every save.
    // Search, filter and sort changes reset the page explicitly below instead.
    autoResetPageIndex: false,
    initialState: {
      sorting: server ? [] : (initialSorting ?? []),
      columnFilters: Object.entries(server ? {} : (initialFilters ?? {}))
        .filter(([, value]) => value !== '')
        .map(([colId, value]) => ({ id: colId, value })),
      globalFilter: server ? '' : (initialSearch ?? ''),
      pagination: { pageIndex: 0, pageSize: server ? Number.MAX_SAFE_INTEGER : pageSize },
    },
  })

  const { pagination, columnFilters, globalFilter } = table.state
  const visibleRows = table.getPrePaginatedRowModel().rows
  const pageRows = table.getRowModel().rows
  const pageCount = table.getPageCount()
  const selectedIds = enableRowSelection !== false ? table.getFilteredSelectedRowModel().rows.map((row) => row.id) : []
  const headerGroups = table.getHeaderGroups()
  const columnCount = table.getAllLeafColumns().length + (enableRowSelection !== false ? 1 : 0)

  // Rows removed (or filtered away) after an edit can leave the page index past the end.
  useEffect(() => {
    if (pagination.pageIndex > 0 && pagination.pageIndex >= pageCount) table.setPageIndex(Math.max(pageCount - 1, 0))
  }, [pagination.pageIndex, pageCount, table])

  const lastVisible = useRef<TRow[] | null>(null)
  const emitVisibleRows = useEffectEvent((rows: TRow[]) => onVisibleRowsChange?.(rows))
  useEffect(() => {
    const rows = visibleRows.map((row) => row.original)
    const previous = lastVisible.current
    if (previous && previous.length === rows.length && previous.every((row, i) => row === rows[i])) return
    lastVisible.current = rows
    emitVisibleRows(rows)
  }, [visibleRows])

  const setSearch = (value: string) => {
    if (server) {
      setTyped(value)
      clearTimeout(searchTimer.current)
      searchTimer.current = setTimeout(() => server.onChange({ ...server, search: value, pageIndex: 0 }), 300)
      return
    }
    table.setGlobalFilter(value)
    table.setPageIndex(0)
  }
  const setFilter = (columnId: string, value: string) => {
    if (server) return server.onChange({ ...server, filters: { ...server.filters, [columnId]: value }, pageIndex: 0 })
    table.getColumn(columnId)?.setFilterValue(value)
    table.setPageIndex(0)
  }
  // Server sort cycles as the client one does: ascending, descending, none.
  const serverDir = (columnId: string) =>
    server?.sort?.id === columnId ? (server.sort.desc ? 'desc' : 'asc') : (false as const)
  const toggleServerSort = (columnId: string) => {
    if (!server) return
    const dir = serverDir(columnId)
    const sort = dir === 'asc' ? { id: columnId, desc: true } : dir === 'desc' ? null : { id: columnId, desc: false }
    server.onChange({ ...server, sort, pageIndex: 0 })
  }
  const clearSelection = () => table.resetRowSelection(true)
  const filterValue = (columnId: string) =>
    server
      ? (server.filters[columnId] ?? '')
      : String(columnFilters.find((filter) => filter.id === columnId)?.value ?? '')
  const allPageSelected = table.getIsAllPageRowsSelected()

  return (
    <div className="space-y-3">
      <TableControls
        id={id}
        searchPlaceholder={searchPlaceholder}
        search={server ? typed : String(globalFilter ?? '')}
        onSearch={setSearch}
        filters={filters}
        filterValue={filterValue}
        onFilter={setFilter}
      />
      {toolbar && <div className="flex flex-wrap items-center gap-2">{toolbar(selectedIds, clearSelection)}</div>}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-xs">
        <table className="w-full text-left text-sm text-slate-800">
          {caption && <caption className="sr-only">{caption}</caption>}
          <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium text-slate-500">
            {headerGroups.map((group, groupIndex) => (
              <tr key={group.id}>
                {enableRowSelection && groupIndex === 0 && (
                  <th scope="col" rowSpan={headerGroups.length} className="w-8 px-3 py-2">
                    <Checkbox
                      label="Select all shown rows"
                      checked={allPageSelected}
                      disabled={!pageRows.some((row) => row.getCanSelect())}
                      indeterminate={table.getIsSomePageRowsSelected() && !allPageSelected}
                      onChange={table.getToggleAllPageRowsSelectedHandler()}
                    />
                  </th>
                )}
                {group.headers.map((header) => {
                  const { column } = header
                  const meta = column.columnDef.meta
                  const canSort = !header.isPlaceholder && column.getCanSort()
                  const dir = server ? serverDir(column.id) : column.getIsSorted()
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      colSpan={header.colSpan}
                      aria-sort={canSort ? ariaSort(dir) : undefined}
                      className={
                        `px-3 py-2 font-medium whitespace-nowrap ` +
                        `${meta?.align === 'end' ? 'text-right' : ''} ${meta?.className ?? ''}`
                      }
                    >
                      {header.isPlaceholder ? null : canSort ? (
                        <SortButton
                          dir={dir}
                          align={meta?.align}
                          onClick={(event) => {
                            if (server) return toggleServerSort(column.id)
                            column.getToggleSortingHandler()?.(event)
                            table.setPageIndex(0)
                          }}
                        >
                          <table.FlexRender header={header} />
                        </SortButton>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  )
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {pageRows.length === 0 ? (
              <tr>
                <td colSpan={columnCount} className="px-3 py-8 text-center text-slate-500">
                  {server?.loading
                    ? 'Loading rows…'
                    : (server ? server.totalCount : data.length) === 0
                      ? emptyMessage
                      : 'No rows match the search or filters.'}
                </td>
              </tr>
            ) : (
              pageRows.map((row) => {
                const selected = row.getIsSelected()
                return (
                  <tr key={row.id} className={selected ? 'bg-sky-50' : 'hover:bg-slate-50'}>
                    {enableRowSelection && (
                      <td className="w-8 px-3 py-1.5">
                        <Checkbox
                          label={`Select ${getRowLabel ? getRowLabel(row.original) : row.id}`}
                          checked={selected}
                          disabled={!row.getCanSelect()}
                          onChange={row.getToggleSelectedHandler()}
                        />
                      </td>
                    )}
                    {row.getAllCells().map((cell) => {
                      const meta = cell.column.columnDef.meta
                      return (
                        <td
                          key={cell.id}
                          className={
                            `px-3 py-1.5 align-middle ` +
                            `${meta?.align === 'end' ? 'text-right tabular-nums' : ''} ${meta?.className ?? ''}`
                          }
                        >
                          <table.FlexRender cell={cell} />
                        </td>
                      )
                    })}
                  </tr>
                )
              })
            )}
          </tbody>
        </table>
      </div>
      {server ? (
        <Pagination
          pageIndex={server.pageIndex}
          pageCount={server.pageCount}
          rowCount={server.rowCount}
          totalCount={server.totalCount}
          canPrevious={server.pageIndex > 0}
          canNext={server.pageIndex + 1 < server.pageCount}
          onPrevious={() => server.onChange({ ...server, pageIndex: server.pageIndex - 1 })}
          onNext={() => server.onChange({ ...server, pageIndex: server.pageIndex + 1 })}
        />
      ) : (
        <Pagination
          pageIndex={pagination.pageIndex}
          pageCount={pageCount}
          rowCount={visibleRows.length}
          totalCount={data.length}
          canPrevious={table.getCanPreviousPage()}
          canNext={table.getCanNextPage()}
          onPrevious={() => table.previousPage()}
          onNext={() => table.nextPage()}
        />
      )}
    </div>
  )
}

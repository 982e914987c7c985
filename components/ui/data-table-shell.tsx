'use client'
// What a server-mode DataTable shows while its page of rows is on its way: the controls, the column headers and
// the pagination of the query the server applied, laid out as the live table lays them out, with no table built.
// Columns are flat here (one header row), as every server-mode table's are.
import { useId } from 'react'
import type { RowData } from '@tanstack/react-table'
import type { DataTableProps, DataTableServer } from './data-table'
import { Checkbox, Pagination, SortButton, TableControls, ariaSort } from './data-table-parts'

const ignore = () => {}

type ColumnLike = {
  id?: string
  accessorKey?: unknown
  accessorFn?: unknown
  header?: unknown
  enableSorting?: boolean
  meta?: { align?: 'start' | 'end'; className?: string }
}

export function DataTableShell<TRow extends RowData>({
  columns,
  caption,
  searchPlaceholder,
  filters = [],
  enableRowSelection = false,
  toolbar,
  server,
}: DataTableProps<TRow> & { server: DataTableServer }) {
  const id = useId()
  const defs = columns as ReadonlyArray<ColumnLike>
  return (
    <div className="space-y-3">
      <TableControls
        id={id}
        searchPlaceholder={searchPlaceholder}
        search={server.search}
        onSearch={ignore}
        filters={filters}
        filterValue={(columnId) => server.filters[columnId] ?? ''}
        onFilter={ignore}
      />
      {toolbar && <div className="flex flex-wrap items-center gap-2">{toolbar([], ignore)}</div>}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-xs">
        <table className="w-full text-left text-sm text-slate-800">
          {caption && <caption className="sr-only">{caption}</caption>}
          <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium text-slate-500">
            <tr>
              {enableRowSelection && (
                <th scope="col" className="w-8 px-3 py-2">
                  <Checkbox label="Select all shown rows" checked={false} disabled onChange={ignore} />
                </th>
              )}
              {defs.map((column, i) => {
                const columnId = column.id ?? String(column.accessorKey ?? i)
                const header = typeof column.header === 'string' ? column.header : null
                const canSort =
                  (column.accessorKey !== undefined || !!column.accessorFn) && column.enableSorting !== false
                const dir = server.sort?.id === columnId ? (server.sort.desc ? 'desc' : 'asc') : false
                return (
                  <th
                    key={columnId}
                    scope="col"
                    aria-sort={canSort ? ariaSort(dir) : undefined}
                    className={
                      `px-3 py-2 font-medium whitespace-nowrap ` +
                      `${column.meta?.align === 'end' ? 'text-right' : ''} ${column.meta?.className ?? ''}`
                    }
                  >
                    {canSort ? (
                      <SortButton dir={dir} align={column.meta?.align} onClick={ignore}>
                        {header}
                      </SortButton>
                    ) : (
                      header
                    )}
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            <tr>
              <td colSpan={defs.length + (enableRowSelection ? 1 : 0)} className="px-3 py-8 text-center text-slate-500">
                Loading rows…
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <Pagination
        pageIndex={server.pageIndex}
        pageCount={server.pageCount}
        rowCount={server.rowCount}
        totalCount={server.totalCount}
        canPrevious={server.pageIndex > 0}
        canNext={server.pageIndex + 1 < server.pageCount}
        onPrevious={ignore}
        onNext={ignore}
      />
    </div>
  )
}

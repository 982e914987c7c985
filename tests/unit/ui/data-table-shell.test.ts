// Before its rows arrive, a server-mode table renders its shell (no TanStack table built): the same controls,
// header, sort state and pagination as the live table, so nothing moves when the rows come.
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { DataTable, createDataTableColumnHelper, type DataTableServer } from '@/components/ui/data-table'

type Row = { id: string; name: string; region: string }
const col = createDataTableColumnHelper<Row>()
const columns = [
  col.accessor('name', { header: 'Location', meta: { className: 'min-w-52' } }),
  col.accessor('region', { header: 'Region', meta: { align: 'end' } }),
  col.display({ id: 'actions', header: 'Actions', cell: () => null }),
]
const server = (loading: boolean): DataTableServer => ({
  search: 'bucket',
  filters: { region: 'eu-west-1' },
  sort: { id: 'name', desc: true },
  pageIndex: 1,
  rowCount: 120,
  totalCount: 500,
  pageCount: 3,
  onChange: () => {},
  loading,
})
const render = (loading: boolean) =>
  renderToStaticMarkup(
    createElement(DataTable<Row>, {
      data: [],
      columns,
      getRowId: (r) => r.id,
      caption: 'Storage locations',
      searchPlaceholder: 'Name…',
      filters: [{ columnId: 'region', label: 'Region', options: [{ value: 'eu-west-1', label: 'eu-west-1' }] }],
      enableRowSelection: true,
      emptyMessage: 'No locations yet.',
      server: server(loading),
    }),
  )
// What may differ: React's generated ids, TanStack's explicit span="1", and the body's one message row.
const normalized = (html: string) =>
  html
    .replace(/id="[^"]+"|for="[^"]+"/g, '')
    .replace(/ (rowSpan|colSpan|rowspan|colspan)="1"/g, '')
    .replace(/<tbody.*<\/tbody>/, '<tbody/>')

describe('the server-mode table before its rows arrive', () => {
  it('shows the live table’s controls, header, sort and pagination, and says the rows are loading', () => {
    const shell = render(true)
    const live = render(false)
    expect(shell).toContain('Loading rows…')
    expect(live).toContain('No rows match the search or filters.')
    expect(normalized(shell)).toBe(normalized(live))
    expect(shell).toContain('aria-sort="descending"')
    expect(shell).toContain('value="bucket"')
    expect(shell).toContain('Page 2 of 3')
  })
})

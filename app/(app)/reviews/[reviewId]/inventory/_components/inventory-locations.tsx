'use client'
// The locations table with its query in the URL (the server applies it and sends one page), the export of
// every row that query keeps, and the CSV import.
import { useMemo, useState, useTransition } from 'react'
import { usePathname, useRouter } from 'next/navigation'
import type { DataTableQuery } from '@/components/ui/data-table'
import { buttonClass } from '@/components/ui/button'
import type { LocationKind } from '@/lib/domain/enums'
import { plural } from '@/lib/domain/plural'
import { DialogRoot, DialogTrigger, DrawerContent } from '@/components/ui/dialog'
import type { ActionState } from '@/lib/action-state'
import { fromJsonText, type JsonText } from '@/lib/json-text'
import { LocationsTable } from './locations-table'
import { LocationForm } from './location-form'
import { CsvImport } from './csv-import'
import { LOCATION_SORT_COLUMNS, locationQueryParams, type LocationQuery } from '@/lib/domain/location-query'
import type { AccountOption, KeyOption, LocationRow } from './types'

const toLocationQuery = (q: DataTableQuery): LocationQuery => ({
  search: q.search,
  filters: Object.fromEntries(Object.entries(q.filters).filter(([, v]) => v)),
  sort: q.sort && LOCATION_SORT_COLUMNS.find((c) => c === q.sort!.id) ? (q.sort as LocationQuery['sort']) : null,
  page: q.pageIndex,
})

export function InventoryLocations(props: {
  query: LocationQuery
  pageCount: number
  matchingCount: number
  totalCount: number
  kinds: LocationKind[]
  reviewId: string
  /** The page of rows, as one JSON string (see lib/json-text.ts). */
  rows: JsonText<LocationRow[]>
  keys: KeyOption[]
  accounts: AccountOption[]
  canEdit: boolean
  /** The CSV format's columns, named by the import's help text. */
  csvColumns: readonly string[]
}) {
  const router = useRouter()
  const pathname = usePathname()
  const [loading, startTransition] = useTransition()
  const { query } = props
  const rows = useMemo(() => fromJsonText(props.rows), [props.rows])
  const [adding, setAdding] = useState(false)
  const [added, setAdded] = useState<ActionState | null>(null)
  const go = (next: DataTableQuery) => {
    const qs = locationQueryParams(toLocationQuery(next)).toString()
    startTransition(() => router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false }))
  }
  const exportQuery = locationQueryParams(query, { withPage: false }).toString()
  return (
    <div className="space-y-4" aria-busy={loading}>
      <LocationsTable
        rows={rows}
        keys={props.keys}
        accounts={props.accounts}
        canEdit={props.canEdit}
        kinds={props.kinds}
        server={{
          search: query.search,
          filters: query.filters,
          sort: query.sort,
          pageIndex: query.page,
          rowCount: props.matchingCount,
          totalCount: props.totalCount,
          pageCount: props.pageCount,
          onChange: go,
        }}
      />
      <div className="flex flex-wrap items-start gap-6 border-t border-slate-100 pt-3">
        {props.canEdit && (
          // The form opens on demand, so the page does not server-render its every select for each visit.
          <DialogRoot open={adding} onOpenChange={setAdding}>
            <DialogTrigger className={buttonClass('primary', 'sm')} onClick={() => setAdded(null)}>
              Add a location
            </DialogTrigger>
            <DrawerContent title="Add a location">
              <LocationForm
                reviewId={props.reviewId}
                keys={props.keys}
                accounts={props.accounts}
                onDone={(saved) => {
                  setAdding(false)
                  if (saved) setAdded(saved)
                }}
              />
            </DrawerContent>
          </DialogRoot>
        )}
        <a
          href={`/reviews/${props.reviewId}/inventory/export${exportQuery ? `?${exportQuery}` : ''}`}
          download
          className={buttonClass('secondary', 'sm')}
        >
          Export CSV ({plural(props.matchingCount, 'row')})
        </a>
        {added?.message && (
          <p role="status" className="rounded-md bg-emerald-50 px-3 py-1 text-sm text-emerald-800">
            {added.message}
          </p>
        )}
        {props.canEdit && (
          <div className="min-w-80 flex-1">
            <CsvImport reviewId={props.reviewId} columns={props.csvColumns} />
          </div>
        )}
      </div>
    </div>
  )
}

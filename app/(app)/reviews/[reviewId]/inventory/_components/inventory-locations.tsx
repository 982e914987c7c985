'use client'
// The locations table, with what it shows kept at hand so the export is exactly that.
import { useMemo, useState } from 'react'
import { LocationsTable } from './locations-table'
import { CsvExportButton } from './csv-export-button'
import { CsvImport } from './csv-import'
import type { LocationCsvRow } from '@/lib/domain/location-csv'
import type { AccountOption, KeyOption, LocationRow } from './types'

export function InventoryLocations(props: {
  initialFilters?: Record<string, string>
  reviewId: string
  reviewTitle: string
  rows: LocationRow[]
  keys: KeyOption[]
  accounts: AccountOption[]
  canEdit: boolean
}) {
  const [visible, setVisible] = useState<LocationRow[]>(props.rows)
  const exportRows: LocationCsvRow[] = useMemo(
    () => visible.map((r) => ({ ...r, keyRef: props.keys.find((k) => k.id === r.keyId)?.keyRef ?? null })),
    [visible, props.keys],
  )
  const fileName = `${
    props.reviewTitle
      .replace(/[^\w-]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'review'
  }-locations.csv`
  return (
    <div className="space-y-4">
      <LocationsTable
        initialFilters={props.initialFilters}
        rows={props.rows}
        keys={props.keys}
        accounts={props.accounts}
        canEdit={props.canEdit}
        onVisibleRowsChange={setVisible}
      />
      <div className="flex flex-wrap items-start gap-6 border-t border-slate-100 pt-3">
        <CsvExportButton rows={exportRows} fileName={fileName} />
        {props.canEdit && (
          <div className="min-w-80 flex-1">
            <CsvImport reviewId={props.reviewId} />
          </div>
        )}
      </div>
    </div>
  )
}

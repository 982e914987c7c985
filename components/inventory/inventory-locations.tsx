'use client'
// The locations table with what it shows kept at hand for export.
import { useState } from 'react'
import { LocationsTable } from './locations-table'
import type { AccountOption, KeyOption, LocationRow } from './types'

export function InventoryLocations(props: { reviewId: string; reviewTitle: string; rows: LocationRow[]; keys: KeyOption[]; accounts: AccountOption[]; canEdit: boolean }) {
  const [, setVisible] = useState<LocationRow[]>(props.rows)
  return <LocationsTable rows={props.rows} keys={props.keys} accounts={props.accounts} canEdit={props.canEdit} onVisibleRowsChange={setVisible} />
}

'use client'
// The storage-location inventory: one server-queried page of read-only rows, bulk key assignment, and a
// drawer that edits one row (focus moves into it, and back to the row's button when it closes).
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, useTransition } from 'react'
import { useRouter } from 'next/navigation'
import { ENCRYPTIONS, ENCRYPTION_LABELS, LOCATION_KIND_LABELS, type LocationKind } from '@/lib/domain/enums'
import { DataTable, type DataTableServer } from '@/components/ui/data-table'
import { DialogRoot, DrawerContent } from '@/components/ui/dialog'
import { Button } from '@/components/ui/button'
import { assignKeyAction } from '../actions'
import type { ActionState } from '@/lib/action-state'
import { LocationForm } from './location-form'
import { ProposeExclusionForm } from './exclusion-forms'
import { locationColumns, type Row } from './location-columns'
import type { AccountOption, KeyOption, LocationRow } from './types'

// The page's rows are rendered in the browser, from the rows the server sent: server-rendering a page of them
// cost more than the rest of the page (~0.5 ms a row), and the table is interactive only after hydration anyway.
const noSubscription = () => () => {}
const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )

const cellSelect =
  'rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs focus:border-sky-600 focus:outline-none ' +
  'focus:ring-1 focus:ring-sky-600'

export function LocationsTable({
  rows,
  keys,
  accounts,
  canEdit,
  kinds,
  server,
}: {
  rows: LocationRow[]
  keys: KeyOption[]
  accounts: AccountOption[]
  canEdit: boolean
  kinds: LocationKind[]
  server: DataTableServer
}) {
  const router = useRouter()
  const hydrated = useHydrated()
  const [status, setStatus] = useState<ActionState | null>(null)
  // One drawer serves every row, so it has no trigger of its own to give focus back to: it keeps the button.
  // The form starts from `formVersion` and keeps it through refreshes (so a save over someone else's change is a
  // conflict, not an overwrite); after Reload it is `following` until the refreshed row arrives, then starts again.
  const [editing, setEditing] = useState<{
    id: string
    mode: 'edit' | 'exclude'
    opener: HTMLElement
    formVersion: number
    following: boolean
  } | null>(null)
  const [bulkKey, setBulkKey] = useState('')
  const [pending, startTransition] = useTransition()
  const data: Row[] = useMemo(
    () => rows.map((r) => ({ ...r, scope: r.scopeState, keyFilter: r.keyId ?? 'NONE' })),
    [rows],
  )
  const columns = useMemo(
    () =>
      locationColumns(canEdit, (row, mode, opener) => {
        setStatus(null)
        setEditing({ id: row.id, mode, opener, formVersion: row.version, following: false })
      }),
    [canEdit],
  )
  const filters = useMemo(
    () => [
      {
        columnId: 'scope',
        label: 'Scope',
        options: [
          { value: 'IN_SCOPE', label: 'In scope' },
          { value: 'PROPOSED', label: 'Exclusion proposed' },
          { value: 'EXCLUDED', label: 'Excluded' },
        ],
      },
      {
        columnId: 'encryption',
        label: 'Encryption',
        options: ENCRYPTIONS.map((e) => ({ value: e, label: ENCRYPTION_LABELS[e] })),
      },
      { columnId: 'kind', label: 'Kind', options: kinds.map((k) => ({ value: k, label: LOCATION_KIND_LABELS[k] })) },
      {
        columnId: 'keyFilter',
        label: 'Key',
        options: [{ value: 'NONE', label: 'No key' }, ...keys.map((k) => ({ value: k.id, label: k.label }))],
      },
    ],
    [keys, kinds],
  )

  const editingRow = editing && rows.find((r) => r.id === editing.id)
  // Reload waits for the row someone else saved: it may be here already (the refused save refreshed the page),
  // or arrive with the refresh Reload asked for. Adjusted while rendering, so the form never shows the old row.
  if (editing?.following && editingRow && editingRow.version !== editing.formVersion)
    setEditing({ ...editing, formVersion: editingRow.version, following: false })
  const reviewId = rows[0]?.reviewId
  // Focus goes back once the drawer has really closed (a save's close commits with the refreshed rows, later).
  const returnTo = useRef<HTMLElement | null>(null)
  useEffect(() => {
    if (editing || !returnTo.current) return
    if (returnTo.current.isConnected) returnTo.current.focus()
    returnTo.current = null
  }, [editing])
  const close = (saved?: ActionState) => {
    returnTo.current = editing?.opener ?? null
    setEditing(null)
    if (saved) setStatus(saved)
  }
  return (
    <div className="space-y-3">
      <div aria-live="polite">
        {status?.message && (
          <p
            role="status"
            className={
              `flex items-center gap-3 rounded-md px-3 py-2 text-sm ` +
              `${status.ok ? 'bg-emerald-50 text-emerald-800' : 'bg-red-50 text-red-800'}`
            }
          >
            {status.message}
          </p>
        )}
      </div>
      <DialogRoot open={!!editingRow} onOpenChange={(open) => !open && close()}>
        {editingRow && (
          <DrawerContent
            title={editing.mode === 'exclude' ? `Propose excluding ${editingRow.name}` : `Edit ${editingRow.name}`}
          >
            {editingRow.source && (
              <p className="mb-3 text-xs text-slate-600">
                <span className="font-medium">Template source:</span> {editingRow.source}
              </p>
            )}
            {editing.mode === 'exclude' ? (
              <ProposeExclusionForm reviewId={editingRow.reviewId} locationId={editingRow.id} onDone={() => close()} />
            ) : (
              <LocationForm
                key={`${editingRow.id}-${editing.formVersion}`}
                reviewId={editingRow.reviewId}
                location={editingRow}
                keys={keys}
                accounts={accounts}
                onDone={close}
                onReload={() => {
                  router.refresh()
                  setEditing({ ...editing, following: true })
                }}
              />
            )}
          </DrawerContent>
        )}
      </DialogRoot>
      <DataTable
        data={hydrated ? data : []}
        columns={columns}
        getRowId={(r) => r.id}
        caption="Storage locations"
        searchPlaceholder="Name, resource, region, key…"
        filters={filters}
        enableRowSelection={canEdit}
        getRowLabel={(r) => r.name}
        server={{ ...server, loading: !hydrated && data.length > 0 }}
        emptyMessage="No locations yet: add one below, import a CSV, or start the review from a template."
        toolbar={
          canEdit
            ? (selected, clear) => (
                <>
                  <label htmlFor="bulk-key" className="text-xs font-medium text-slate-700">
                    Key for selected rows
                  </label>
                  <select
                    id="bulk-key"
                    value={bulkKey}
                    onChange={(e) => setBulkKey(e.target.value)}
                    className={cellSelect}
                  >
                    <option value="">Choose a key…</option>
                    {keys.map((k) => (
                      <option key={k.id} value={k.id}>
                        {k.label}
                      </option>
                    ))}
                  </select>
                  <Button
                    size="sm"
                    disabled={!bulkKey || selected.length === 0 || pending || !reviewId}
                    onClick={() =>
                      startTransition(async () => {
                        const r = await assignKeyAction({ reviewId: reviewId!, keyId: bulkKey, locationIds: selected })
                        setStatus(r)
                        if (r.ok) clear()
                      })
                    }
                  >
                    Assign key to {selected.length} selected
                  </Button>
                </>
              )
            : undefined
        }
      />
    </div>
  )
}

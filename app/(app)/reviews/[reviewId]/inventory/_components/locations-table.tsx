'use client'
// The storage-location inventory: filters, inline encryption/key edits, bulk key assignment, row editor.
import { useMemo, useState, useTransition } from 'react'
import { useRouter } from 'next/navigation'
import {
  CMK_SUPPORT_LABELS,
  CONTROLLED_BY_LABELS,
  ENCRYPTIONS,
  ENCRYPTION_LABELS,
  HOLDS_LABELS,
  LOCATION_KINDS,
  LOCATION_KIND_LABELS,
  type CmkSupport,
} from '@/lib/domain/enums'
import { SourceStatusPill } from '@/components/review/source-status-pill'
import { DataTable, createDataTableColumnHelper } from '@/components/ui/data-table'
import { StatusPill, type Tone } from '@/components/ui/status-pill'
import { Button } from '@/components/ui/button'
import { ENCRYPTION_TONE } from '@/components/review/labels'
import { FactBadge } from '@/components/review/fact-badge'
import { KEY_CHANGE_WORDS } from '@/lib/domain/template-key-change'
import { assignKeyAction, updateLocationAction } from '../actions'
import type { ActionState } from '@/lib/action-state'
import { LOCATION_FIELDS } from '@/lib/domain/fields/location'
import { fieldNames, pickFields } from '@/lib/domain/fields/spec'
import { LocationForm } from './location-form'
import { ProposeExclusionForm } from './exclusion-forms'
import type { AccountOption, KeyOption, LocationRow } from './types'

type Row = LocationRow & { scope: LocationRow['scopeState']; keyFilter: string }
const CMK_TONE: Record<CmkSupport, Tone> = { yes: 'good', no: 'bad', partial: 'warn', unknown: 'neutral' }
const ENCRYPTION_SHORT: Record<LocationRow['encryption'], string> = {
  NONE: 'None',
  PROVIDER_MANAGED: 'Provider-managed',
  CUSTOMER_MANAGED: 'CMK',
  BYOK: 'BYOK',
  EXTERNAL: 'External (HYOK)',
  CLIENT_SIDE: 'Client-side',
  UNKNOWN: 'Unknown',
}
const cellSelect =
  'rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs focus:border-sky-600 focus:outline-none ' +
  'focus:ring-1 focus:ring-sky-600'

/** What a save sends: the row's declared fields, its identity and the version it was edited on. */
function rowPayload(row: LocationRow) {
  return { id: row.id, version: row.version, reviewId: row.reviewId, ...pickFields(row, fieldNames(LOCATION_FIELDS)) }
}

export function LocationsTable({
  rows,
  keys,
  accounts,
  canEdit,
  onVisibleRowsChange,
  initialFilters,
}: {
  initialFilters?: Record<string, string>
  rows: LocationRow[]
  keys: KeyOption[]
  accounts: AccountOption[]
  canEdit: boolean
  onVisibleRowsChange?: (rows: LocationRow[]) => void
}) {
  const router = useRouter()
  const [status, setStatus] = useState<ActionState | null>(null)
  const [resetTick, setResetTick] = useState(0)
  const [editing, setEditing] = useState<{ id: string; exclude: boolean } | null>(null)
  const [bulkKey, setBulkKey] = useState('')
  const [pending, startTransition] = useTransition()
  const data: Row[] = useMemo(
    () => rows.map((r) => ({ ...r, scope: r.scopeState, keyFilter: r.keyId ?? 'NONE' })),
    [rows],
  )

  const run = (fn: () => Promise<ActionState>) =>
    startTransition(async () => {
      const result = await fn()
      setStatus(result)
      if (!result.ok) setResetTick((t) => t + 1)
    })
  const saveInline = (row: LocationRow, patch: Partial<LocationRow>) =>
    run(() => updateLocationAction({ ...rowPayload(row), ...patch }))

  const columns = useMemo(() => {
    const col = createDataTableColumnHelper<Row>()
    return [
      col.accessor('blockers', {
        header: 'Findings',
        cell: (c) => {
          const r = c.row.original
          if (!r.blockers && !r.warnings) return <StatusPill tone="good">OK</StatusPill>
          return (
            <span className="flex flex-wrap gap-0.5">
              {r.blockers > 0 && (
                <StatusPill tone="bad">
                  {r.blockers} blocker{r.blockers > 1 ? 's' : ''}
                </StatusPill>
              )}
              {r.warnings > 0 && <StatusPill tone="warn">{r.warnings} warn.</StatusPill>}
            </span>
          )
        },
      }),
      col.accessor('name', {
        header: 'Location',
        meta: { className: 'min-w-52' },
        cell: (c) => {
          const r = c.row.original
          return (
            <span>
              <span className="font-medium">{r.name}</span>
              {r.resourceRef && (
                <span className="block max-w-64 truncate font-mono text-[11px] text-slate-500">{r.resourceRef}</span>
              )}
              <span className="block text-[11px] text-slate-500">
                Holds: {r.holds.map((h) => HOLDS_LABELS[h]).join(', ') || '—'}
              </span>
              {r.keyChange && r.keyChange.mode !== 'UNKNOWN' && (
                <span
                  className="block text-[11px] text-slate-500"
                  title={`${r.keyChange.note} (${r.keyChange.source})`}
                >
                  {KEY_CHANGE_WORDS[r.keyChange.mode]}
                </span>
              )}
              {canEdit && (
                <span className="mt-0.5 flex gap-2 text-xs">
                  <button
                    type="button"
                    className="text-sky-800 hover:underline"
                    aria-label={`Edit ${r.name}`}
                    onClick={() => setEditing({ id: r.id, exclude: false })}
                  >
                    Edit
                  </button>
                  {r.scopeState === 'IN_SCOPE' && (
                    <button
                      type="button"
                      className="text-sky-800 hover:underline"
                      aria-label={`Propose excluding ${r.name}`}
                      onClick={() => setEditing({ id: r.id, exclude: true })}
                    >
                      Propose exclusion
                    </button>
                  )}
                </span>
              )}
            </span>
          )
        },
      }),
      col.accessor('kind', {
        header: 'Kind',
        cell: (c) => {
          const by = c.row.original.controlledBy
          return (
            <span>
              {LOCATION_KIND_LABELS[c.getValue()]}
              {by && (
                <span className="mt-0.5 block">
                  <StatusPill tone={by === 'CUSTOMER' ? 'good' : 'warn'}>
                    Controlled by {CONTROLLED_BY_LABELS[by].toLowerCase()}
                  </StatusPill>
                </span>
              )}
            </span>
          )
        },
      }),
      col.accessor('region', {
        header: 'Region',
        cell: (c) => c.getValue() ?? <span className="text-slate-500">—</span>,
      }),
      col.accessor('encryption', {
        header: 'Encryption',
        cell: (c) => (
          <span className="flex flex-col items-start gap-0.5">
            {canEdit ? (
              <select
                key={`${c.row.id}-${c.row.original.version}-${resetTick}`}
                aria-label={`Encryption of ${c.row.original.name}`}
                defaultValue={c.getValue()}
                className={cellSelect}
                onChange={(e) =>
                  saveInline(c.row.original, { encryption: e.target.value as LocationRow['encryption'] })
                }
              >
                {ENCRYPTIONS.map((e) => (
                  <option key={e} value={e}>
                    {ENCRYPTION_SHORT[e]}
                  </option>
                ))}
              </select>
            ) : (
              <StatusPill tone={ENCRYPTION_TONE[c.getValue()]}>{ENCRYPTION_LABELS[c.getValue()]}</StatusPill>
            )}
            <FactBadge fact={c.row.original.provenance.encryption} />
          </span>
        ),
      }),
      col.accessor('keyFilter', {
        header: 'Key',
        cell: (c) => (
          <span className="flex flex-col items-start gap-0.5">
            {canEdit ? (
              <select
                key={`${c.row.id}-${c.row.original.version}-${resetTick}`}
                aria-label={`Key of ${c.row.original.name}`}
                defaultValue={c.row.original.keyId ?? ''}
                className={`${cellSelect} max-w-44`}
                onChange={(e) => saveInline(c.row.original, { keyId: e.target.value || null })}
              >
                <option value="">No key</option>
                {keys.map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.label}
                  </option>
                ))}
              </select>
            ) : (
              (c.row.original.keyLabel ?? <span className="text-slate-500">No key</span>)
            )}
            {c.row.original.keyId && <FactBadge fact={c.row.original.provenance.keyId} />}
          </span>
        ),
      }),
      col.accessor('scope', {
        header: 'Scope',
        meta: { className: 'whitespace-nowrap' },
        cell: (c) =>
          c.getValue() === 'IN_SCOPE' ? (
            <StatusPill tone="info">In scope</StatusPill>
          ) : c.getValue() === 'PROPOSED' ? (
            <span title="A security reviewer has not accepted the exclusion yet, so the location still counts">
              <StatusPill tone="info">In scope</StatusPill>
              <span className="mt-0.5 block text-[11px] font-medium text-amber-800">Exclusion proposed</span>
            </span>
          ) : (
            <span title={c.row.original.exclusionReason ?? ''}>
              <StatusPill>Excluded</StatusPill>
            </span>
          ),
      }),
      col.accessor('cmkSupported', {
        header: 'CMK (template)',
        cell: (c) => {
          const v = c.getValue()
          const status = c.row.original.cmkStatus
          return v ? (
            <span className="flex flex-wrap gap-0.5">
              <StatusPill tone={CMK_TONE[v]}>{CMK_SUPPORT_LABELS[v]}</StatusPill>
              {status && <SourceStatusPill status={status} />}
            </span>
          ) : (
            <span className="text-slate-500">—</span>
          )
        },
      }),
    ]
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [canEdit, keys, resetTick])

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
      {
        columnId: 'kind',
        label: 'Kind',
        options: LOCATION_KINDS.filter((k) => rows.some((r) => r.kind === k)).map((k) => ({
          value: k,
          label: LOCATION_KIND_LABELS[k],
        })),
      },
      {
        columnId: 'keyFilter',
        label: 'Key',
        options: [{ value: 'NONE', label: 'No key' }, ...keys.map((k) => ({ value: k.id, label: k.label }))],
      },
    ],
    [keys, rows],
  )

  const editingRow = editing && rows.find((r) => r.id === editing.id)
  const reviewId = rows[0]?.reviewId
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
            {status.code === 'CONFLICT' && (
              <Button
                size="sm"
                variant="secondary"
                onClick={() => {
                  setStatus(null)
                  router.refresh()
                }}
              >
                Reload
              </Button>
            )}
          </p>
        )}
      </div>
      {editingRow && (
        <div className="rounded-lg border border-sky-200 bg-sky-50/40 p-4">
          <h3 className="mb-2 text-sm font-semibold">
            {editing.exclude ? `Propose excluding ${editingRow.name}` : `Edit ${editingRow.name}`}
          </h3>
          {editingRow.source && (
            <p className="mb-2 text-xs text-slate-600">
              <span className="font-medium">Template source:</span> {editingRow.source}
            </p>
          )}
          {editing.exclude ? (
            <ProposeExclusionForm
              reviewId={editingRow.reviewId}
              locationId={editingRow.id}
              onDone={() => setEditing(null)}
            />
          ) : (
            <LocationForm
              key={`${editingRow.id}-${editingRow.version}`}
              reviewId={editingRow.reviewId}
              location={editingRow}
              keys={keys}
              accounts={accounts}
              onDone={() => setEditing(null)}
            />
          )}
        </div>
      )}
      <DataTable
        data={data}
        columns={columns}
        getRowId={(r) => r.id}
        caption="Storage locations"
        searchPlaceholder="Name, resource, region…"
        filters={filters}
        initialFilters={initialFilters}
        enableRowSelection={canEdit}
        getRowLabel={(r) => r.name}
        pageSize={50}
        onVisibleRowsChange={onVisibleRowsChange}
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
                      run(async () => {
                        const r = await assignKeyAction({ reviewId: reviewId!, keyId: bulkKey, locationIds: selected })
                        if (r.ok) clear()
                        return r
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

'use client'
// Each scanner result beside Keyproof's own verdict: sortable, searchable, filterable by scanner and re-grade.
import { useMemo } from 'react'
import { DataTable, createDataTableColumnHelper } from '@/components/ui/data-table'
import { StatusPill, type Tone } from '@/components/ui/status-pill'
import { REGRADE_LABELS } from '@/lib/scanners/labels'
import type { Regrade } from '@/lib/scanners/regrade'
import type { ScanRow } from './types'

const STATUS_TONE: Record<ScanRow['status'], Tone> = { PASS: 'good', FAIL: 'bad', OTHER: 'neutral' }
const REGRADE_TONE: Record<Regrade, Tone> = {
  ACCEPTED: 'good',
  REGRADED_PROVIDER_KEY: 'warn',
  REGRADED_NOT_SELECTABLE: 'warn',
  CANNOT_REGRADE: 'neutral',
  FAILED: 'bad',
}

export function ScanResultsTable({
  rows,
  scanners,
}: {
  rows: ScanRow[]
  scanners: { value: string; label: string }[]
}) {
  const columns = useMemo(() => {
    const col = createDataTableColumnHelper<ScanRow>()
    return [
      col.accessor('scannerLabel', { header: 'Scanner', meta: { className: 'whitespace-nowrap' } }),
      col.accessor('checkId', {
        header: 'Check',
        meta: { className: 'min-w-48' },
        cell: (c) => (
          <span>
            <span className="font-mono text-xs">{c.getValue()}</span>
            {c.row.original.title && (
              <span className="block max-w-72 text-[11px] text-slate-500">{c.row.original.title}</span>
            )}
          </span>
        ),
      }),
      col.accessor('resourceRef', {
        header: 'Resource',
        cell: (c) => <span className="block max-w-72 font-mono text-[11px] break-all">{c.getValue() || '—'}</span>,
      }),
      col.accessor('status', {
        header: 'Scanner says',
        cell: (c) => (
          <StatusPill tone={STATUS_TONE[c.getValue()]}>
            {c.getValue() === 'OTHER' ? (c.row.original.rawStatus ?? 'Other') : c.getValue()}
          </StatusPill>
        ),
      }),
      col.accessor('regrade', {
        header: 'Keyproof re-grade',
        meta: { className: 'min-w-56' },
        cell: (c) => (
          <span>
            <StatusPill tone={REGRADE_TONE[c.getValue()]}>{REGRADE_LABELS[c.getValue()]}</StatusPill>
            <span className="mt-0.5 block text-[11px] text-slate-600">{c.row.original.reason}</span>
          </span>
        ),
      }),
      col.accessor('location', {
        header: 'Location and Keyproof verdict',
        meta: { className: 'min-w-48' },
        cell: (c) =>
          c.getValue() ? (
            <span>
              <span className="font-medium">{c.getValue()}</span>
              <span className="mt-0.5 block">
                <StatusPill tone={c.row.original.keyproofTone}>{c.row.original.keyproof}</StatusPill>
              </span>
            </span>
          ) : (
            <span className="text-slate-500">{c.row.original.atRest ? 'Unmatched' : '—'}</span>
          ),
      }),
    ]
  }, [])
  return (
    <DataTable
      data={rows}
      columns={columns}
      getRowId={(r) => r.id}
      caption="Scanner results beside Keyproof's verdict"
      searchPlaceholder="Check, resource or location"
      filters={[
        { columnId: 'scannerLabel', label: 'Scanner', options: scanners },
        {
          columnId: 'status',
          label: 'Scanner says',
          options: ['PASS', 'FAIL', 'OTHER'].map((s) => ({ value: s, label: s })),
        },
        {
          columnId: 'regrade',
          label: 'Re-grade',
          options: Object.entries(REGRADE_LABELS).map(([value, label]) => ({ value, label })),
        },
      ]}
      initialSorting={[{ id: 'regrade', desc: true }]}
      emptyMessage="No scanner results yet: import a scanner output above."
    />
  )
}

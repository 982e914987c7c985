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

type Row = ScanRow & { subject: string }

export function ScanResultsTable({
  rows,
  scanners,
}: {
  rows: ScanRow[]
  scanners: { value: string; label: string }[]
}) {
  const data: Row[] = useMemo(() => rows.map((r) => ({ ...r, subject: `${r.checkId} ${r.resourceRef}` })), [rows])
  const columns = useMemo(() => {
    const col = createDataTableColumnHelper<Row>()
    return [
      col.accessor('scannerLabel', { header: 'Scanner', meta: { className: 'whitespace-nowrap' } }),
      col.accessor('subject', {
        header: 'Check and resource',
        meta: { className: 'min-w-56 max-w-80' },
        cell: (c) => {
          const r = c.row.original
          return (
            <span>
              <span className="font-mono text-xs">{r.checkId}</span>
              {r.title && <span className="block text-[11px] text-slate-500">{r.title}</span>}
              <span className="mt-0.5 block font-mono text-[11px] break-all text-slate-700">
                {r.resourceRef || '—'}
              </span>
            </span>
          )
        },
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
        meta: { className: 'min-w-44' },
        cell: (c) => (
          <span>
            <StatusPill tone={REGRADE_TONE[c.getValue()]}>{REGRADE_LABELS[c.getValue()]}</StatusPill>
            <span className="mt-0.5 block text-[11px] text-slate-600">{c.row.original.reason}</span>
          </span>
        ),
      }),
      col.accessor('location', {
        header: 'Location: Keyproof says',
        meta: { className: 'min-w-40' },
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
      data={data}
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

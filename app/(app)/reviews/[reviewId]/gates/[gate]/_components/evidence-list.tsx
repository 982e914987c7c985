'use client'
// Evidence on a request: current versions first, superseded ones kept as history; sortable and searchable.
import { DataTable, createDataTableColumnHelper } from '@/components/ui/data-table'
import { StatusPill } from '@/components/ui/status-pill'
import type { EvidenceItem } from './types'

const size = (b: number | null) =>
  b === null ? '' : b < 1048576 ? `${(b / 1024).toFixed(1)} KB` : `${(b / 1048576).toFixed(1)} MB`

type Row = EvidenceItem & { version: 'Current' | 'Superseded'; uploader: string }

const col = createDataTableColumnHelper<Row>()
const columns = [
  col.accessor('title', {
    header: 'Evidence',
    cell: (c) => {
      const e = c.row.original
      return (
        <span className={e.isCurrent ? '' : 'text-slate-400'}>
          {e.kind === 'FILE' ? (
            <a href={`/api/evidence/${e.id}`} className="font-medium text-sky-800 hover:underline">
              {e.title}
            </a>
          ) : (
            <a
              href={e.url!}
              rel="noopener noreferrer"
              target="_blank"
              className="font-medium text-sky-800 hover:underline"
            >
              {e.title} ↗
            </a>
          )}
          <span className="block text-xs text-slate-500">
            {e.kind === 'FILE' ? `${e.fileName} · ${size(e.sizeBytes)}` : e.url}
          </span>
        </span>
      )
    },
  }),
  col.accessor('version', {
    header: 'Version',
    cell: (c) =>
      c.getValue() === 'Current' ? <StatusPill tone="good">Current</StatusPill> : <StatusPill>Superseded</StatusPill>,
  }),
  col.accessor('sha256', {
    header: 'SHA-256',
    meta: { className: 'font-mono text-xs' },
    cell: (c) => <span title={c.getValue() ?? ''}>{c.getValue() ? `${c.getValue()!.slice(0, 16)}…` : '—'}</span>,
  }),
  col.accessor('uploader', {
    header: 'Uploaded by',
    cell: (c) => (
      <span>
        {c.getValue()}
        <span className="block text-xs text-slate-500">{c.row.original.createdAt.slice(0, 16).replace('T', ' ')}</span>
      </span>
    ),
  }),
  col.accessor('effectiveDate', { header: 'Effective', meta: { className: 'whitespace-nowrap' } }),
  col.accessor('expiresAt', {
    header: 'Expires',
    meta: { className: 'whitespace-nowrap' },
    cell: (c) => c.getValue() ?? '—',
  }),
]

export function EvidenceList({ evidence }: { evidence: EvidenceItem[] }) {
  if (evidence.length === 0) return <p className="text-xs text-slate-500">No evidence yet.</p>
  const rows: Row[] = [...evidence]
    .sort((a, b) => Number(b.isCurrent) - Number(a.isCurrent) || b.createdAt.localeCompare(a.createdAt))
    .map((e) => ({ ...e, version: e.isCurrent ? 'Current' : 'Superseded', uploader: e.uploadedBy.name }))
  return (
    <DataTable
      data={rows}
      columns={columns}
      getRowId={(r) => r.id}
      caption="Evidence"
      searchPlaceholder="Title, file, uploader…"
      pageSize={20}
    />
  )
}

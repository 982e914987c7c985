'use client'
// The organization's exception register: sortable, searchable, filterable by standing and review.
import Link from 'next/link'
import { DataTable, createDataTableColumnHelper } from '@/components/ui/data-table'
import { StatusPill, type Tone } from '@/components/ui/status-pill'
import type { ExceptionStanding } from '@/lib/domain/register-status'

export interface RegisterRow {
  id: string
  reviewId: string
  review: string
  expires: string
  daysLeft: number
  standing: ExceptionStanding
  findingCode: string
  target: string
  approvedBy: string
  justification: string
  grantNote: string
}

const STANDING: Record<ExceptionStanding, { label: string; tone: Tone }> = {
  LAPSING: { label: 'Lapsing', tone: 'warn' },
  LIVE: { label: 'Live', tone: 'good' },
  PENDING: { label: 'Awaiting compliance', tone: 'info' },
  EXPIRED: { label: 'Expired', tone: 'neutral' },
  REVOKED: { label: 'Revoked', tone: 'neutral' },
}
const left = (days: number) =>
  days < 0 ? `${-days} days ago` : days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`

const col = createDataTableColumnHelper<RegisterRow>()
const columns = [
  col.accessor('expires', {
    header: 'Expires',
    meta: { className: 'whitespace-nowrap' },
    cell: (c) => (
      <span>
        {c.getValue()}
        <span className="block text-xs text-slate-500">{left(c.row.original.daysLeft)}</span>
      </span>
    ),
  }),
  col.accessor('standing', {
    header: 'Standing',
    cell: (c) => <StatusPill tone={STANDING[c.getValue()].tone}>{STANDING[c.getValue()].label}</StatusPill>,
  }),
  col.accessor('review', {
    header: 'Review',
    cell: (c) => (
      <Link href={`/reviews/${c.row.original.reviewId}/sign-off`} className="text-sky-800 hover:underline">
        {c.getValue()}
      </Link>
    ),
  }),
  col.accessor('findingCode', { header: 'Finding', meta: { className: 'font-mono text-xs' } }),
  col.accessor('target', { header: 'Target', meta: { className: 'max-w-56 text-xs text-slate-700' } }),
  col.accessor('approvedBy', {
    header: 'Approved by',
    meta: { className: 'text-xs' },
    cell: (c) => c.getValue() || '—',
  }),
  col.accessor('justification', {
    header: 'Justification',
    meta: { className: 'max-w-sm text-xs text-slate-700' },
    cell: (c) => (
      <span>
        {c.getValue()}
        {c.row.original.grantNote && (
          <span className="block text-slate-500">Grant note: {c.row.original.grantNote}</span>
        )}
      </span>
    ),
  }),
]

export function ExceptionRegisterTable({ rows, reviews }: { rows: RegisterRow[]; reviews: string[] }) {
  const filters = [
    {
      columnId: 'standing',
      label: 'Standing',
      options: Object.entries(STANDING).map(([value, s]) => ({ value, label: s.label })),
    },
    { columnId: 'review', label: 'Review', options: reviews.map((r) => ({ value: r, label: r })) },
  ]
  return (
    <DataTable
      data={rows}
      columns={columns}
      getRowId={(r) => r.id}
      caption="Exception register"
      searchPlaceholder="Finding, target, justification…"
      filters={filters}
      emptyMessage="Exceptions granted on any review appear here."
    />
  )
}

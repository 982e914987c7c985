'use client'
// Current evidence with an expiry across the organization's reviews: sortable, searchable, filterable by standing.
import Link from 'next/link'
import { DataTable, createDataTableColumnHelper } from '@/components/ui/data-table'
import { StatusPill, type Tone } from '@/components/ui/status-pill'
import type { ExpiryStanding } from '@/lib/domain/register-status'

export interface ExpiryRow {
  id: string
  expires: string
  standing: ExpiryStanding
  title: string
  reviewId: string
  review: string
  /** Request codes with the gate page each links to. */
  requests: { code: string; href: string }[]
  codes: string[]
  uploadedBy: string
}

const STANDING: Record<ExpiryStanding, { label: string; tone: Tone }> = {
  EXPIRED: { label: 'Expired', tone: 'bad' },
  WITHIN_7_DAYS: { label: 'Within 7 days', tone: 'warn' },
  WITHIN_30_DAYS: { label: 'Within 30 days', tone: 'info' },
  LATER: { label: 'Later', tone: 'neutral' },
}

const col = createDataTableColumnHelper<ExpiryRow>()
const columns = [
  col.accessor('expires', { header: 'Expires', meta: { className: 'whitespace-nowrap' } }),
  col.accessor('standing', {
    header: 'Standing',
    cell: (c) => <StatusPill tone={STANDING[c.getValue()].tone}>{STANDING[c.getValue()].label}</StatusPill>,
  }),
  col.accessor('title', { header: 'Evidence' }),
  col.accessor('review', {
    header: 'Review',
    cell: (c) => (
      <Link href={`/reviews/${c.row.original.reviewId}`} className="text-sky-800 hover:underline">
        {c.getValue()}
      </Link>
    ),
  }),
  col.accessor('codes', {
    header: 'Answers',
    enableSorting: false,
    meta: { className: 'text-xs' },
    cell: (c) =>
      c.row.original.requests.length === 0
        ? '—'
        : c.row.original.requests.map((q, i) => (
            <span key={q.code}>
              {i > 0 && ', '}
              <Link href={q.href} className="font-mono text-sky-800 hover:underline">
                {q.code}
              </Link>
            </span>
          )),
  }),
  col.accessor('uploadedBy', { header: 'Uploaded by', meta: { className: 'text-xs' } }),
]
const filters = [
  {
    columnId: 'standing',
    label: 'Standing',
    options: Object.entries(STANDING).map(([value, s]) => ({ value, label: s.label })),
  },
]

export function EvidenceExpiryTable({ rows }: { rows: ExpiryRow[] }) {
  return (
    <DataTable
      data={rows}
      columns={columns}
      getRowId={(r) => r.id}
      caption="Expiring evidence"
      searchPlaceholder="Evidence, review, request code…"
      filters={filters}
      initialSorting={[{ id: 'expires', desc: false }]}
    />
  )
}

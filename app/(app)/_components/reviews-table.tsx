'use client'
import Link from 'next/link'
import { useMemo } from 'react'
import { DataTable, createDataTableColumnHelper } from '@/components/ui/data-table'
import { StatusPill } from '@/components/ui/status-pill'
import {
  DEPLOYMENT_MODELS,
  DEPLOYMENT_MODEL_LABELS,
  KEY_REQUIREMENT_LABELS,
  REVIEW_STATUSES,
  REVIEW_STATUS_LABELS,
  type DeploymentModel,
  type KeyRequirement,
  type ReviewStatus,
} from '@/lib/domain/enums'
import { REVIEW_STATUS_TONE } from '@/components/review/labels'
import { plural } from '@/lib/domain/plural'

export interface ReviewRow {
  id: string
  title: string
  platform: string
  deploymentModel: DeploymentModel
  keyRequirement: KeyRequirement
  status: ReviewStatus
  blockers: number
  warnings: number
  dueDate: string | null
  /** Due date passed while the review is still open (allowed, and shown). */
  isOverdue: boolean
  updatedAt: string
}

const col = createDataTableColumnHelper<ReviewRow>()
const columns = [
  col.accessor('title', {
    header: 'Title',
    cell: (c) => (
      <Link href={`/reviews/${c.row.original.id}`} className="font-medium text-sky-800 hover:underline">
        {c.getValue()}
      </Link>
    ),
  }),
  col.accessor('platform', { header: 'Platform' }),
  col.accessor('deploymentModel', { header: 'Model', cell: (c) => DEPLOYMENT_MODEL_LABELS[c.getValue()] }),
  col.accessor('keyRequirement', { header: 'Key requirement', cell: (c) => KEY_REQUIREMENT_LABELS[c.getValue()] }),
  col.accessor('status', {
    header: 'Status',
    cell: (c) => <StatusPill tone={REVIEW_STATUS_TONE[c.getValue()]}>{REVIEW_STATUS_LABELS[c.getValue()]}</StatusPill>,
  }),
  col.accessor('blockers', {
    header: 'Blockers',
    meta: { align: 'end' },
    cell: (c) =>
      c.getValue() > 0 ? (
        <StatusPill tone="bad">{plural(c.getValue(), 'blocker')}</StatusPill>
      ) : (
        <StatusPill tone="good">None</StatusPill>
      ),
  }),
  col.accessor('dueDate', {
    header: 'Due',
    cell: (c) =>
      c.row.original.isOverdue ? (
        <span className="flex items-center gap-1">
          {c.getValue()} <StatusPill tone="bad">Overdue</StatusPill>
        </span>
      ) : (
        (c.getValue() ?? '—')
      ),
    meta: { className: 'whitespace-nowrap' },
  }),
  col.accessor('updatedAt', {
    header: 'Updated',
    cell: (c) => c.getValue().slice(0, 16).replace('T', ' '),
    meta: { className: 'whitespace-nowrap' },
  }),
]

export function ReviewsTable({ rows, platforms }: { rows: ReviewRow[]; platforms: string[] }) {
  const filters = useMemo(
    () => [
      {
        columnId: 'status',
        label: 'Status',
        options: REVIEW_STATUSES.map((s) => ({ value: s, label: REVIEW_STATUS_LABELS[s] })),
      },
      {
        columnId: 'deploymentModel',
        label: 'Deployment model',
        options: DEPLOYMENT_MODELS.map((m) => ({ value: m, label: DEPLOYMENT_MODEL_LABELS[m] })),
      },
      { columnId: 'platform', label: 'Platform', options: platforms.map((p) => ({ value: p, label: p })) },
    ],
    [platforms],
  )
  return (
    <DataTable
      data={rows}
      columns={columns}
      getRowId={(r) => r.id}
      caption="Reviews"
      searchPlaceholder="Title, platform…"
      filters={filters}
      pageSize={25}
      initialSorting={[{ id: 'updatedAt', desc: true }]}
      emptyMessage="No reviews yet."
    />
  )
}

'use client'
// The gate's evidence requests at a glance: sortable, filterable by status, and (for a security reviewer) several
// submitted ones accepted at once, each checked and audited as a single accept.
import { useMemo } from 'react'
import { DataTable, createDataTableColumnHelper } from '@/components/ui/data-table'
import { StatusPill } from '@/components/ui/status-pill'
import { ConfirmSubmit } from '@/components/ui/confirm-submit'
import { useFormAction } from '@/components/ui/use-form-action'
import { BulkList, BulkOutcome, useOnBulkSuccess } from '@/components/review/bulk-outcome'
import { REQUEST_STATUSES, REQUEST_STATUS_LABELS } from '@/lib/domain/gate-enums'
import { acceptRequestsAction } from '../../actions'
import { REQUEST_TONE } from './request-card'
import type { RequestItem, Viewer } from './types'

type Row = Pick<RequestItem, 'id' | 'version' | 'code' | 'title' | 'status' | 'dueDate' | 'isOverdue' | 'required'> & {
  assignee: string
  evidence: number
  ownEvidence: boolean
}

const labelOf = (r: Row) => `${r.code} ${r.title}`
const col = createDataTableColumnHelper<Row>()
const columns = [
  col.accessor('code', { header: 'Code', meta: { className: 'font-mono text-xs whitespace-nowrap' } }),
  col.accessor('title', {
    header: 'Request',
    cell: (c) => (
      <span>
        {c.getValue()}
        {c.row.original.required && <span className="text-xs text-slate-600"> · required</span>}
      </span>
    ),
  }),
  col.accessor('status', {
    header: 'Status',
    cell: (c) => <StatusPill tone={REQUEST_TONE[c.getValue()]}>{REQUEST_STATUS_LABELS[c.getValue()]}</StatusPill>,
  }),
  col.accessor('assignee', { header: 'Assignee' }),
  col.accessor('dueDate', {
    header: 'Due',
    meta: { className: 'whitespace-nowrap' },
    cell: (c) =>
      c.row.original.isOverdue ? (
        <span className="flex items-center gap-1">
          {c.getValue()} <StatusPill tone="bad">Overdue</StatusPill>
        </span>
      ) : (
        (c.getValue() ?? '—')
      ),
  }),
  col.accessor('evidence', { header: 'Current evidence', meta: { align: 'end' } }),
]
const filters = [
  {
    columnId: 'status',
    label: 'Status',
    options: REQUEST_STATUSES.map((s) => ({ value: s, label: REQUEST_STATUS_LABELS[s] })),
  },
]

export function RequestsTable({
  reviewId,
  requests,
  viewer,
}: {
  reviewId: string
  requests: RequestItem[]
  viewer: Viewer
}) {
  const rows = useMemo(
    () =>
      requests.map((q): Row => {
        const current = q.evidence.filter((e) => e.isCurrent)
        return {
          id: q.id,
          version: q.version,
          code: q.code,
          title: q.title,
          status: q.status,
          dueDate: q.dueDate,
          isOverdue: q.isOverdue,
          required: q.required,
          assignee: q.assignee?.name ?? '',
          evidence: current.length,
          ownEvidence: current.some((e) => e.uploadedBy.id === viewer.userId),
        }
      }),
    [requests, viewer.userId],
  )
  const canBulk = viewer.canReview && !viewer.isReadOnly
  const acceptable = (r: Row) => r.status === 'SUBMITTED' && !r.ownEvidence
  return (
    <DataTable
      data={rows}
      columns={columns}
      getRowId={(r) => r.id}
      caption="Evidence requests"
      searchPlaceholder="Code, title, assignee…"
      filters={filters}
      enableRowSelection={canBulk ? acceptable : false}
      getRowLabel={labelOf}
      toolbar={
        // Kept once the last submitted request is accepted, so the outcome stays on screen.
        canBulk && rows.some((r) => acceptable(r) || r.status === 'ACCEPTED')
          ? (ids, clear) => (
              <BulkAccept reviewId={reviewId} selected={rows.filter((r) => ids.includes(r.id))} onDone={clear} />
            )
          : undefined
      }
    />
  )
}

function BulkAccept({ reviewId, selected, onDone }: { reviewId: string; selected: Row[]; onDone: () => void }) {
  const { state, pending, formProps } = useFormAction(acceptRequestsAction)
  useOnBulkSuccess(state, onDone)
  const n = selected.length
  const noun = n === 1 ? 'request' : 'requests'
  return (
    <form {...formProps} className="flex w-full flex-wrap items-start gap-3" aria-label="Accept several requests">
      <input type="hidden" name="reviewId" value={reviewId} />
      {selected.map((r) => (
        <input key={r.id} type="hidden" name="refs" value={`${r.id}:${r.version}`} />
      ))}
      <ConfirmSubmit
        label={n === 0 ? 'Accept selected' : `Accept ${n} ${noun}`}
        title={`Accept ${n} ${noun}?`}
        consequence={
          'Each request below is accepted on its current evidence, in its own audited event. One that changed ' +
          'since you loaded the page is refused and reported; the others still go through.'
        }
        confirmLabel={`Accept ${n} ${noun}`}
        disabled={n === 0}
        pending={pending}
      >
        <BulkList labels={selected.map(labelOf)} />
      </ConfirmSubmit>
      <p className="text-xs text-slate-600">Tick submitted requests to accept several at once.</p>
      <div className="w-full">
        <BulkOutcome state={state} />
      </div>
    </form>
  )
}

'use client'
// The review's exceptions: sortable and filterable, each decided in its row, and several requested ones granted
// at once with one note (compliance).
import { useMemo } from 'react'
import { DataTable, createDataTableColumnHelper } from '@/components/ui/data-table'
import { StatusPill, type Tone } from '@/components/ui/status-pill'
import { ConfirmSubmit } from '@/components/ui/confirm-submit'
import { Field, inputClass } from '@/components/ui/field'
import { useFormAction } from '@/components/ui/use-form-action'
import { BulkList, BulkOutcome, useOnBulkSuccess } from '@/components/review/bulk-outcome'
import { grantExceptionsAction } from '../actions'
import { ExceptionDecision } from './exception-forms'

export const EXCEPTION_STATUSES = ['Requested', 'Live', 'Expired', 'Revoked'] as const
export type ExceptionStatus = (typeof EXCEPTION_STATUSES)[number]
const TONE: Record<ExceptionStatus, Tone> = { Requested: 'info', Live: 'warn', Expired: 'bad', Revoked: 'neutral' }

export interface ExceptionRow {
  id: string
  version: number
  status: ExceptionStatus
  findingCode: string
  findingTitle: string
  target: string
  expires: string
  justification: string
  compensatingControls: string
  grantNote: string | null
  canGrant: boolean
  canRevoke: boolean
}

const subjectOf = (r: ExceptionRow) => `${r.findingCode} on ${r.target}`
const col = createDataTableColumnHelper<ExceptionRow>()
const baseColumns = [
  col.accessor('status', {
    header: 'Status',
    cell: (c) => <StatusPill tone={TONE[c.getValue()]}>{c.getValue()}</StatusPill>,
  }),
  col.accessor('findingCode', {
    header: 'Finding',
    meta: { className: 'min-w-52' },
    cell: (c) => (
      <span>
        <span className="font-mono text-xs whitespace-nowrap">{c.getValue()}</span>
        <span className="block text-xs text-slate-600">{c.row.original.findingTitle}</span>
      </span>
    ),
  }),
  col.accessor('target', { header: 'Target', meta: { className: 'font-medium' } }),
  col.accessor('expires', { header: 'Expires', meta: { className: 'whitespace-nowrap' } }),
  col.accessor('justification', {
    header: 'Justification and controls',
    meta: { className: 'min-w-64 text-xs' },
    cell: (c) => (
      <span>
        {c.getValue()}
        <span className="block text-slate-600">Controls: {c.row.original.compensatingControls}</span>
        {c.row.original.grantNote && (
          <span className="block text-slate-600">Grant note: {c.row.original.grantNote}</span>
        )}
      </span>
    ),
  }),
]

const filters = [
  { columnId: 'status', label: 'Status', options: EXCEPTION_STATUSES.map((s) => ({ value: s, label: s })) },
]

export function ExceptionsTable({
  reviewId,
  rows,
  canDecide,
}: {
  reviewId: string
  rows: ExceptionRow[]
  canDecide: boolean
}) {
  const columns = useMemo(
    () =>
      canDecide
        ? [
            ...baseColumns,
            col.display({
              id: 'actions',
              header: () => <span className="sr-only">Actions</span>,
              cell: (c) => {
                const r = c.row.original
                if (!r.canGrant && !r.canRevoke) return null
                return (
                  <ExceptionDecision
                    reviewId={reviewId}
                    exceptionId={r.id}
                    version={r.version}
                    subject={subjectOf(r)}
                    expires={r.expires}
                    canGrant={r.canGrant}
                    canRevoke={r.canRevoke}
                  />
                )
              },
            }),
          ]
        : baseColumns,
    [canDecide, reviewId],
  )
  return (
    <DataTable
      data={rows}
      columns={columns}
      getRowId={(r) => r.id}
      caption="Exceptions"
      searchPlaceholder="Finding, target, justification…"
      filters={filters}
      enableRowSelection={canDecide ? (r) => r.canGrant : false}
      getRowLabel={subjectOf}
      toolbar={
        // Kept once the last request is granted, so the outcome stays on screen.
        canDecide && rows.some((r) => r.canGrant || r.status === 'Live')
          ? (ids, clear) => (
              <BulkGrantForm reviewId={reviewId} selected={rows.filter((r) => ids.includes(r.id))} onDone={clear} />
            )
          : undefined
      }
      emptyMessage="No exceptions."
    />
  )
}

function BulkGrantForm({
  reviewId,
  selected,
  onDone,
}: {
  reviewId: string
  selected: ExceptionRow[]
  onDone: () => void
}) {
  const { state, pending, formProps } = useFormAction(grantExceptionsAction, { resetOnSuccess: true })
  useOnBulkSuccess(state, onDone)
  const n = selected.length
  const noun = n === 1 ? 'exception' : 'exceptions'
  return (
    <form {...formProps} className="w-full space-y-2 rounded-md border border-slate-200 p-3" aria-label="Grant several">
      <input type="hidden" name="reviewId" value={reviewId} />
      {selected.map((r) => (
        <input key={r.id} type="hidden" name="refs" value={`${r.id}:${r.version}`} />
      ))}
      <Field
        label="Grant note for the selected exceptions"
        error={state?.fieldErrors?.note}
        hint="Tick requested exceptions below; one note covers them all and is recorded with each."
      >
        {(p) => <textarea {...p} name="note" rows={2} maxLength={4000} className={inputClass} />}
      </Field>
      <ConfirmSubmit
        label={n === 0 ? 'Grant selected' : `Grant ${n} ${noun}`}
        title={`Grant ${n} ${noun}?`}
        consequence={
          'Each blocker below counts as accepted risk until its exception’s expiry, and each grant is recorded ' +
          'with your note. Any you requested yourself are refused (separation of duties).'
        }
        confirmLabel={`Grant ${n} ${noun}`}
        disabled={n === 0}
        pending={pending}
      >
        <BulkList labels={selected.map(subjectOf)} />
      </ConfirmSubmit>
      <BulkOutcome state={state} />
    </form>
  )
}

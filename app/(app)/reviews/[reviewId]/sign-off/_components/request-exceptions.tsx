'use client'
// The review's blockers: tick one or several and request exceptions for them with one justification, compensating
// controls and expiry. Each is recorded as its own request; a row that is no longer a blocker is refused.
import { DataTable, createDataTableColumnHelper } from '@/components/ui/data-table'
import { StatusPill } from '@/components/ui/status-pill'
import { ConfirmSubmit } from '@/components/ui/confirm-submit'
import { Field, inputClass } from '@/components/ui/field'
import { useFormAction } from '@/components/ui/use-form-action'
import { BulkList, BulkOutcome, useOnBulkSuccess } from '@/components/review/bulk-outcome'
import { requestExceptionsAction } from '../actions'

export interface BlockerRow {
  /** `code|targetRef`, as the DAL reads a blocker. */
  id: string
  code: string
  title: string
  target: string
  covered: 'Covered' | 'Not covered'
}

const labelOf = (r: BlockerRow) => `${r.code} — ${r.target}`
const col = createDataTableColumnHelper<BlockerRow>()
const columns = [
  col.accessor('code', { header: 'Finding', meta: { className: 'font-mono text-xs whitespace-nowrap' } }),
  col.accessor('title', { header: 'What is wrong', meta: { className: 'text-xs' } }),
  col.accessor('target', { header: 'Target', meta: { className: 'font-medium' } }),
  col.accessor('covered', {
    header: 'Exception',
    cell: (c) => (
      <StatusPill tone={c.getValue() === 'Covered' ? 'warn' : 'bad'}>
        {c.getValue() === 'Covered' ? 'Covered by a live exception' : 'None'}
      </StatusPill>
    ),
  }),
]
const filters = [
  {
    columnId: 'covered',
    label: 'Exception',
    options: [
      { value: 'Not covered', label: 'None' },
      { value: 'Covered', label: 'Covered' },
    ],
  },
]

export function RequestExceptions({
  reviewId,
  blockers,
  maxDate,
}: {
  reviewId: string
  blockers: BlockerRow[]
  maxDate: string
}) {
  return (
    <DataTable
      data={blockers}
      columns={columns}
      getRowId={(r) => r.id}
      caption="Blockers"
      searchPlaceholder="Finding or target…"
      filters={filters}
      enableRowSelection
      getRowLabel={labelOf}
      pageSize={25}
      toolbar={(ids, clear) => (
        <RequestForm
          reviewId={reviewId}
          maxDate={maxDate}
          selected={blockers.filter((b) => ids.includes(b.id))}
          onDone={clear}
        />
      )}
    />
  )
}

function RequestForm({
  reviewId,
  maxDate,
  selected,
  onDone,
}: {
  reviewId: string
  maxDate: string
  selected: BlockerRow[]
  onDone: () => void
}) {
  const { state, pending, formProps } = useFormAction(requestExceptionsAction, { resetOnSuccess: true })
  useOnBulkSuccess(state, onDone)
  const err = (k: string) => state?.fieldErrors?.[k]
  const n = selected.length
  const noun = n === 1 ? 'exception' : 'exceptions'
  return (
    <form {...formProps} className="w-full space-y-3" aria-label="Request an exception">
      <input type="hidden" name="reviewId" value={reviewId} />
      {selected.map((b) => (
        <input key={b.id} type="hidden" name="blockers" value={b.id} />
      ))}
      <div className="grid gap-3 md:grid-cols-2">
        <Field label="Justification" error={err('justification')}>
          {(p) => <textarea {...p} name="justification" rows={2} maxLength={4000} className={inputClass} />}
        </Field>
        <Field label="Compensating controls" error={err('compensatingControls')}>
          {(p) => <textarea {...p} name="compensatingControls" rows={2} maxLength={4000} className={inputClass} />}
        </Field>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <Field
          label="Expires on"
          error={err('expiresAt')}
          hint="At most 365 days out. When it expires, the blocker returns and affected sign-offs go stale."
        >
          {(p) => <input {...p} name="expiresAt" type="date" max={maxDate} className={`${inputClass} w-48`} />}
        </Field>
        <ConfirmSubmit
          label={n === 0 ? 'Request exceptions' : `Request ${n} ${noun}`}
          title={`Request ${n} ${noun}?`}
          consequence="One request per blocker below, with this justification, controls and expiry. Compliance decides."
          confirmLabel={`Request ${n} ${noun}`}
          variant="secondary"
          disabled={n === 0}
          pending={pending}
        >
          <BulkList labels={selected.map(labelOf)} />
        </ConfirmSubmit>
      </div>
      <p className="text-xs text-slate-600">Tick the blockers below that the exception covers.</p>
      <BulkOutcome state={state} />
    </form>
  )
}

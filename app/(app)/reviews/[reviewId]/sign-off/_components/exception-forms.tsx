'use client'
import { useState } from 'react'
import { exceptionDecisionAction, requestExceptionAction, startReReviewAction } from '../actions'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { Field, FormMessage, inputClass } from '@/components/ui/field'

export function RequestExceptionForm({
  reviewId,
  blockers,
  maxDate,
}: {
  reviewId: string
  blockers: { value: string; label: string }[]
  maxDate: string
}) {
  const { state, pending, formProps } = useFormAction(requestExceptionAction, { resetOnSuccess: true })
  const err = (k: string) => state?.fieldErrors?.[k]
  return (
    <form {...formProps} className="space-y-3" aria-label="Request an exception">
      <input type="hidden" name="reviewId" value={reviewId} />
      <Field label="Blocker to accept as a risk" error={err('findingCode') ?? err('targetRef')}>
        {(p) => (
          <select {...p} name="finding" className={inputClass}>
            {blockers.map((b) => (
              <option key={b.value} value={b.value}>
                {b.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="grid gap-3 md:grid-cols-2">
        <Field label="Justification" error={err('justification')}>
          {(p) => <textarea {...p} name="justification" rows={2} className={inputClass} />}
        </Field>
        <Field label="Compensating controls" error={err('compensatingControls')}>
          {(p) => <textarea {...p} name="compensatingControls" rows={2} className={inputClass} />}
        </Field>
      </div>
      <Field
        label="Expires on"
        error={err('expiresAt')}
        hint="At most 365 days out. When it expires, the blocker returns and affected sign-offs go stale."
      >
        {(p) => <input {...p} name="expiresAt" type="date" max={maxDate} className={`${inputClass} w-48`} />}
      </Field>
      <FormMessage state={state} />
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        Request exception
      </Button>
    </form>
  )
}

export function ExceptionDecision({
  reviewId,
  exceptionId,
  version,
  canGrant,
  canRevoke,
}: {
  reviewId: string
  exceptionId: string
  version: number
  canGrant: boolean
  canRevoke: boolean
}) {
  const [revoking, setRevoking] = useState(false)
  const { state, pending, formProps } = useFormAction(exceptionDecisionAction)
  return (
    <form {...formProps} className="space-y-1.5">
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="exceptionId" value={exceptionId} />
      <input type="hidden" name="version" value={version} />
      {canGrant && !revoking && (
        <Button type="submit" name="op" value="grant" size="sm" disabled={pending}>
          Grant
        </Button>
      )}
      {canRevoke && !revoking && (
        <Button size="sm" variant="danger" onClick={() => setRevoking(true)}>
          Revoke…
        </Button>
      )}
      {revoking && (
        <>
          <input type="hidden" name="op" value="revoke" />
          <Field label="Why it is revoked" error={state?.fieldErrors?.reason}>
            {(p) => <textarea {...p} name="reason" rows={2} className={inputClass} />}
          </Field>
          <p className="text-xs text-slate-600">
            Revoking brings the blocker back at once and makes affected sign-offs stale.
          </p>
          <div className="flex gap-2">
            <Button type="submit" size="sm" variant="danger" disabled={pending}>
              Confirm revocation
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setRevoking(false)}>
              Cancel
            </Button>
          </div>
        </>
      )}
      <FormMessage state={state?.ok ? null : state} />
    </form>
  )
}

export function ReReviewButton({ reviewId }: { reviewId: string }) {
  const { state, pending, formProps } = useFormAction(startReReviewAction)
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="reviewId" value={reviewId} />
      <p className="text-sm text-slate-700">
        A re-review copies this review’s scope, cloud accounts, locations and keys into a new review with fresh gates,
        and shows what changed against the last approved review.
      </p>
      <Button type="submit" size="sm" disabled={pending}>
        Start re-review
      </Button>
      <FormMessage state={state} />
    </form>
  )
}

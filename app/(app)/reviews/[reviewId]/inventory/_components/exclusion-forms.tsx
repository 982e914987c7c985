'use client'
// Scope is agreed: a platform owner proposes an exclusion with a reason; a security reviewer accepts or declines
// it; either may withdraw it, which brings the location back in scope.
import { useState } from 'react'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { Field, FormMessage, inputClass } from '@/components/ui/field'
import { fieldNamed, useFormFields } from '@/components/forms/form-fields'
import { decideExclusionAction, proposeExclusionAction, withdrawExclusionAction } from '../actions'

export function ProposeExclusionForm({
  reviewId,
  locationId,
  onDone,
}: {
  reviewId: string
  locationId: string
  onDone?: () => void
}) {
  const { state, pending, formProps } = useFormAction(proposeExclusionAction)
  const reason = fieldNamed(useFormFields('location'), 'exclusionReason')
  return (
    <form {...formProps} className="space-y-2" aria-label="Propose an exclusion">
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="locationId" value={locationId} />
      <Field label={reason.label} hint={reason.hint} error={state?.fieldErrors?.reason}>
        {(p) => <textarea {...p} name="reason" rows={2} autoFocus maxLength={2000} className={inputClass} />}
      </Field>
      <p className="text-xs text-slate-600">
        The location stays in scope, and counts in the findings and the coverage, until a security reviewer who did not
        propose the exclusion accepts it.
      </p>
      <FormMessage state={state} />
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending || state?.ok}>
          Propose exclusion
        </Button>
        {onDone && (
          <Button size="sm" variant="ghost" onClick={onDone}>
            {state?.ok ? 'Close' : 'Cancel'}
          </Button>
        )}
      </div>
    </form>
  )
}

interface Target {
  reviewId: string
  exclusionId: string
  version: number
  locationName: string
}

/** Accept or decline a proposed exclusion (security reviewer, not its proposer). */
export function DecideExclusionForm({ reviewId, exclusionId, version, locationName }: Target) {
  const { state, pending, formProps } = useFormAction(decideExclusionAction)
  return (
    <form {...formProps} className="space-y-2" aria-label={`Decide the exclusion of ${locationName}`}>
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="exclusionId" value={exclusionId} />
      <input type="hidden" name="version" value={version} />
      <Field
        label="Note"
        hint="Required to decline: say why the location stays in scope."
        error={state?.fieldErrors?.note}
      >
        {(p) => <textarea {...p} name="note" rows={2} className={inputClass} />}
      </Field>
      <FormMessage state={state} />
      <div className="flex gap-2">
        <Button type="submit" name="decision" value="ACCEPT" size="sm" disabled={pending}>
          Accept exclusion
        </Button>
        <Button type="submit" name="decision" value="DECLINE" size="sm" variant="secondary" disabled={pending}>
          Decline
        </Button>
      </div>
    </form>
  )
}

/** Withdraw a proposed or accepted exclusion, with a reason; an accepted one brings the location back in scope. */
export function WithdrawExclusionForm({ reviewId, exclusionId, version, locationName }: Target) {
  const [open, setOpen] = useState(false)
  const { state, pending, formProps } = useFormAction(withdrawExclusionAction)
  if (!open)
    return (
      <Button size="sm" variant="ghost" onClick={() => setOpen(true)}>
        Withdraw…
      </Button>
    )
  return (
    <form {...formProps} className="space-y-2" aria-label={`Withdraw the exclusion of ${locationName}`}>
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="exclusionId" value={exclusionId} />
      <input type="hidden" name="version" value={version} />
      <Field label="Why it is withdrawn" error={state?.fieldErrors?.reason}>
        {(p) => <textarea {...p} name="reason" rows={2} className={inputClass} />}
      </Field>
      <FormMessage state={state} />
      <div className="flex gap-2">
        <Button type="submit" size="sm" variant="danger" disabled={pending}>
          Withdraw exclusion
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  )
}

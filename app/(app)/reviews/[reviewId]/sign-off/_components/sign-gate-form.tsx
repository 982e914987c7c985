'use client'
import { useState } from 'react'
import { signGateAction } from '../actions'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { ConfirmSubmit } from '@/components/ui/confirm-submit'
import { Field, FormMessage, inputClass } from '@/components/ui/field'

/** Two steps: say what you sign, then confirm what will be recorded. */
export function SignGateForm({
  reviewId,
  gate,
  label,
  fingerprint,
}: {
  reviewId: string
  gate: string
  label: string
  fingerprint: string
}) {
  const [open, setOpen] = useState(false)
  const { state, pending, formProps } = useFormAction(signGateAction)
  if (!open)
    return (
      <Button size="sm" onClick={() => setOpen(true)}>
        Sign {label}…
      </Button>
    )
  return (
    <form
      {...formProps}
      className="space-y-2 rounded-md border border-sky-200 bg-sky-50/50 p-3"
      aria-label={`Sign ${label}`}
    >
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="gate" value={gate} />
      <Field
        label="Statement you sign"
        error={state?.fieldErrors?.statement}
        hint="What you checked and on what basis. It is recorded with your name and cannot be edited."
      >
        {(p) => <textarea {...p} name="statement" rows={3} className={inputClass} />}
      </Field>
      <p className="text-xs text-slate-700">
        Signing records the gate as it is now — its requests, evidence hashes, records and exceptions — under
        fingerprint <span className="font-mono break-all">{fingerprint}</span>. Any later change makes this sign-off
        stale.
      </p>
      <FormMessage state={state} />
      <div className="flex gap-2">
        <ConfirmSubmit
          label={`Sign ${label}`}
          title={`Sign ${label}?`}
          consequence={
            `Your statement is recorded with your name under fingerprint ${fingerprint.slice(0, 16)}… and cannot ` +
            'be edited. Any later change to the gate makes this sign-off stale.'
          }
          confirmLabel={`Confirm and sign ${label}`}
          pending={pending}
        />
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  )
}

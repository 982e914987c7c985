'use client'
import { useState } from 'react'
import { exceptionDecisionAction, startReReviewAction } from '../actions'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { ConfirmSubmit } from '@/components/ui/confirm-submit'
import { Field, FormMessage, inputClass } from '@/components/ui/field'

export function ExceptionDecision({
  reviewId,
  exceptionId,
  version,
  subject,
  expires,
  canGrant,
  canRevoke,
}: {
  reviewId: string
  exceptionId: string
  version: number
  /** "KA-CONTROLLER-CLAIM on Control plane": names the exception in the dialog. */
  subject: string
  expires: string
  canGrant: boolean
  canRevoke: boolean
}) {
  const [mode, setMode] = useState<'view' | 'grant' | 'revoke'>('view')
  const { state, pending, formProps } = useFormAction(exceptionDecisionAction)
  return (
    <form {...formProps} className="w-72 space-y-1.5" aria-label={`Decide the exception for ${subject}`}>
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="exceptionId" value={exceptionId} />
      <input type="hidden" name="version" value={version} />
      {mode === 'view' && (
        <div className="flex justify-end gap-1.5">
          {canGrant && (
            <Button size="sm" onClick={() => setMode('grant')}>
              Grant…
            </Button>
          )}
          {canRevoke && (
            <Button size="sm" variant="danger" onClick={() => setMode('revoke')}>
              Revoke…
            </Button>
          )}
        </div>
      )}
      {mode === 'grant' && (
        <>
          <Field
            label="Grant note"
            error={state?.fieldErrors?.note}
            hint="Why the risk is accepted and on what terms; recorded and shown with the exception."
          >
            {(p) => <textarea {...p} name="note" rows={2} maxLength={4000} className={inputClass} />}
          </Field>
          <div className="flex gap-2">
            <ConfirmSubmit
              label="Grant"
              title={`Grant the exception for ${subject}?`}
              consequence={
                `The blocker counts as accepted risk until ${expires}; then it returns and affected sign-offs ` +
                'go stale. Your note is recorded with your name.'
              }
              confirmLabel="Confirm grant"
              name="op"
              value="grant"
              pending={pending}
            />
            <Button size="sm" variant="ghost" onClick={() => setMode('view')}>
              Cancel
            </Button>
          </div>
        </>
      )}
      {mode === 'revoke' && (
        <>
          <Field label="Why it is revoked" error={state?.fieldErrors?.reason}>
            {(p) => <textarea {...p} name="reason" rows={2} maxLength={4000} className={inputClass} />}
          </Field>
          <div className="flex gap-2">
            <ConfirmSubmit
              label="Revoke"
              title={`Revoke the exception for ${subject}?`}
              consequence="The blocker returns at once and affected sign-offs become stale."
              confirmLabel="Confirm revocation"
              variant="danger"
              name="op"
              value="revoke"
              pending={pending}
            />
            <Button size="sm" variant="ghost" onClick={() => setMode('view')}>
              Cancel
            </Button>
          </div>
        </>
      )}
      <FormMessage state={state?.ok ? null : state} />
    </form>
  )
}

export function ReReviewButton({ reviewId, title }: { reviewId: string; title: string }) {
  const { state, pending, formProps } = useFormAction(startReReviewAction)
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="reviewId" value={reviewId} />
      <p className="text-sm text-slate-700">
        A re-review copies this review’s scope, cloud accounts, locations and keys into a new review with fresh gates,
        and shows what changed against the last approved review.
      </p>
      <ConfirmSubmit
        label="Start re-review"
        title={`Start a re-review of ${title}?`}
        consequence={
          'A new review is created with this one’s scope, cloud accounts, locations and keys, and fresh gates to ' +
          'sign. This review stays as decided.'
        }
        confirmLabel="Start the re-review"
        pending={pending}
      />
      <FormMessage state={state} />
    </form>
  )
}

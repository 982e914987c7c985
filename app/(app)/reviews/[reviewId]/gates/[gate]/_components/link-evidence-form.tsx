'use client'
import { addLinkEvidenceAction } from '../../actions'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { Field, FormMessage, inputClass } from '@/components/ui/field'

export function LinkEvidenceForm({ reviewId, requestId }: { reviewId: string; requestId: string }) {
  const { state, pending, formProps } = useFormAction(addLinkEvidenceAction, { resetOnSuccess: true })
  const err = (k: string) => state?.fieldErrors?.[k]
  return (
    <form
      {...formProps}
      className="space-y-2 rounded-md border border-slate-200 bg-slate-50/60 p-3"
      aria-label="Add a link as evidence"
    >
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="requestIds" value={requestId} />
      <Field label="Link (ticket, dashboard, document)" error={err('url')}>
        {(p) => <input {...p} name="url" type="url" placeholder="https://" className={inputClass} />}
      </Field>
      <div className="grid gap-2 md:grid-cols-2">
        <Field label="Link title" error={err('title')}>
          {(p) => <input {...p} name="title" className={inputClass} />}
        </Field>
        <Field label="Link effective date" error={err('effectiveDate')}>
          {(p) => (
            <input
              {...p}
              name="effectiveDate"
              type="date"
              defaultValue={new Date().toISOString().slice(0, 10)}
              className={inputClass}
            />
          )}
        </Field>
      </div>
      <Field label="Note" error={err('note')}>
        {(p) => <input {...p} name="note" className={inputClass} />}
      </Field>
      <FormMessage state={state} />
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        Add link
      </Button>
    </form>
  )
}

'use client'
// Links evidence already in the review to one record (drill, cost line, compatibility check, migration step).
import { linkExistingEvidenceAction } from '../../actions'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { FormMessage } from '@/components/ui/field'

export function LinkExistingEvidence({
  reviewId,
  param,
  targetId,
  targetLabel,
  evidence,
}: {
  reviewId: string
  param: string
  targetId: string
  targetLabel: string
  evidence: { id: string; title: string }[]
}) {
  const { state, pending, formProps } = useFormAction(linkExistingEvidenceAction)
  if (evidence.length === 0) return null
  return (
    <form {...formProps} className="mt-1 flex flex-wrap items-center gap-1">
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name={param} value={targetId} />
      <label className="sr-only" htmlFor={`link-${targetId}`}>
        Evidence to link to {targetLabel}
      </label>
      <select
        id={`link-${targetId}`}
        name="evidenceId"
        className="max-w-44 rounded border border-slate-300 px-1 py-0.5 text-xs"
      >
        {evidence.map((e) => (
          <option key={e.id} value={e.id}>
            {e.title}
          </option>
        ))}
      </select>
      <Button type="submit" size="sm" variant="ghost" disabled={pending}>
        Link
      </Button>
      <FormMessage state={state?.ok ? null : state} />
    </form>
  )
}

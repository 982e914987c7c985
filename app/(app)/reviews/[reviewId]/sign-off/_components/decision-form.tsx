'use client'
import { useState } from 'react'
import { decideAction, quorumAction } from '../actions'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { ConfirmSubmit } from '@/components/ui/confirm-submit'
import { Field, FormMessage, inputClass } from '@/components/ui/field'

const OUTCOMES = [
  { value: 'APPROVED', label: 'Approved', hint: 'All gates signed and current; no exception in use.' },
  {
    value: 'APPROVED_WITH_EXCEPTIONS',
    label: 'Approved with exceptions',
    hint: 'All gates signed and current; live exceptions cover some blockers.',
  },
  { value: 'REJECTED', label: 'Rejected', hint: 'At any time, with a reason.' },
]

/**
 * The decision, with the options the rules refuse shown disabled with their reasons. Nothing refused is ever
 * pre-selected; the server checks again after the review lock.
 */
export function DecisionForm({
  reviewId,
  reviewTitle,
  options,
  preselected,
  warnings,
}: {
  reviewId: string
  reviewTitle: string
  options: { outcome: string; allowed: boolean; reasons: string[] }[]
  preselected: string | null
  warnings: string[]
}) {
  const [chosen, setOutcome] = useState<string | null>(null)
  const { state, pending, formProps } = useFormAction(decideAction)
  const optionOf = (value: string) => options.find((o) => o.outcome === value)
  // Until the user picks, follow what the rules allow now (a gate signed since the page loaded changes it);
  // a pick the rules no longer allow falls back the same way.
  const outcome = chosen && optionOf(chosen)?.allowed !== false ? chosen : preselected
  const outcomeLabel = OUTCOMES.find((o) => o.value === outcome)?.label ?? ''
  return (
    <form {...formProps} className="space-y-3" aria-label="Record the decision">
      <input type="hidden" name="reviewId" value={reviewId} />
      <fieldset className="space-y-1.5">
        <legend className="text-xs font-medium text-slate-700">Decision</legend>
        {OUTCOMES.map((o) => {
          const refused = optionOf(o.value)?.allowed === false ? optionOf(o.value)!.reasons : []
          return (
            <label key={o.value} className={`flex items-start gap-2 text-sm ${refused.length ? 'text-slate-400' : ''}`}>
              <input
                type="radio"
                name="outcome"
                value={o.value}
                checked={outcome === o.value}
                disabled={refused.length > 0}
                onChange={() => setOutcome(o.value)}
                className="mt-1 accent-slate-900"
              />
              <span>
                <span className="font-medium">{o.label}</span> <span className="text-xs text-slate-600">{o.hint}</span>
                {refused.map((r) => (
                  <span key={r} className="block text-xs text-red-800">
                    Not now: {r}
                  </span>
                ))}
              </span>
            </label>
          )
        })}
      </fieldset>
      {warnings.length > 0 && outcome !== 'REJECTED' && (
        <div className="rounded-md bg-amber-50 p-3 text-xs text-amber-900" aria-label="Decision warnings">
          <p className="font-medium">Lapses soon after this decision:</p>
          <ul className="list-disc pl-4">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <Field
        label={outcome === 'REJECTED' ? 'Reason for rejection' : 'Note (optional)'}
        error={state?.fieldErrors?.reason}
      >
        {(p) => <textarea {...p} name="reason" rows={2} className={inputClass} />}
      </Field>
      <FormMessage state={state} />
      <ConfirmSubmit
        label="Record decision…"
        title={`Record “${outcomeLabel}”?`}
        consequence={
          `This records the decision “${outcomeLabel}” on ${reviewTitle} and makes the review read-only. ` +
          'A re-review is needed to change anything afterwards.'
        }
        confirmLabel="Confirm decision"
        variant={outcome === 'REJECTED' ? 'danger' : 'primary'}
        disabled={!outcome}
        pending={pending}
      >
        {warnings.length > 0 && outcome !== 'REJECTED' && (
          <div className="rounded-md bg-amber-50 p-3 text-xs text-amber-900">
            <p className="font-medium">Lapses soon after this decision:</p>
            <ul className="list-disc pl-4">
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        )}
      </ConfirmSubmit>
    </form>
  )
}

export function QuorumForm({ reviewId, version, quorum }: { reviewId: string; version: number; quorum: number }) {
  const { state, pending, formProps } = useFormAction(quorumAction)
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-2" aria-label="Sign-off quorum">
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="version" value={version} />
      <Field label="Distinct signers needed per gate">
        {(p) => (
          <input
            {...p}
            name="quorum"
            type="number"
            min={1}
            max={5}
            defaultValue={quorum}
            className={`${inputClass} w-20`}
          />
        )}
      </Field>
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        Save quorum
      </Button>
      <FormMessage state={state} />
    </form>
  )
}

'use client'
// A comment box: starts a thread (with its target in hidden fields or a chooser) or replies to one.
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { FormMessage, inputClass } from '@/components/ui/field'
import type { FormActionFn } from './types'

export function CommentForm({
  action,
  reviewId,
  hidden = {},
  targets,
  label,
  submitLabel = 'Comment',
}: {
  action: FormActionFn
  reviewId: string
  hidden?: Record<string, string>
  /** A chooser of what the thread is about (the discussion page); otherwise the hidden fields say. */
  targets?: { group: string; options: { value: string; label: string }[] }[]
  label: string
  submitLabel?: string
}) {
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: true })
  const id = `comment-${Object.values(hidden).join('-') || 'new'}`
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="reviewId" value={reviewId} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {targets && (
        <div className="space-y-1">
          <label htmlFor={`${id}-target`} className="block text-xs font-medium text-slate-700">
            About
          </label>
          <select id={`${id}-target`} name="target" className={inputClass} defaultValue="">
            <option value="" disabled>
              Choose a location, key or gate
            </option>
            {targets.map((g) => (
              <optgroup key={g.group} label={g.group}>
                {g.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      )}
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <textarea
        id={id}
        name="body"
        rows={2}
        className={inputClass}
        aria-describedby={`${id}-hint`}
        placeholder="Ask or answer; mention someone with @ and their email"
      />
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        People you mention by email (e.g. @owner@acme.test) are notified.
      </p>
      <FormMessage state={state} />
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        {pending ? 'Sending…' : submitLabel}
      </Button>
    </form>
  )
}

'use client'
// A labelled control with its error wired through aria-describedby; the error clears once the field changes.
import { useId, useState } from 'react'

export { inputClass } from './input-class'

export function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string
  error?: string[] | string
  hint?: string
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => React.ReactNode
}) {
  const id = useId()
  // A refused save's message stays until the user edits the field (then it may no longer hold, and a stale
  // "Must be in the future." beside a corrected date misleads); the next refused save brings a new one.
  const [editedAfter, setEditedAfter] = useState<typeof error>(undefined)
  const message = error !== undefined && editedAfter === error ? undefined : Array.isArray(error) ? error[0] : error
  const describedBy = [message && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined
  return (
    <div className="space-y-1" onChange={() => message && setEditedAfter(error)}>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': message ? true : undefined })}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {message && (
        <p id={`${id}-error`} className="text-xs text-red-700">
          {message}
        </p>
      )}
    </div>
  )
}

/** The form-level outcome. Field errors are shown beside their fields, so here they get a summary, not a repeat. */
export function FormMessage({
  state,
}: {
  state: { ok: boolean; message?: string; fieldErrors?: Record<string, string[] | undefined> } | null | undefined
}) {
  const hasFieldErrors = !state?.ok && Object.values(state?.fieldErrors ?? {}).some((e) => e?.length)
  const message = hasFieldErrors ? 'Nothing was saved: check the fields marked below.' : state?.message
  return (
    <div aria-live="polite" className="min-h-0">
      {state && message && (
        <p
          role="status"
          className={
            `rounded-md px-3 py-2 text-sm ` +
            `${state.ok ? 'bg-emerald-50 text-emerald-800' : 'bg-red-50 text-red-800'}`
          }
        >
          {message}
        </p>
      )}
    </div>
  )
}

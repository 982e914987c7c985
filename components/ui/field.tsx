// A labelled control with its error wired through aria-describedby.
import { useId } from 'react'

export const inputClass =
  'block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-xs ' +
  'placeholder:text-slate-400 focus:border-sky-600 focus:outline-none focus:ring-1 focus:ring-sky-600 ' +
  'aria-[invalid=true]:border-red-500'

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
  const message = Array.isArray(error) ? error[0] : error
  const describedBy = [message && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined
  return (
    <div className="space-y-1">
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

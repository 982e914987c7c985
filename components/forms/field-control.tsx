// One labelled control for a declared field (lib/domain/fields): the declaration says which control,
// its label, hint, choices and maximum length, so forms render fields instead of restating them.
import type { FormField } from '@/lib/domain/fields/form-view'
import { Field, inputClass } from '@/components/ui/field'

export interface FieldControlProps {
  name: string
  spec: Omit<FormField, 'name'>
  /** The current value (edit forms); absent for a new row. */
  value?: unknown
  error?: string[]
  /** Choices for a `reference` field (ids of rows in the review), with a "none" choice first. */
  references?: { options: { value: string; label: string }[]; noneLabel: string }
  autoFocus?: boolean
  rows?: number
}

const asText = (v: unknown) => (v == null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v))

export function FieldControl({ name, spec, value, error, references, autoFocus, rows = 2 }: FieldControlProps) {
  if (spec.input === 'checkboxes') {
    const checked = new Set(Array.isArray(value) ? value.map(String) : [])
    return (
      <fieldset aria-describedby={error?.length ? `${name}-error` : undefined}>
        <legend className="mb-1 text-xs font-medium text-slate-700">{spec.label}</legend>
        <div className="flex flex-wrap gap-x-3 gap-y-1">
          {Object.entries(spec.options ?? {}).map(([v, label]) => (
            <label key={v} className="inline-flex items-center gap-1.5 text-xs">
              <input
                type="checkbox"
                name={name}
                value={v}
                defaultChecked={checked.has(v)}
                className="accent-slate-900"
              />
              {label}
            </label>
          ))}
        </div>
        {error?.[0] && (
          <p id={`${name}-error`} className="mt-1 text-xs text-red-700">
            {error[0]}
          </p>
        )}
      </fieldset>
    )
  }
  if (spec.input === 'checkbox')
    return (
      <label className="inline-flex items-center gap-2 text-sm">
        <input type="checkbox" name={name} defaultChecked={Boolean(value)} className="accent-slate-900" /> {spec.label}
      </label>
    )
  return (
    <Field label={spec.label} error={error} hint={spec.hint}>
      {(p) => {
        const common = { ...p, name, autoFocus, className: inputClass }
        if (spec.input === 'select' || spec.input === 'reference') {
          const choices =
            spec.input === 'reference'
              ? [{ value: '', label: references?.noneLabel ?? 'None' }, ...(references?.options ?? [])]
              : Object.entries(spec.options ?? {}).map(([v, label]) => ({ value: v, label }))
          return (
            <select {...common} defaultValue={asText(value) || (spec.input === 'reference' ? '' : undefined)}>
              {choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          )
        }
        if (spec.input === 'textarea')
          return <textarea {...common} rows={rows} maxLength={spec.maxLength} defaultValue={asText(value)} />
        return (
          <input
            {...common}
            type={spec.input === 'number' ? 'number' : spec.input === 'date' ? 'date' : 'text'}
            maxLength={spec.maxLength}
            placeholder={spec.placeholder}
            defaultValue={asText(value)}
          />
        )
      }}
    </Field>
  )
}

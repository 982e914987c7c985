// What a form needs of a declared field — label, control, choices, hint, length — without its zod rule, so the
// server hands the browser the declarations as data and the validator stays on the server (it validates anyway).
import type { FieldInput, Fields } from './spec'

export interface FormField {
  name: string
  label: string
  input: FieldInput
  options?: Readonly<Record<string, string>>
  hint?: string
  placeholder?: string
  maxLength?: number
  /** Written by a workflow, not by this form (the location's scope). */
  workflow?: boolean
}

/** The entity's fields in declaration order, as forms render them. */
export function formView(fields: Fields): FormField[] {
  return Object.entries(fields).map(([name, f]) => ({
    name,
    label: f.label,
    input: f.input,
    ...(f.options && { options: f.options }),
    ...(f.hint && { hint: f.hint }),
    ...(f.placeholder && { placeholder: f.placeholder }),
    ...(f.maxLength && { maxLength: f.maxLength }),
    ...(f.workflow && { workflow: true }),
  }))
}

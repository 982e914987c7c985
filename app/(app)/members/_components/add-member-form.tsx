'use client'
import { useFormAction } from '@/components/ui/use-form-action'
import { addMemberAction } from '../actions'
import { Button } from '@/components/ui/button'
import { Field, FormMessage, inputClass } from '@/components/ui/field'
import { RoleCheckboxes } from './role-checkboxes'

export function AddMemberForm() {
  const { state, pending, formProps } = useFormAction(addMemberAction, { resetOnSuccess: true })
  return (
    <form {...formProps} className="space-y-3">
      <Field label="Email" error={state?.fieldErrors?.email}>
        {(p) => <input {...p} name="email" type="email" className={inputClass} />}
      </Field>
      <Field label="Name" error={state?.fieldErrors?.name}>
        {(p) => <input {...p} name="name" className={inputClass} />}
      </Field>
      <RoleCheckboxes legend="Roles" idPrefix="new-member" />
      {state?.fieldErrors?.roles && <p className="text-xs text-red-700">{state.fieldErrors.roles[0]}</p>}
      <p className="text-xs text-slate-500">
        A new user gets a temporary password, shown once here. An existing Keyproof user is simply added.
      </p>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Adding…' : 'Add member'}
      </Button>
    </form>
  )
}

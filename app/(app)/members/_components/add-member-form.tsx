'use client'
import { useFormAction } from '@/components/ui/use-form-action'
import { addMemberAction } from '../actions'
import { Button } from '@/components/ui/button'
import { Field, FormMessage, inputClass } from '@/components/ui/field'
import { RoleCheckboxes } from './role-checkboxes'

export function AddMemberForm() {
  const { state, pending, formProps } = useFormAction(addMemberAction, { resetOnSuccess: true })
  // Only after a successful action, so always in the browser.
  const link = state?.ok && state.data ? `${window.location.origin}/invite/${state.data.token}` : null
  return (
    <form {...formProps} className="space-y-3" aria-label="Invite a member">
      <Field label="Email" error={state?.fieldErrors?.email}>
        {(p) => <input {...p} name="email" type="email" maxLength={320} className={inputClass} />}
      </Field>
      <Field label="Name" error={state?.fieldErrors?.name}>
        {(p) => <input {...p} name="name" maxLength={120} className={inputClass} />}
      </Field>
      <RoleCheckboxes legend="Roles" idPrefix="new-member" />
      {state?.fieldErrors?.roles && <p className="text-xs text-red-700">{state.fieldErrors.roles[0]}</p>}
      <p className="text-xs text-slate-500">
        The person joins when they open the invitation link and accept it (valid for 7 days). Keyproof does not say
        whether the email already has an account.
      </p>
      <FormMessage state={state} />
      {link && (
        <Field label="Invitation link">
          {(p) => <input {...p} readOnly value={link} className={`${inputClass} font-mono text-xs`} />}
        </Field>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? 'Inviting…' : 'Invite member'}
      </Button>
    </form>
  )
}

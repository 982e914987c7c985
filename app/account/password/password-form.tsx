'use client'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { Field, FormMessage, inputClass } from '@/components/ui/field'
import { changePasswordAction } from '../actions'

export function PasswordForm() {
  const { state, pending, formProps } = useFormAction(changePasswordAction)
  const err = (k: string) => state?.fieldErrors?.[k]
  return (
    <form {...formProps} className="space-y-3" aria-label="Change your password">
      <Field label="Current password" error={err('current')}>
        {(p) => <input {...p} name="current" type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <Field label="New password" error={err('password')} hint="At least 12 characters.">
        {(p) => (
          <input
            {...p}
            name="password"
            type="password"
            autoComplete="new-password"
            maxLength={1024}
            className={inputClass}
          />
        )}
      </Field>
      <Field label="New password again" error={err('confirm')}>
        {(p) => <input {...p} name="confirm" type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <FormMessage state={state} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Saving…' : 'Change password'}
      </Button>
    </form>
  )
}

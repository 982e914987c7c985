'use client'
import Link from 'next/link'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { Field, FormMessage, inputClass } from '@/components/ui/field'
import { acceptInvitationAction } from './actions'

export function AcceptForm({ token, needsAccount, name }: { token: string; needsAccount: boolean; name: string }) {
  const { state, pending, formProps } = useFormAction(acceptInvitationAction)
  const err = (k: string) => state?.fieldErrors?.[k]
  if (state?.ok)
    return (
      <div className="space-y-3">
        <FormMessage state={state} />
        <Link href={needsAccount ? '/signin' : '/'} className="block text-center text-sm text-sky-800 underline">
          {needsAccount ? 'Sign in' : 'Open Keyproof'}
        </Link>
      </div>
    )
  return (
    <form {...formProps} className="space-y-3" aria-label="Accept the invitation">
      <input type="hidden" name="token" value={token} />
      {needsAccount && (
        <>
          <Field label="Your name" error={err('name')}>
            {(p) => <input {...p} name="name" defaultValue={name} maxLength={120} className={inputClass} />}
          </Field>
          <Field label="Choose a password" error={err('password')} hint="At least 12 characters.">
            {(p) => <input {...p} name="password" type="password" autoComplete="new-password" className={inputClass} />}
          </Field>
          <Field label="Password again" error={err('confirm')}>
            {(p) => <input {...p} name="confirm" type="password" autoComplete="new-password" className={inputClass} />}
          </Field>
        </>
      )}
      <FormMessage state={state} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Joining…' : needsAccount ? 'Create my account and join' : 'Accept and join'}
      </Button>
    </form>
  )
}

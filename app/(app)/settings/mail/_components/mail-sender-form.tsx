'use client'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { Field, FormMessage, inputClass } from '@/components/ui/field'
import { saveMailSenderAction } from '../actions'

export interface MailSenderValue {
  fromName: string
  fromAddress: string
  replyTo: string
  isEnabled: boolean
  version: number
}

export function MailSenderForm({ value }: { value: MailSenderValue }) {
  const { state, pending, formProps } = useFormAction(saveMailSenderAction)
  const version = state?.ok ? (state.data as { version: number }).version : value.version
  return (
    <form {...formProps} className="max-w-lg space-y-3">
      <input type="hidden" name="version" value={version} />
      <Field label="From name" error={state?.fieldErrors?.fromName}>
        {(p) => <input {...p} name="fromName" defaultValue={value.fromName} className={inputClass} />}
      </Field>
      <Field label="From address" error={state?.fieldErrors?.fromAddress}>
        {(p) => (
          <input {...p} name="fromAddress" type="email" defaultValue={value.fromAddress} className={inputClass} />
        )}
      </Field>
      <Field
        label="Reply-to (optional)"
        error={state?.fieldErrors?.replyTo}
        hint="Where answers to notification emails go."
      >
        {(p) => <input {...p} name="replyTo" type="email" defaultValue={value.replyTo} className={inputClass} />}
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="isEnabled" defaultChecked={value.isEnabled} className="accent-slate-900" />
        Send notification email for this organization
      </label>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save sender'}
      </Button>
    </form>
  )
}

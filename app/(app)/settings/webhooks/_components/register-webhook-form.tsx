'use client'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { Field, FormMessage, inputClass } from '@/components/ui/field'
import { WEBHOOK_EVENTS, WEBHOOK_EVENT_LABELS } from '@/lib/domain/webhook-events'
import { registerWebhookAction } from '../actions'

export function RegisterWebhookForm() {
  const { state, pending, formProps } = useFormAction(registerWebhookAction, { resetOnSuccess: true })
  return (
    <form {...formProps} className="space-y-3">
      <Field label="Endpoint URL" error={state?.fieldErrors?.url} hint="https only.">
        {(p) => (
          <input {...p} name="url" type="url" placeholder="https://hooks.example.com/keyproof" className={inputClass} />
        )}
      </Field>
      <Field label="Description" error={state?.fieldErrors?.description}>
        {(p) => <input {...p} name="description" className={inputClass} />}
      </Field>
      <fieldset>
        <legend className="mb-1 text-xs font-medium text-slate-700">Events</legend>
        <div className="grid gap-1">
          {WEBHOOK_EVENTS.map((e) => (
            <label key={e} className="inline-flex items-center gap-1.5 text-xs text-slate-800">
              <input type="checkbox" name="events" value={e} className="accent-slate-900" />
              {WEBHOOK_EVENT_LABELS[e]} <span className="font-mono text-slate-500">{e}</span>
            </label>
          ))}
        </div>
        {state?.fieldErrors?.events && <p className="mt-1 text-xs text-red-700">{state.fieldErrors.events[0]}</p>}
      </fieldset>
      <FormMessage state={state} />
      {state?.ok && state.data && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <p className="text-xs font-medium text-amber-900">Signing secret (shown once):</p>
          <code data-testid="webhook-secret" className="mt-1 block font-mono text-xs break-all select-all">
            {(state.data as { secret: string }).secret}
          </code>
        </div>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? 'Registering…' : 'Register endpoint'}
      </Button>
    </form>
  )
}

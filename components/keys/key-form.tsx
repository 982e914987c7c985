'use client'
import { useFormAction } from '@/components/ui/use-form-action'
import {
  KEY_OWNERSHIPS,
  KEY_OWNERSHIP_LABELS,
  KEY_SERVICES,
  KEY_SERVICE_LABELS,
  ROTATIONS,
  ROTATION_LABELS,
} from '@/lib/domain/enums'
import { addKeyAction, updateKeyAction } from '@/app/(app)/reviews/[reviewId]/keys/actions'
import { Button } from '@/components/ui/button'
import { Field, FormMessage, inputClass } from '@/components/ui/field'

export interface KeyValues {
  id: string
  version: number
  service: string
  keyRef: string
  alias: string
  ownership: string
  administeredBy: string
  rotation: string
  rotationPeriodDays: number | null
  rotationValidatedAt: string
  disableImpact: string
}

export function KeyForm({ reviewId, value }: { reviewId: string; value?: KeyValues }) {
  const { state, pending, formProps } = useFormAction<unknown>(value ? updateKeyAction : addKeyAction, {
    resetOnSuccess: !value,
  })
  const err = (k: string) => state?.fieldErrors?.[k]
  const sel = (
    name: keyof KeyValues,
    label: string,
    values: readonly string[],
    labels: Record<string, string>,
    def: string,
  ) => (
    <Field label={label} error={err(name)}>
      {(p) => (
        <select {...p} name={name} defaultValue={(value?.[name] as string) ?? def} className={inputClass}>
          {values.map((v) => (
            <option key={v} value={v}>
              {labels[v]}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
  const txt = (name: keyof KeyValues, label: string, hint?: string, type = 'text') => (
    <Field label={label} error={err(name)} hint={hint}>
      {(p) => (
        <input {...p} name={name} type={type} defaultValue={String(value?.[name] ?? '')} className={inputClass} />
      )}
    </Field>
  )
  return (
    <form {...formProps} className="space-y-3" aria-label={value ? 'Edit key' : 'Add a key'}>
      <input type="hidden" name="reviewId" value={reviewId} />
      {value && (
        <>
          <input type="hidden" name="id" value={value.id} />
          <input type="hidden" name="version" value={value.version} />
        </>
      )}
      <div className="grid gap-3 md:grid-cols-3">
        {sel('service', 'Key service', KEY_SERVICES, KEY_SERVICE_LABELS, 'AWS_KMS')}
        {txt('keyRef', 'Key reference', 'ARN, resource name or id')}
        {txt('alias', 'Alias')}
        {sel('ownership', 'Key model', KEY_OWNERSHIPS, KEY_OWNERSHIP_LABELS, 'CUSTOMER_MANAGED')}
        {txt('administeredBy', 'Administered by', 'Team or role that can disable, rotate or delete it')}
        {sel('rotation', 'Rotation', ROTATIONS, ROTATION_LABELS, 'AUTOMATIC')}
        {txt('rotationPeriodDays', 'Rotation period (days)', undefined, 'number')}
        {txt('rotationValidatedAt', 'Rotation validated on', 'When a rotation was last tested end to end', 'date')}
      </div>
      <Field label="What breaks if it is disabled" error={err('disableImpact')}>
        {(p) => (
          <textarea {...p} name="disableImpact" rows={2} defaultValue={value?.disableImpact} className={inputClass} />
        )}
      </Field>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : value ? 'Save key' : 'Add key'}
      </Button>
    </form>
  )
}

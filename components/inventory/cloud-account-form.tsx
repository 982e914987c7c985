'use client'
import { useFormAction } from '@/components/ui/use-form-action'
import { CLOUD_PROVIDERS, CLOUD_PROVIDER_LABELS, CONTROLLED_BY_LABELS, CONTROLLED_BY_VALUES } from '@/lib/domain/enums'
import { addCloudAccountAction } from '@/app/(app)/reviews/[reviewId]/inventory/actions'
import { Button } from '@/components/ui/button'
import { Field, FormMessage, inputClass } from '@/components/ui/field'

export function CloudAccountForm({ reviewId }: { reviewId: string }) {
  const { state, pending, formProps } = useFormAction(addCloudAccountAction, { resetOnSuccess: true })
  const err = (k: string) => state?.fieldErrors?.[k]
  return (
    <form {...formProps} className="grid items-end gap-3 md:grid-cols-5" aria-label="Add a cloud account">
      <input type="hidden" name="reviewId" value={reviewId} />
      <Field label="Provider" error={err('provider')}>
        {(p) => (
          <select {...p} name="provider" className={inputClass}>
            {CLOUD_PROVIDERS.map((c) => (
              <option key={c} value={c}>
                {CLOUD_PROVIDER_LABELS[c]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Account reference" error={err('accountRef')}>
        {(p) => <input {...p} name="accountRef" placeholder="123456789012" className={inputClass} />}
      </Field>
      <Field label="Controlled by" error={err('controlledBy')}>
        {(p) => (
          <select {...p} name="controlledBy" className={inputClass}>
            {CONTROLLED_BY_VALUES.map((c) => (
              <option key={c} value={c}>
                {CONTROLLED_BY_LABELS[c]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Account region" error={err('region')}>
        {(p) => <input {...p} name="region" placeholder="eu-west-1" className={inputClass} />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? 'Adding…' : 'Add account'}
      </Button>
      <div className="md:col-span-5">
        <FormMessage state={state} />
      </div>
    </form>
  )
}

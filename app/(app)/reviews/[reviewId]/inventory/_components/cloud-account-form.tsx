'use client'
// Add a cloud account: its declared fields (lib/domain/fields/cloud-account.ts), in one row.
import { useFormAction } from '@/components/ui/use-form-action'
import { CLOUD_ACCOUNT_FIELDS } from '@/lib/domain/fields/cloud-account'
import { fieldNames } from '@/lib/domain/fields/spec'
import { Button } from '@/components/ui/button'
import { FormMessage } from '@/components/ui/field'
import { FieldControl } from '@/components/forms/field-control'
import { addCloudAccountAction } from '../actions'

export function CloudAccountForm({ reviewId }: { reviewId: string }) {
  const { state, pending, formProps } = useFormAction(addCloudAccountAction, { resetOnSuccess: true })
  return (
    <form {...formProps} className="grid items-end gap-3 md:grid-cols-5" aria-label="Add a cloud account">
      <input type="hidden" name="reviewId" value={reviewId} />
      {fieldNames(CLOUD_ACCOUNT_FIELDS).map((name) => (
        <FieldControl key={name} name={name} spec={CLOUD_ACCOUNT_FIELDS[name]} error={state?.fieldErrors?.[name]} />
      ))}
      <Button type="submit" disabled={pending}>
        {pending ? 'Adding…' : 'Add account'}
      </Button>
      <div className="md:col-span-5">
        <FormMessage state={state} />
      </div>
    </form>
  )
}

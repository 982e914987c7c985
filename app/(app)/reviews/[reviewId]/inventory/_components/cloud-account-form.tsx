'use client'
// Add a cloud account: its declared fields (lib/domain/fields/cloud-account.ts), in one row.
import { useFormAction } from '@/components/ui/use-form-action'
import { useFormFields } from '@/components/forms/form-fields'
import { Button } from '@/components/ui/button'
import { FormMessage } from '@/components/ui/field'
import { FieldControl } from '@/components/forms/field-control'
import { addCloudAccountAction } from '../actions'

export function CloudAccountForm({ reviewId }: { reviewId: string }) {
  const { state, pending, formProps } = useFormAction(addCloudAccountAction, { resetOnSuccess: true })
  const fields = useFormFields('cloudAccount')
  return (
    <form {...formProps} className="grid items-end gap-3 md:grid-cols-5" aria-label="Add a cloud account">
      <input type="hidden" name="reviewId" value={reviewId} />
      {fields.map((f) => (
        <FieldControl key={f.name} name={f.name} spec={f} error={state?.fieldErrors?.[f.name]} />
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

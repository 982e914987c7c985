'use client'
// Add or edit a key of the register: its declared fields (lib/domain/fields/key.ts), rendered in order.
import { useFormAction } from '@/components/ui/use-form-action'
import type { KeyFieldName } from '@/lib/domain/fields/key'
import { fieldNamed, useFormFields } from '@/components/forms/form-fields'
import { Button } from '@/components/ui/button'
import { FormMessage } from '@/components/ui/field'
import { FieldControl } from '@/components/forms/field-control'
import { addKeyAction, updateKeyAction } from '../actions'

export type KeyFormValue = { id: string; version: number } & Partial<Record<KeyFieldName, unknown>>

const NEW_KEY: Partial<Record<KeyFieldName, unknown>> = {
  service: 'AWS_KMS',
  ownership: 'CUSTOMER_MANAGED',
  rotation: 'AUTOMATIC',
}

export function KeyForm({ reviewId, value }: { reviewId: string; value?: KeyFormValue }) {
  const { state, pending, formProps } = useFormAction<unknown>(value ? updateKeyAction : addKeyAction, {
    resetOnSuccess: !value,
  })
  const values = value ?? NEW_KEY
  const fields = useFormFields('key')
  const GRID = fields.filter((f) => f.input !== 'textarea').map((f) => f.name as KeyFieldName)
  const TEXTS = fields.filter((f) => f.input === 'textarea').map((f) => f.name as KeyFieldName)
  const control = (name: KeyFieldName) => (
    <FieldControl
      key={name}
      name={name}
      spec={fieldNamed(fields, name)}
      value={values[name]}
      error={state?.fieldErrors?.[name]}
    />
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
      <div className="grid gap-3 md:grid-cols-3">{GRID.map(control)}</div>
      {TEXTS.map(control)}
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : value ? 'Save key' : 'Add key'}
      </Button>
    </form>
  )
}

'use client'
import { useFormAction } from '@/components/ui/use-form-action'
import { ConfirmSubmit } from '@/components/ui/confirm-submit'
import { FormMessage } from '@/components/ui/field'
import { revokeTokenAction } from '../actions'

export function RevokeToken({ token }: { token: { id: string; version: number; name: string } }) {
  const { state, pending, formProps } = useFormAction(revokeTokenAction)
  return (
    <form {...formProps} className="space-y-1">
      <input type="hidden" name="tokenId" value={token.id} />
      <input type="hidden" name="version" value={token.version} />
      <ConfirmSubmit
        label="Revoke"
        ariaLabel={`Revoke token “${token.name}”`}
        title={`Revoke the API token “${token.name}”?`}
        consequence={`Anything using “${token.name}” stops working at once. This cannot be undone.`}
        confirmLabel={`Revoke “${token.name}”`}
        variant="danger"
        pending={pending}
      />
      <FormMessage state={state} />
    </form>
  )
}

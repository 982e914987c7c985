'use client'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { FormMessage } from '@/components/ui/field'
import { setWebhookEnabledAction } from '../actions'

export function EndpointToggle({ endpoint }: { endpoint: { id: string; version: number; isEnabled: boolean } }) {
  const { state, pending, formProps } = useFormAction(setWebhookEnabledAction)
  return (
    <form {...formProps}>
      <input type="hidden" name="endpointId" value={endpoint.id} />
      <input type="hidden" name="version" value={endpoint.version} />
      <input type="hidden" name="enabled" value={endpoint.isEnabled ? 'false' : 'true'} />
      <Button type="submit" size="sm" variant={endpoint.isEnabled ? 'danger' : 'secondary'} disabled={pending}>
        {endpoint.isEnabled ? 'Disable' : 'Enable'}
      </Button>
      <FormMessage state={state?.ok ? null : state} />
    </form>
  )
}

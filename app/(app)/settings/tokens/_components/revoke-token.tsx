'use client'
import { useState } from 'react'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { FormMessage } from '@/components/ui/field'
import { revokeTokenAction } from '../actions'

export function RevokeToken({ token }: { token: { id: string; version: number; name: string } }) {
  const [confirming, setConfirming] = useState(false)
  const { state, pending, formProps } = useFormAction(revokeTokenAction)
  if (!confirming)
    return (
      <Button size="sm" variant="danger" onClick={() => setConfirming(true)}>
        Revoke
      </Button>
    )
  return (
    <form {...formProps} className="space-y-1">
      <input type="hidden" name="tokenId" value={token.id} />
      <input type="hidden" name="version" value={token.version} />
      <p className="text-xs text-slate-700">Anything using “{token.name}” stops working at once.</p>
      <div className="flex gap-1">
        <Button type="submit" size="sm" variant="danger" disabled={pending}>
          Revoke “{token.name}”
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
          Cancel
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  )
}

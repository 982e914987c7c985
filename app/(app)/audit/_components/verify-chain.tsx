'use client'
import { useActionState } from 'react'
import { verifyChainAction } from '../actions'
import { Button } from '@/components/ui/button'

export function VerifyChain() {
  const [state, action, pending] = useActionState(verifyChainAction, null)
  const result = state?.data
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Verifying…' : 'Verify chain'}
      </Button>
      <div aria-live="polite">
        {state && !state.ok && (
          <p role="status" className="text-sm text-red-800">
            {state.message}
          </p>
        )}
        {result?.ok && (
          <p role="status" className="text-sm text-emerald-800">
            <span className="font-medium">Chain verified:</span> {result.count} events, no broken link.
            {result.head && (
              <>
                {' '}
                Head seq {result.head.seq}, <span className="font-mono text-xs">{result.head.hash.slice(0, 16)}…</span>
              </>
            )}
          </p>
        )}
        {result && !result.ok && (
          <p role="status" className="text-sm text-red-800">
            <span className="font-medium">Chain broken at seq {result.brokenSeq}:</span> {result.reason}. {result.count}{' '}
            events before it verify.
          </p>
        )}
      </div>
    </form>
  )
}

'use client'
import { useActionState } from 'react'
import { verifyChainAction } from '../actions'
import { Button } from '@/components/ui/button'
import type { ChainProblemKind } from '@/lib/audit/checkpoint'

const PROBLEM_TITLE: Record<ChainProblemKind, (seq: number) => string> = {
  BROKEN: (seq) => `Chain broken at seq ${seq}`,
  TRUNCATED: (seq) => `Events deleted from seq ${seq}`,
  REWRITTEN: (seq) => `History rewritten at seq ${seq}`,
  BAD_CHECKPOINT: () => 'Checkpoint file damaged',
}

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
            )}{' '}
            {result.checkpoints > 0 && `Consistent with ${result.checkpoints} signed checkpoints.`}{' '}
            {result.checkpoint &&
              (result.checkpoint.written
                ? `Checkpoint of seq ${result.checkpoint.seq} signed and written.`
                : `Seq ${result.checkpoint.seq} was already checkpointed.`)}
          </p>
        )}
        {result && !result.ok && (
          <p role="status" className="text-sm text-red-800">
            <span className="font-medium">{PROBLEM_TITLE[result.kind](result.brokenSeq)}:</span> {result.reason}.
            {result.kind === 'BROKEN' && ` ${result.count} events before it verify.`} No checkpoint was written.
          </p>
        )}
      </div>
    </form>
  )
}

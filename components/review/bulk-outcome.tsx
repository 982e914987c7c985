'use client'
// What a bulk action did: the summary (FormMessage) and, when some rows were refused, each one with its reason.
import { useEffect, useRef } from 'react'
import type { BulkResult } from '@/lib/domain/bulk'
import { FormMessage } from '@/components/ui/field'
import type { ActionState } from '@/lib/action-state'

export function BulkOutcome({ state }: { state: ActionState<BulkResult> | null }) {
  const refused = state?.ok ? (state.data?.refused ?? []) : []
  return (
    <div className="space-y-1">
      <FormMessage state={state} />
      {refused.length > 0 && (
        <ul className="rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-900" aria-label="Refused rows">
          {refused.map((r) => (
            <li key={r.id}>
              <span className="font-medium">{r.label}</span>: {r.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** The rows a bulk dialog covers, by name: the user sees exactly what they confirm. */
export function BulkList({ labels }: { labels: string[] }) {
  return (
    <ul className="max-h-48 list-disc overflow-y-auto pl-5 text-sm text-slate-800" aria-label="Selected rows">
      {labels.map((label) => (
        <li key={label}>{label}</li>
      ))}
    </ul>
  )
}

/** Runs `onSuccess` once per successful result (clearing the selection), not on every re-render. */
export function useOnBulkSuccess(state: ActionState<unknown> | null, onSuccess: () => void) {
  const handled = useRef<unknown>(null)
  useEffect(() => {
    if (!state?.ok || handled.current === state) return
    handled.current = state
    onSuccess()
  }, [state, onSuccess])
}

'use client'
// Offers the migration plan skeleton when a location's key is fixed at creation and below the requirement.
import { useState, useTransition } from 'react'
import { Button } from '@/components/ui/button'
import type { ActionState } from '@/lib/action-state'
import { generateMigrationPlanAction } from '../plan-actions'

export function GeneratePlan({ reviewId, locations }: { reviewId: string; locations: string[] }) {
  const [state, setState] = useState<ActionState | null>(null)
  const [pending, start] = useTransition()
  return (
    <div className="space-y-2 rounded-md border border-amber-200 bg-amber-50/50 p-3 text-sm">
      <p className="text-slate-700">
        {locations.join(', ')} cannot meet the key requirement without replacing the cluster. Start the plan from a
        skeleton: new cluster under the right key, replication, consumer and producer cut-over with offsets, a
        validation window and a rollback. You then complete each step.
      </p>
      <Button
        size="sm"
        disabled={pending}
        onClick={() => start(async () => setState(await generateMigrationPlanAction({ reviewId })))}
      >
        Generate plan skeleton
      </Button>
      <div aria-live="polite">
        {state?.message && (
          <p role="status" className={state.ok ? 'text-emerald-800' : 'text-red-800'}>
            {state.message}
          </p>
        )}
      </div>
    </div>
  )
}

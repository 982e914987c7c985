import 'server-only'
// Generates the migration plan skeleton for locations whose key is fixed at creation and below the requirement:
// on request, once (only into an empty plan), judged on the review as it is under the lock, and audited.
import { z } from 'zod'
import { AppError, conflict } from '@/lib/errors'
import { migrationPlanSkeleton } from '@/lib/domain/migration-plan'
import { locationRef } from '@/lib/rules'
import type { Actor } from './actor'
import { withReviewChange } from './review-change'
import { parseInput } from './validate'

const inputSchema = z.object({ reviewId: z.string().min(1) })

export async function generateMigrationPlan(actor: Actor, input: unknown) {
  const { reviewId } = parseInput(inputSchema, input)
  return withReviewChange(actor, reviewId, 'inventory:edit', async ({ tx, audit, evaluate }) => {
    const ws = await evaluate()
    const targets = new Set(ws.findings.filter((f) => f.code === 'MS-KEY-FIXED-AT-CREATION').map((f) => f.targetRef))
    const locations = ws.snapshot.locations.filter((l) => targets.has(locationRef(l.id)))
    if (locations.length === 0)
      throw new AppError(
        'VALIDATION',
        'No in-scope location needs a migration: none is below the requirement with a key fixed at creation.',
      )
    const scope = { reviewId, organizationId: actor.organizationId }
    if (await tx.migrationStep.count({ where: scope }))
      throw conflict('The migration plan already has steps: the skeleton is generated only into an empty plan.')
    const steps = migrationPlanSkeleton(ws.review.keyRequirement, locations)
    await tx.migrationStep.createMany({
      data: steps.map((s, position) => ({ ...s, ...scope, position, status: 'PLANNED' as const, owner: '' })),
    })
    await audit('migration.plan_generated', 'Review', reviewId, {
      reviewId,
      locationIds: locations.map((l) => l.id),
      steps: steps.map((s) => s.kind),
    })
    return { steps: steps.length }
  })
}

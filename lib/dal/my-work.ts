import 'server-only'
// "My work": the current user's next steps across every open review of the organization.
import { db } from '@/lib/db'
import { evaluate } from '@/lib/rules'
import { nextSteps } from '@/lib/domain/next-steps'
import { assertCan, type Actor } from './actor'
import { loadSnapshots } from './snapshot'

export async function listMyWork(actor: Actor, now = new Date()) {
  assertCan(actor, 'review:read')
  const reviews = await db.review.findMany({
    where: { organizationId: actor.organizationId, status: { not: 'DECIDED' } },
    orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { updatedAt: 'desc' }],
    select: { id: true, title: true, platform: true, dueDate: true },
  })
  const snapshots = await loadSnapshots(
    actor.organizationId,
    reviews.map((r) => r.id),
  )
  return reviews
    .map((r) => {
      const snapshot = snapshots.get(r.id)!
      return { review: r, steps: nextSteps(snapshot, evaluate(snapshot, now), actor.roles, actor.userId, now) }
    })
    .filter((w) => w.steps.length > 0)
}

import 'server-only'
// "My work": the current user's next steps across every open review of the organization, and, for compliance,
// every approved review whose decision went stale (an exception lapsed, evidence expired) and has no re-review yet.
import { db } from '@/lib/db'
import { can } from '@/lib/auth/permissions'
import { evaluate } from '@/lib/rules'
import { nextSteps } from '@/lib/domain/next-steps'
import { assertCan, type Actor } from './actor'
import { loadSnapshots } from './snapshot'
import { loadWorkspace } from './workspace'

const SELECT = { id: true, title: true, platform: true, dueDate: true, status: true } as const

export async function listMyWork(actor: Actor, now = new Date()) {
  assertCan(actor, 'review:read')
  const [open, approved] = await Promise.all([
    db.review.findMany({
      where: { organizationId: actor.organizationId, status: { not: 'DECIDED' } },
      orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { updatedAt: 'desc' }],
      select: SELECT,
    }),
    can(actor.roles, 'review:decide')
      ? db.review.findMany({
          where: {
            organizationId: actor.organizationId,
            status: 'DECIDED',
            decision: { in: ['APPROVED', 'APPROVED_WITH_EXCEPTIONS'] },
            nextReviews: { none: {} },
          },
          orderBy: { decidedAt: 'desc' },
          select: SELECT,
        })
      : [],
  ])
  const snapshots = await loadSnapshots(
    actor.organizationId,
    open.map((r) => r.id),
  )
  const work = open.map((r) => {
    const snapshot = snapshots.get(r.id)!
    return { review: r, steps: nextSteps(snapshot, evaluate(snapshot, now), actor.roles, actor.userId, now) }
  })
  // A decided review's staleness needs its gate fingerprints: the (cached) workspace has them.
  const stale = []
  for (const r of approved) {
    const ws = await loadWorkspace(actor, r.id, now)
    if (!ws.decisionStaleness.isStale) continue
    const steps = nextSteps(ws.snapshot, ws.findings, actor.roles, actor.userId, now)
    stale.push({ review: r, steps: steps.filter((s) => s.id === 'compliance.decision-stale') })
  }
  return [...stale, ...work].filter((w) => w.steps.length > 0)
}

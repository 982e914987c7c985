import 'server-only'
// Taking a location out of scope is agreed, not typed. A platform owner proposes an exclusion with a reason; the
// location stays in scope (rules, coverage) until a security reviewer who did not propose it accepts it, or
// declines it with a note. Withdrawing an accepted exclusion brings the location back in scope. Every step is a
// row of history and an audit event; only this file writes a location's inScope and exclusionReason.
import { z } from 'zod'
import { db, type Tx } from '@/lib/db'
import { can } from '@/lib/auth/permissions'
import { conflict, forbidden, notFound } from '@/lib/errors'
import { exclusionReasonSchema } from '@/lib/domain/fields/location'
import { text } from '@/lib/domain/fields/primitives'
import { assertCan, type Actor } from './actor'
import { parseInput } from './validate'
import { withReviewChange } from './review-change'

const note = (what: string) => text(2000).pipe(z.string().min(10, `Say ${what} (at least 10 characters).`))
const proposeSchema = z.object({
  reviewId: z.string().min(1),
  locationId: z.string().min(1),
  reason: exclusionReasonSchema.pipe(z.string()),
})
const refSchema = z.object({ exclusionId: z.string().min(1), version: z.coerce.number().int().min(1) })
const decideSchema = z.discriminatedUnion('decision', [
  refSchema.extend({ decision: z.literal('ACCEPT'), note: text(2000) }),
  refSchema.extend({ decision: z.literal('DECLINE'), note: note('why it stays in scope') }),
])
const withdrawSchema = refSchema.extend({ reason: note('why the exclusion is withdrawn') })

/** The review an exclusion belongs to (tenant-scoped), so the change can lock it before re-reading the row. */
const reviewOfExclusion = (actor: Actor, exclusionId: string) => async (tx: Tx) => {
  const row = await tx.locationExclusion.findFirst({
    where: { id: exclusionId, organizationId: actor.organizationId },
    select: { reviewId: true },
  })
  if (!row) throw notFound('Exclusion')
  return row.reviewId
}

/** Moves the exclusion from the state the user saw, with the version they saw; anything else is a conflict. */
async function transition(tx: Tx, id: string, version: number, from: 'PROPOSED' | 'ACCEPTED', data: object) {
  const { count } = await tx.locationExclusion.updateMany({
    where: { id, version, status: from },
    data: { ...data, version: { increment: 1 } },
  })
  if (count === 0) throw conflict('This exclusion was changed by someone else — reload and try again.')
}

/** The location follows the accepted exclusion; its version moves so an open edit form sees a conflict. */
async function setScope(tx: Tx, locationId: string, inScope: boolean, exclusionReason: string | null) {
  const { count } = await tx.storageLocation.updateMany({
    where: { id: locationId, inScope: !inScope },
    data: { inScope, exclusionReason, version: { increment: 1 } },
  })
  if (count === 0) throw conflict('The location’s scope was changed by someone else — reload and try again.')
}

export async function proposeExclusion(actor: Actor, input: unknown) {
  const m = parseInput(proposeSchema, input)
  return withReviewChange(actor, m.reviewId, 'inventory:edit', async ({ tx, audit }) => {
    const location = await tx.storageLocation.findFirst({
      where: { id: m.locationId, reviewId: m.reviewId, organizationId: actor.organizationId },
      select: { id: true, name: true, inScope: true },
    })
    if (!location) throw notFound('Location')
    if (!location.inScope) throw conflict(`“${location.name}” is already excluded.`)
    const open = await tx.locationExclusion.findFirst({ where: { locationId: m.locationId, status: 'PROPOSED' } })
    if (open) throw conflict(`An exclusion of “${location.name}” is already proposed: a security reviewer decides it.`)
    const row = await tx.locationExclusion.create({
      data: {
        organizationId: actor.organizationId,
        reviewId: m.reviewId,
        locationId: m.locationId,
        reason: m.reason,
        proposedById: actor.userId,
      },
      select: { id: true },
    })
    await audit('exclusion.proposed', 'LocationExclusion', row.id, {
      reviewId: m.reviewId,
      locationId: m.locationId,
      reason: m.reason,
    })
    return row
  })
}

export async function decideExclusion(actor: Actor, input: unknown) {
  const m = parseInput(decideSchema, input)
  return withReviewChange(
    actor,
    reviewOfExclusion(actor, m.exclusionId),
    'exclusion:decide',
    async ({ tx, audit, now }) => {
      const row = await tx.locationExclusion.findUniqueOrThrow({ where: { id: m.exclusionId } })
      if (row.proposedById === actor.userId)
        throw forbidden(
          'You proposed this exclusion, so another security reviewer must decide it (separation of duties).',
        )
      const accept = m.decision === 'ACCEPT'
      await transition(tx, row.id, m.version, 'PROPOSED', {
        status: accept ? 'ACCEPTED' : 'DECLINED',
        decidedById: actor.userId,
        decidedAt: now,
        decisionNote: m.note || null,
      })
      if (accept) await setScope(tx, row.locationId, false, row.reason)
      await audit(accept ? 'exclusion.accepted' : 'exclusion.declined', 'LocationExclusion', row.id, {
        reviewId: row.reviewId,
        locationId: row.locationId,
        note: m.note,
      })
      return { accepted: accept }
    },
  )
}

export async function withdrawExclusion(actor: Actor, input: unknown) {
  const m = parseInput(withdrawSchema, input)
  // Proposers (owners) and deciders (reviewers) both may withdraw: withdrawing only ever widens the scope.
  if (!can(actor.roles, 'inventory:edit') && !can(actor.roles, 'exclusion:decide')) throw forbidden()
  return withReviewChange(actor, reviewOfExclusion(actor, m.exclusionId), 'review:read', async ({ tx, audit, now }) => {
    const row = await tx.locationExclusion.findUniqueOrThrow({ where: { id: m.exclusionId } })
    if (row.status !== 'PROPOSED' && row.status !== 'ACCEPTED')
      throw conflict('This exclusion is no longer open — reload to see its state.')
    await transition(tx, row.id, m.version, row.status, {
      status: 'WITHDRAWN',
      withdrawnById: actor.userId,
      withdrawnAt: now,
      withdrawnReason: m.reason,
    })
    if (row.status === 'ACCEPTED') await setScope(tx, row.locationId, true, null)
    await audit('exclusion.withdrawn', 'LocationExclusion', row.id, {
      reviewId: row.reviewId,
      locationId: row.locationId,
      wasAccepted: row.status === 'ACCEPTED',
      reason: m.reason,
    })
  })
}

/** Every exclusion of a review, newest first, with the names of who proposed, decided and withdrew it. */
export async function listExclusions(actor: Actor, reviewId: string) {
  assertCan(actor, 'review:read')
  const rows = await db.locationExclusion.findMany({
    where: { reviewId, organizationId: actor.organizationId },
    orderBy: { createdAt: 'desc' },
  })
  const ids = [...new Set(rows.flatMap((r) => [r.proposedById, r.decidedById, r.withdrawnById]))].filter(
    (id): id is string => !!id,
  )
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
  const name = (id: string | null) => (id ? (users.find((u) => u.id === id)?.name ?? 'a former member') : null)
  return rows.map((r) => ({
    ...r,
    proposedBy: name(r.proposedById)!,
    decidedBy: name(r.decidedById),
    withdrawnBy: name(r.withdrawnById),
  }))
}
export type ExclusionRow = Awaited<ReturnType<typeof listExclusions>>[number]

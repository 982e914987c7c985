import 'server-only'
// Risk exceptions: a security reviewer or platform owner requests one for a finding on a target;
// compliance grants it (at most 365 days) or revokes it. Live/expired is computed from `now`.
import { z } from 'zod'
import { db, type Tx } from '@/lib/db'
import { AppError, conflict, forbidden, notFound } from '@/lib/errors'
import { isFindingCode } from '@/lib/rules'
import { assertCan, type Actor } from './actor'
import { parseInput } from './validate'
import { calendarDate } from '@/lib/domain/fields/primitives'
import { withReviewChange } from './review-change'

export const MAX_EXCEPTION_DAYS = 365
const text = (what: string) => z.string().trim().min(20, `Describe ${what} (at least 20 characters).`).max(4000)

export const requestExceptionSchema = z.object({
  reviewId: z.string().min(1),
  findingCode: z.string().refine(isFindingCode, 'Choose a finding.'),
  targetRef: z.string().min(1).max(200),
  justification: text('why the risk is acceptable'),
  compensatingControls: text('the compensating controls'),
  // An exception lasts to the end of its last day, in UTC.
  expiresAt: calendarDate('the expiry date').transform((d) => new Date(d.getTime() + 86_399_000)),
})
const refSchema = z.object({ exceptionId: z.string().min(1), version: z.coerce.number().int().min(1) })
const revokeSchema = refSchema.extend({ reason: text('why it is revoked') })

export async function requestException(actor: Actor, input: unknown, now = new Date()) {
  const m = parseInput(requestExceptionSchema, input)
  if (m.expiresAt <= now)
    throw new AppError('VALIDATION', 'The expiry must be in the future.', { expiresAt: ['Must be in the future.'] })
  if (m.expiresAt.getTime() - now.getTime() > MAX_EXCEPTION_DAYS * 86_400_000)
    throw new AppError('VALIDATION', `An exception lasts at most ${MAX_EXCEPTION_DAYS} days.`, {
      expiresAt: [`At most ${MAX_EXCEPTION_DAYS} days out.`],
    })
  return withReviewChange(
    actor,
    m.reviewId,
    'exception:request',
    async ({ tx, audit, evaluate }) => {
      const ws = await evaluate()
      const isBlocker = ws.findings.some(
        (f) => f.code === m.findingCode && f.targetRef === m.targetRef && f.severity === 'BLOCKER',
      )
      if (!isBlocker)
        throw new AppError(
          'VALIDATION',
          'There is no such blocker on this review now; exceptions cover an existing blocker.',
        )
      const row = await tx.riskException.create({
        data: { ...m, organizationId: actor.organizationId, requestedById: actor.userId },
        select: { id: true },
      })
      await audit('exception.requested', 'RiskException', row.id, { ...m })
      return row
    },
    { now },
  )
}

/** The review an exception belongs to (tenant-scoped), so the change can lock it before reading the row. */
const reviewOfException = (actor: Actor, exceptionId: string) => async (tx: Tx) => {
  const row = await tx.riskException.findFirst({
    where: { id: exceptionId, organizationId: actor.organizationId },
    select: { reviewId: true },
  })
  if (!row) throw notFound('Exception')
  return row.reviewId
}

/** Re-reads the exception after the review lock and checks the version the user saw. */
async function lockedException(tx: Tx, exceptionId: string, version: number) {
  const row = await tx.riskException.findUniqueOrThrow({ where: { id: exceptionId } })
  if (row.version !== version) throw conflict('This exception was changed by someone else — reload and try again.')
  return row
}

export async function grantException(actor: Actor, input: unknown, now = new Date()) {
  const { exceptionId, version } = parseInput(refSchema, input)
  return withReviewChange(
    actor,
    reviewOfException(actor, exceptionId),
    'exception:grant',
    async ({ tx, audit }) => {
      const row = await lockedException(tx, exceptionId, version)
      if (row.requestedById === actor.userId)
        throw forbidden('You requested this exception, so someone else must grant it (separation of duties).')
      if (row.approvedAt || row.revokedAt) throw new AppError('CONFLICT', 'This exception was already decided.')
      if (row.expiresAt <= now) throw new AppError('CONFLICT', 'This exception’s expiry has passed; request a new one.')
      await tx.riskException.update({
        where: { id: exceptionId },
        data: { approvedById: actor.userId, approvedAt: now, version: { increment: 1 } },
      })
      await audit('exception.granted', 'RiskException', exceptionId, {
        findingCode: row.findingCode,
        targetRef: row.targetRef,
        expiresAt: row.expiresAt,
      })
    },
    { now },
  )
}

export async function revokeException(actor: Actor, input: unknown, now = new Date()) {
  const { exceptionId, version, reason } = parseInput(revokeSchema, input)
  return withReviewChange(
    actor,
    reviewOfException(actor, exceptionId),
    'exception:grant',
    async ({ tx, audit }) => {
      const row = await lockedException(tx, exceptionId, version)
      if (row.revokedAt) throw new AppError('CONFLICT', 'This exception is already revoked.')
      await tx.riskException.update({
        where: { id: exceptionId },
        data: { revokedById: actor.userId, revokedAt: now, revokeReason: reason, version: { increment: 1 } },
      })
      await audit('exception.revoked', 'RiskException', exceptionId, { reason })
    },
    { now },
  )
}

export async function listExceptions(actor: Actor, reviewId: string) {
  assertCan(actor, 'review:read')
  return db.riskException.findMany({
    where: { reviewId, organizationId: actor.organizationId },
    orderBy: { createdAt: 'desc' },
  })
}

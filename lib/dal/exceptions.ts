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
import { withReviewChange, type ReviewChange } from './review-change'
import type { RiskException } from '@/lib/generated/prisma/client'

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
export const grantNoteSchema = z
  .string()
  .trim()
  .min(10, 'Say why the risk is accepted and on what terms (at least 10 characters).')
  .max(4000)
const grantSchema = refSchema.extend({ note: grantNoteSchema })

/** An exception's expiry: in the future and at most MAX_EXCEPTION_DAYS out. */
export function assertExpiry(expiresAt: Date, now: Date) {
  if (expiresAt <= now)
    throw new AppError('VALIDATION', 'The expiry must be in the future.', { expiresAt: ['Must be in the future.'] })
  if (expiresAt.getTime() - now.getTime() > MAX_EXCEPTION_DAYS * 86_400_000)
    throw new AppError('VALIDATION', `An exception lasts at most ${MAX_EXCEPTION_DAYS} days.`, {
      expiresAt: [`At most ${MAX_EXCEPTION_DAYS} days out.`],
    })
}

export type ExceptionRequest = z.output<typeof requestExceptionSchema>

/** Records one request after the lock, if its finding is a blocker in `findings` (the bulk request runs this). */
export async function requestLoaded(
  { tx, actor, audit }: ReviewChange,
  findings: ReadonlyArray<{ code: string; targetRef: string; severity: string }>,
  m: ExceptionRequest,
) {
  const isBlocker = findings.some(
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
}

export async function requestException(actor: Actor, input: unknown, now = new Date()) {
  const m = parseInput(requestExceptionSchema, input)
  assertExpiry(m.expiresAt, now)
  return withReviewChange(
    actor,
    m.reviewId,
    'exception:request',
    async (c) => requestLoaded(c, (await c.evaluate()).findings, m),
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
export async function lockedException(tx: Tx, exceptionId: string, version: number) {
  const row = await tx.riskException.findUniqueOrThrow({ where: { id: exceptionId } })
  if (row.version !== version) throw conflict('This exception was changed by someone else — reload and try again.')
  return row
}

export async function grantException(actor: Actor, input: unknown, now = new Date()) {
  const { exceptionId, version, note } = parseInput(grantSchema, input)
  return withReviewChange(
    actor,
    reviewOfException(actor, exceptionId),
    'exception:grant',
    async (c) => grantLoaded(c, await lockedException(c.tx, exceptionId, version), note),
    { now },
  )
}

/** Grants one exception re-read under the lock at the version the user saw (the bulk grant runs this). */
export async function grantLoaded({ tx, actor, now, audit }: ReviewChange, row: RiskException, note: string) {
  if (row.requestedById === actor.userId)
    throw forbidden('You requested this exception, so someone else must grant it (separation of duties).')
  if (row.approvedAt || row.revokedAt) throw new AppError('CONFLICT', 'This exception was already decided.')
  if (row.expiresAt <= now) throw new AppError('CONFLICT', 'This exception’s expiry has passed; request a new one.')
  const { count } = await tx.riskException.updateMany({
    where: { id: row.id, version: row.version },
    data: { approvedById: actor.userId, approvedAt: now, grantNote: note, version: { increment: 1 } },
  })
  if (count !== 1) throw conflict('This exception was changed by someone else — reload and try again.')
  await audit('exception.granted', 'RiskException', row.id, {
    findingCode: row.findingCode,
    targetRef: row.targetRef,
    expiresAt: row.expiresAt,
    note,
  })
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

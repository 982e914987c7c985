import 'server-only'
// Evidence requests: OPEN → SUBMITTED → ACCEPTED | CHANGES_REQUESTED, or NOT_APPLICABLE with a reason.
// Platform owners submit; security reviewers assign, accept, send back. Nobody accepts evidence they uploaded.
import { z } from 'zod'
import { db, type Tx } from '@/lib/db'
import { AppError, conflict, forbidden, notFound } from '@/lib/errors'
import type { RequestStatus } from '@/lib/generated/prisma/enums'
import { assertCan, type Actor } from './actor'
import { parseInput } from './validate'
import { findEditableReview } from './review-access'
import { recordEvent } from './record-event'

const ref = { requestId: z.string().min(1), version: z.coerce.number().int().min(1) }
const note = (what: string) => z.string().trim().min(10, `Say ${what} (at least 10 characters).`).max(4000)
export const decideSchema = z.object(ref)
export const sendBackSchema = z.object({ ...ref, note: note('what is missing or wrong, so the owner can fix it') })
export const notApplicableSchema = z.object({ ...ref, reason: note('why this request does not apply') })
export const assignSchema = z.object({
  ...ref,
  assigneeId: z
    .union([z.literal(''), z.null(), z.string().max(64)])
    .optional()
    .transform((v) => v || null),
  dueDate: z
    .union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-12-31.')])
    .optional()
    .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null)),
})
export const commentSchema = z.object({
  requestId: z.string().min(1),
  body: z.string().trim().min(1, 'Write a comment first.').max(4000),
})

/** Re-reads the request with tenant scope, locks its review (decided reviews refuse) and checks state and version. */
async function loadForChange(
  tx: Tx,
  actor: Actor,
  requestId: string,
  version: number,
  allowed: RequestStatus[],
  verb: string,
) {
  const request = await tx.evidenceRequest.findFirst({ where: { id: requestId, organizationId: actor.organizationId } })
  if (!request) throw notFound('Evidence request')
  await findEditableReview(tx, actor, request.reviewId)
  if (request.version !== version)
    throw conflict('This request was changed by someone else — reload to see the change, then try again.')
  if (!allowed.includes(request.status))
    throw new AppError(
      'CONFLICT',
      `This request is ${request.status.toLowerCase().replace('_', ' ')}; it cannot be ${verb} now.`,
    )
  return request
}

async function transition(
  tx: Tx,
  actor: Actor,
  id: string,
  data: Record<string, unknown>,
  action: string,
  eventData: Record<string, unknown>,
) {
  const updated = await tx.evidenceRequest.update({
    where: { id },
    data: { ...data, version: { increment: 1 } },
    select: { id: true, status: true, version: true },
  })
  await recordEvent(tx, actor, action, 'EvidenceRequest', id, eventData)
  return updated
}

/** Current (not superseded) evidence linked to a request. */
export function currentEvidenceOf(tx: Tx, requestId: string) {
  return tx.evidence.findMany({
    where: { links: { some: { requestId } }, supersededBy: null },
    select: { id: true, uploadedById: true, sha256: true },
  })
}

export async function submitRequest(actor: Actor, input: unknown) {
  assertCan(actor, 'evidence:upload')
  const { requestId, version } = parseInput(decideSchema, input)
  return db.$transaction(async (tx) => {
    const request = await loadForChange(tx, actor, requestId, version, ['OPEN', 'CHANGES_REQUESTED'], 'submitted')
    const evidence = await currentEvidenceOf(tx, requestId)
    if (evidence.length === 0)
      throw new AppError('VALIDATION', 'Attach at least one piece of evidence before submitting this request.')
    return transition(
      tx,
      actor,
      request.id,
      { status: 'SUBMITTED', submittedById: actor.userId, submittedAt: new Date() },
      'request.submitted',
      { code: request.code, evidenceIds: evidence.map((e) => e.id) },
    )
  })
}

export async function acceptRequest(actor: Actor, input: unknown) {
  assertCan(actor, 'evidence:review')
  const { requestId, version } = parseInput(decideSchema, input)
  return db.$transaction(async (tx) => {
    const request = await loadForChange(tx, actor, requestId, version, ['SUBMITTED'], 'accepted')
    const evidence = await currentEvidenceOf(tx, requestId)
    if (evidence.some((e) => e.uploadedById === actor.userId))
      throw forbidden('You uploaded evidence for this request, so someone else must accept it (separation of duties).')
    return transition(
      tx,
      actor,
      request.id,
      { status: 'ACCEPTED', decidedById: actor.userId, decidedAt: new Date(), reviewerNote: null },
      'request.accepted',
      { code: request.code, evidence: evidence.map((e) => ({ id: e.id, sha256: e.sha256 })) },
    )
  })
}

export async function sendBackRequest(actor: Actor, input: unknown) {
  assertCan(actor, 'evidence:review')
  const { requestId, version, note: reviewerNote } = parseInput(sendBackSchema, input)
  return db.$transaction(async (tx) => {
    const request = await loadForChange(tx, actor, requestId, version, ['SUBMITTED', 'ACCEPTED'], 'sent back')
    return transition(
      tx,
      actor,
      request.id,
      { status: 'CHANGES_REQUESTED', reviewerNote, decidedById: actor.userId, decidedAt: new Date() },
      'request.changes_requested',
      { code: request.code, note: reviewerNote },
    )
  })
}

export async function markNotApplicable(actor: Actor, input: unknown) {
  assertCan(actor, 'evidence:review')
  const { requestId, version, reason } = parseInput(notApplicableSchema, input)
  return db.$transaction(async (tx) => {
    const request = await loadForChange(
      tx,
      actor,
      requestId,
      version,
      ['OPEN', 'SUBMITTED', 'CHANGES_REQUESTED'],
      'marked not applicable',
    )
    return transition(
      tx,
      actor,
      request.id,
      { status: 'NOT_APPLICABLE', notApplicableReason: reason, decidedById: actor.userId, decidedAt: new Date() },
      'request.not_applicable',
      { code: request.code, reason },
    )
  })
}

export async function reopenRequest(actor: Actor, input: unknown) {
  assertCan(actor, 'evidence:review')
  const { requestId, version } = parseInput(decideSchema, input)
  return db.$transaction(async (tx) => {
    const request = await loadForChange(tx, actor, requestId, version, ['NOT_APPLICABLE'], 'reopened')
    return transition(tx, actor, request.id, { status: 'OPEN', notApplicableReason: null }, 'request.reopened', {
      code: request.code,
    })
  })
}

/** The assignee must be an active platform owner of the organization. */
export async function assignRequest(actor: Actor, input: unknown) {
  assertCan(actor, 'review:scope')
  const { requestId, version, assigneeId, dueDate } = parseInput(assignSchema, input)
  return db.$transaction(async (tx) => {
    const request = await loadForChange(
      tx,
      actor,
      requestId,
      version,
      ['OPEN', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACCEPTED', 'NOT_APPLICABLE'],
      'assigned',
    )
    if (assigneeId) {
      const member = await tx.membership.findFirst({
        where: {
          organizationId: actor.organizationId,
          userId: assigneeId,
          deactivatedAt: null,
          roles: { has: 'PLATFORM_OWNER' },
        },
      })
      if (!member)
        throw new AppError('VALIDATION', 'Assign the request to an active platform owner of this organization.', {
          assigneeId: ['Not a platform owner here.'],
        })
    }
    return transition(tx, actor, request.id, { assigneeId, dueDate }, 'request.assigned', {
      code: request.code,
      assigneeId,
      dueDate,
    })
  })
}

export async function addRequestComment(actor: Actor, input: unknown) {
  assertCan(actor, 'review:read')
  const { requestId, body } = parseInput(commentSchema, input)
  return db.$transaction(async (tx) => {
    const request = await tx.evidenceRequest.findFirst({
      where: { id: requestId, organizationId: actor.organizationId },
      select: { id: true, reviewId: true },
    })
    if (!request) throw notFound('Evidence request')
    await findEditableReview(tx, actor, request.reviewId)
    const comment = await tx.comment.create({
      data: {
        organizationId: actor.organizationId,
        reviewId: request.reviewId,
        requestId,
        authorId: actor.userId,
        body,
      },
      select: { id: true },
    })
    await recordEvent(tx, actor, 'comment.added', 'Comment', comment.id, { requestId, body })
    return comment
  })
}

import 'server-only'
// Evidence requests: OPEN → SUBMITTED → ACCEPTED | CHANGES_REQUESTED, or NOT_APPLICABLE with a reason.
// Platform owners submit; security reviewers assign, accept, send back. Nobody accepts evidence they uploaded.
import { z } from 'zod'
import { optionalCalendarDate } from '@/lib/domain/fields/primitives'
import type { Tx } from '@/lib/db'
import { AppError, conflict, forbidden, notFound } from '@/lib/errors'
import type { Permission } from '@/lib/auth/permissions'
import type { EvidenceRequest } from '@/lib/generated/prisma/client'
import type { RequestStatus } from '@/lib/generated/prisma/enums'
import type { Actor } from './actor'
import { parseInput } from './validate'
import { withReviewChange, type ReviewChange } from './review-change'
import { addComment } from './comments'

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
  // A due date already past is allowed: the request is then shown overdue.
  dueDate: optionalCalendarDate('the due date'),
})
export const commentSchema = z.object({
  requestId: z.string().min(1),
  body: z.string().trim().min(1, 'Write a comment first.').max(4000),
})

/** The review a request belongs to (tenant-scoped): the change locks it before reading the request. */
const reviewOfRequest = (actor: Actor, requestId: string) => async (tx: Tx) => {
  const row = await tx.evidenceRequest.findFirst({
    where: { id: requestId, organizationId: actor.organizationId },
    select: { reviewId: true },
  })
  if (!row) throw notFound('Evidence request')
  return row.reviewId
}

const STATUS_WORDS: Record<RequestStatus, string> = {
  OPEN: 'open',
  SUBMITTED: 'submitted',
  ACCEPTED: 'accepted',
  CHANGES_REQUESTED: 'sent back',
  NOT_APPLICABLE: 'marked not applicable',
}

/**
 * Reads the request after the review lock, so what decides the change is what the change writes over. A
 * request that moved on since the user saw it is a conflict that says who moved it and to what.
 */
export async function loadForChange(
  tx: Tx,
  requestId: string,
  version: number,
  allowed: RequestStatus[],
  verb: string,
) {
  const request = await tx.evidenceRequest.findUniqueOrThrow({ where: { id: requestId } })
  if (request.version !== version) {
    const decider = request.decidedById
      ? await tx.user.findUnique({ where: { id: request.decidedById }, select: { name: true } })
      : null
    const by = decider && request.status !== 'OPEN' ? ` by ${decider.name}` : ''
    throw conflict(
      `This request was ${STATUS_WORDS[request.status]}${by} while you were looking at it — reload to see the change.`,
    )
  }
  if (!allowed.includes(request.status))
    throw new AppError('CONFLICT', `This request is ${STATUS_WORDS[request.status]}; it cannot be ${verb} now.`)
  return request
}

/** Writes the transition only over the version read above: a concurrent writer makes this a conflict. */
async function transition(
  { tx, audit }: ReviewChange,
  request: { id: string; version: number },
  data: Record<string, unknown>,
  action: string,
  eventData: Record<string, unknown>,
) {
  const { count } = await tx.evidenceRequest.updateMany({
    where: { id: request.id, version: request.version },
    data: { ...data, version: { increment: 1 } },
  })
  if (count !== 1) throw conflict('This request was changed by someone else — reload to see the change.')
  await audit(action, 'EvidenceRequest', request.id, eventData)
  return tx.evidenceRequest.findUniqueOrThrow({
    where: { id: request.id },
    select: { id: true, status: true, version: true },
  })
}

/** Current (not superseded) evidence linked to a request. */
export function currentEvidenceOf(tx: Tx, requestId: string) {
  return tx.evidence.findMany({
    where: { links: { some: { requestId } }, supersededBy: null },
    select: { id: true, uploadedById: true, sha256: true },
  })
}

/** One state change of a request: lock its review, re-read it, check version and state, write, audit. */
function requestChange<T>(
  actor: Actor,
  permission: Permission,
  ref: { requestId: string; version: number },
  allowed: RequestStatus[],
  verb: string,
  change: (c: ReviewChange, request: EvidenceRequest) => Promise<T>,
) {
  return withReviewChange(actor, reviewOfRequest(actor, ref.requestId), permission, async (c) =>
    change(c, await loadForChange(c.tx, ref.requestId, ref.version, allowed, verb)),
  )
}

export async function submitRequest(actor: Actor, input: unknown) {
  const ref = parseInput(decideSchema, input)
  return requestChange(
    actor,
    'evidence:upload',
    ref,
    ['OPEN', 'CHANGES_REQUESTED'],
    'submitted',
    async (c, request) => {
      const evidence = await currentEvidenceOf(c.tx, request.id)
      if (evidence.length === 0)
        throw new AppError('VALIDATION', 'Attach at least one piece of evidence before submitting this request.')
      return transition(
        c,
        request,
        { status: 'SUBMITTED', submittedById: actor.userId, submittedAt: c.now },
        'request.submitted',
        { code: request.code, evidenceIds: evidence.map((e) => e.id) },
      )
    },
  )
}

export async function acceptRequest(actor: Actor, input: unknown) {
  const ref = parseInput(decideSchema, input)
  return requestChange(actor, 'evidence:review', ref, ['SUBMITTED'], 'accepted', acceptLoaded)
}

/** Accepts a SUBMITTED request already re-read under the lock (the bulk accept runs exactly this). */
export async function acceptLoaded(c: ReviewChange, request: EvidenceRequest) {
  const evidence = await currentEvidenceOf(c.tx, request.id)
  if (evidence.some((e) => e.uploadedById === c.actor.userId))
    throw forbidden('You uploaded evidence for this request, so someone else must accept it (separation of duties).')
  return transition(
    c,
    request,
    { status: 'ACCEPTED', decidedById: c.actor.userId, decidedAt: c.now, reviewerNote: null },
    'request.accepted',
    { code: request.code, evidence: evidence.map((e) => ({ id: e.id, sha256: e.sha256 })) },
  )
}

export async function sendBackRequest(actor: Actor, input: unknown) {
  const { note: reviewerNote, ...ref } = parseInput(sendBackSchema, input)
  return requestChange(actor, 'evidence:review', ref, ['SUBMITTED', 'ACCEPTED'], 'sent back', (c, request) =>
    transition(
      c,
      request,
      { status: 'CHANGES_REQUESTED', reviewerNote, decidedById: actor.userId, decidedAt: c.now },
      'request.changes_requested',
      { code: request.code, note: reviewerNote },
    ),
  )
}

export async function markNotApplicable(actor: Actor, input: unknown) {
  const { reason, ...ref } = parseInput(notApplicableSchema, input)
  const allowed: RequestStatus[] = ['OPEN', 'SUBMITTED', 'CHANGES_REQUESTED']
  return requestChange(actor, 'evidence:review', ref, allowed, 'marked not applicable', (c, request) =>
    transition(
      c,
      request,
      { status: 'NOT_APPLICABLE', notApplicableReason: reason, decidedById: actor.userId, decidedAt: c.now },
      'request.not_applicable',
      { code: request.code, reason },
    ),
  )
}

export async function reopenRequest(actor: Actor, input: unknown) {
  const ref = parseInput(decideSchema, input)
  return requestChange(actor, 'evidence:review', ref, ['NOT_APPLICABLE'], 'reopened', (c, request) =>
    transition(c, request, { status: 'OPEN', notApplicableReason: null }, 'request.reopened', { code: request.code }),
  )
}

/** The assignee must be an active platform owner of the organization. */
export async function assignRequest(actor: Actor, input: unknown) {
  const { assigneeId, dueDate, ...ref } = parseInput(assignSchema, input)
  const any: RequestStatus[] = ['OPEN', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACCEPTED', 'NOT_APPLICABLE']
  return requestChange(actor, 'review:scope', ref, any, 'assigned', async (c, request) => {
    if (assigneeId) {
      const member = await c.tx.membership.findFirst({
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
    return transition(c, request, { assigneeId, dueDate }, 'request.assigned', {
      code: request.code,
      assigneeId,
      dueDate,
    })
  })
}

/** A comment on a request: a thread of its own (lib/dal/comments.ts). */
export async function addRequestComment(actor: Actor, input: unknown) {
  const { requestId, body } = parseInput(commentSchema, input)
  return addComment(actor, { requestId, body })
}

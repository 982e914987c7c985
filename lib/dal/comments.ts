import 'server-only'
// Threads where the questions are: on a request, a location, a key or a gate. A thread is a root comment and its
// replies; @email mentions of active members notify them (through the comment's audit event); a thread is
// resolved or reopened as a whole. Comments are never edited (a trigger refuses it).
import { z } from 'zod'
import { db, type Tx } from '@/lib/db'
import { AppError, conflict, notFound } from '@/lib/errors'
import { GATES, type Gate } from '@/lib/domain/enums'
import { mentionedEmails } from '@/lib/domain/mentions'
import { assertCan, assertReviewInScope, type Actor } from './actor'
import { withReviewChange } from './review-change'
import { idSchema, parseInput, versionSchema } from './validate'

const optionalId = z
  .union([z.literal(''), z.null(), idSchema])
  .optional()
  .transform((v) => v || null)

export const addCommentSchema = z.object({
  reviewId: optionalId,
  parentId: optionalId,
  requestId: optionalId,
  locationId: optionalId,
  keyId: optionalId,
  gate: z
    .union([z.literal(''), z.null(), z.enum(GATES)])
    .optional()
    .transform((v) => v || null),
  body: z.string().trim().min(1, 'Write a comment first.').max(4000, 'At most 4,000 characters.'),
})
type AddComment = z.output<typeof addCommentSchema>

export const resolveSchema = z.object({ commentId: idSchema, version: versionSchema })

const TARGETS = ['requestId', 'locationId', 'keyId', 'gateAssessmentId'] as const
type Target = { requestId?: string; locationId?: string; keyId?: string; gateAssessmentId?: string }

/** The review the comment is in (tenant-scoped), found from the parent or the target, so the change can lock it. */
const reviewOf = (actor: Actor, m: AddComment) => async (tx: Tx) => {
  const where = { organizationId: actor.organizationId }
  const row = m.parentId
    ? await tx.comment.findFirst({ where: { ...where, id: m.parentId }, select: { reviewId: true } })
    : m.requestId
      ? await tx.evidenceRequest.findFirst({ where: { ...where, id: m.requestId }, select: { reviewId: true } })
      : m.locationId
        ? await tx.storageLocation.findFirst({ where: { ...where, id: m.locationId }, select: { reviewId: true } })
        : m.keyId
          ? await tx.key.findFirst({ where: { ...where, id: m.keyId }, select: { reviewId: true } })
          : m.reviewId
            ? { reviewId: m.reviewId }
            : null
  if (!row || (m.reviewId && row.reviewId !== m.reviewId)) throw notFound(m.parentId ? 'Thread' : 'Comment target')
  return row.reviewId
}

async function targetOf(tx: Tx, reviewId: string, m: AddComment): Promise<Target> {
  if (m.parentId) {
    const parent = await tx.comment.findFirst({ where: { id: m.parentId, reviewId } })
    if (!parent) throw notFound('Thread')
    if (parent.parentId) throw new AppError('VALIDATION', 'Reply to the thread, not to a reply.')
    return Object.fromEntries(TARGETS.flatMap((t) => (parent[t] ? [[t, parent[t]]] : [])))
  }
  const given = [m.requestId, m.locationId, m.keyId, m.gate].filter(Boolean)
  if (given.length !== 1) throw new AppError('VALIDATION', 'Choose what the comment is about.')
  if (m.gate) {
    const gate = await tx.gateAssessment.findFirst({ where: { reviewId, gate: m.gate }, select: { id: true } })
    if (!gate) throw notFound('Gate')
    return { gateAssessmentId: gate.id }
  }
  return m.requestId ? { requestId: m.requestId } : m.locationId ? { locationId: m.locationId } : { keyId: m.keyId! }
}

export async function addComment(actor: Actor, input: unknown) {
  const m = parseInput(addCommentSchema, input)
  return withReviewChange(actor, reviewOf(actor, m), 'review:read', async ({ tx, review, audit }) => {
    const target = await targetOf(tx, review.id, m)
    const emails = mentionedEmails(m.body)
    const mentioned = emails.length
      ? await tx.membership.findMany({
          where: { organizationId: actor.organizationId, deactivatedAt: null, user: { email: { in: emails } } },
          select: { userId: true },
        })
      : []
    const mentionedUserIds = mentioned.map((x) => x.userId).filter((id) => id !== actor.userId)
    const comment = await tx.comment.create({
      data: {
        organizationId: actor.organizationId,
        reviewId: review.id,
        authorId: actor.userId,
        parentId: m.parentId,
        body: m.body,
        ...target,
      },
      select: { id: true },
    })
    const gate = target.gateAssessmentId
      ? (await tx.gateAssessment.findUniqueOrThrow({ where: { id: target.gateAssessmentId } })).gate
      : undefined
    const { gateAssessmentId: _g, ...ids } = target
    await audit('comment.added', 'Comment', comment.id, {
      reviewId: review.id,
      ...ids,
      ...(gate && { gate }),
      parentId: m.parentId,
      body: m.body,
      mentionedUserIds,
    })
    return { ...comment, mentioned: mentionedUserIds.length }
  })
}

/** Resolves or reopens a thread (its root comment), over the version the user saw. */
export async function setThreadResolved(actor: Actor, input: unknown, resolved: boolean, now = new Date()) {
  const { commentId, version } = parseInput(resolveSchema, input)
  const reviewOfComment = async (tx: Tx) => {
    const row = await tx.comment.findFirst({
      where: { id: commentId, organizationId: actor.organizationId, parentId: null },
      select: { reviewId: true },
    })
    if (!row) throw notFound('Thread')
    return row.reviewId
  }
  return withReviewChange(actor, reviewOfComment, 'review:read', async ({ tx, audit }) => {
    const { count } = await tx.comment.updateMany({
      where: { id: commentId, version, resolvedAt: resolved ? null : { not: null } },
      data: resolved
        ? { resolvedAt: now, resolvedById: actor.userId, version: { increment: 1 } }
        : { resolvedAt: null, resolvedById: null, version: { increment: 1 } },
    })
    if (!count) throw conflict(`This thread was changed by someone else — reload to see it.`)
    await audit(resolved ? 'comment.resolved' : 'comment.reopened', 'Comment', commentId, {})
  })
}

const THREAD_SELECT = {
  id: true,
  body: true,
  createdAt: true,
  version: true,
  resolvedAt: true,
  requestId: true,
  locationId: true,
  keyId: true,
  author: { select: { name: true, email: true } },
  request: { select: { code: true, title: true, gateAssessment: { select: { gate: true } } } },
  location: { select: { name: true } },
  key: { select: { alias: true, keyRef: true } },
  gateAssessment: { select: { gate: true } },
  replies: {
    orderBy: { createdAt: 'asc' as const },
    select: { id: true, body: true, createdAt: true, author: { select: { name: true, email: true } } },
  },
} as const

/** A review's threads, newest activity last; `unresolvedOnly` for the report's appendix. */
export async function listThreads(
  actor: Actor,
  reviewId: string,
  { unresolvedOnly = false, target }: { unresolvedOnly?: boolean; target?: { keyId?: string; gate?: Gate } } = {},
) {
  assertCan(actor, 'review:read')
  assertReviewInScope(actor, reviewId)
  const rows = await db.comment.findMany({
    where: {
      reviewId,
      organizationId: actor.organizationId,
      parentId: null,
      ...(unresolvedOnly && { resolvedAt: null }),
      ...(target?.keyId && { keyId: target.keyId }),
      ...(target?.gate && { gateAssessment: { gate: target.gate } }),
    },
    orderBy: { createdAt: 'asc' },
    select: THREAD_SELECT,
  })
  return rows.map(({ request, location, key, gateAssessment, ...t }) => ({
    ...t,
    target: request
      ? {
          kind: 'request' as const,
          label: `${request.code} ${request.title}`,
          gate: request.gateAssessment.gate as Gate,
        }
      : location
        ? { kind: 'location' as const, label: location.name }
        : key
          ? { kind: 'key' as const, label: key.alias || key.keyRef }
          : { kind: 'gate' as const, label: gateAssessment?.gate ?? '', gate: gateAssessment?.gate as Gate },
  }))
}
export type Thread = Awaited<ReturnType<typeof listThreads>>[number]

import 'server-only'
// Shared guards for everything inside a review: tenant scope, read-only once decided, row versions.
import type { Tx } from '@/lib/db'
import { AppError, conflict, notFound } from '@/lib/errors'
import type { Actor } from './actor'

/** The review, if it is in the actor's organization; a foreign id is "not found". */
export async function findReviewForActor(tx: Tx, actor: Actor, reviewId: string) {
  const review = await tx.review.findFirst({
    where: { id: reviewId, organizationId: actor.organizationId },
    select: { id: true, status: true, version: true, templateId: true },
  })
  if (!review) throw notFound('Review')
  return review
}

/**
 * Every change inside a review starts here: it checks tenant and status, then locks the review
 * row and bumps its inventory revision in the caller's transaction. That serializes changes to
 * one review, and it is what keeps evaluations cached by revision honest (lib/dal/workspace.ts).
 */
export async function findEditableReview(tx: Tx, actor: Actor, reviewId: string) {
  const review = await findReviewForActor(tx, actor, reviewId)
  if (review.status === 'DECIDED')
    throw new AppError('CONFLICT', 'This review is decided and read-only. Start a re-review to change it.')
  await tx.review.update({
    where: { id: review.id },
    data: { inventoryRevision: { increment: 1 } },
    select: { id: true },
  })
  return review
}

/**
 * Applies an update only if the row still has the version the user saw. `count === 0` means
 * someone else saved first (conflict) or the row is not in this review (not found).
 */
export async function assertVersionedUpdate(count: number, exists: () => Promise<unknown>, what: string) {
  if (count === 1) return
  if (await exists())
    throw conflict(`This ${what} was changed by someone else — reload to see their change, then edit again.`)
  throw notFound(what.charAt(0).toUpperCase() + what.slice(1))
}

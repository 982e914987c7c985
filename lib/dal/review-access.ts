import 'server-only'
// Shared guards inside a review: tenant scope and row versions. Changes go through ./review-change.ts.
import type { Tx } from '@/lib/db'
import { conflict, notFound } from '@/lib/errors'
import { assertReviewInScope, type Actor } from './actor'
import { isIdLike } from './validate'

/** The review, if it is in the actor's organization; a foreign id is "not found". */
export async function findReviewForActor(tx: Tx, actor: Actor, reviewId: string) {
  if (!isIdLike(reviewId)) throw notFound('Review')
  assertReviewInScope(actor, reviewId)
  const review = await tx.review.findFirst({
    where: { id: reviewId, organizationId: actor.organizationId },
    select: { id: true, status: true, version: true, templateId: true },
  })
  if (!review) throw notFound('Review')
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

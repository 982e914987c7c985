import 'server-only'
// The one path for a change inside a review. In one transaction: check the permission, lock the review
// row (which also bumps the revision the workspace cache keys on), refuse a decided review, run the
// change with its reads on this transaction's connection, and append its audit event(s). A change that
// writes no audit event is a programming error and rolls back.
import { db, type Tx } from '@/lib/db'
import { AppError, notFound } from '@/lib/errors'
import type { Permission } from '@/lib/auth/permissions'
import { assertCan, assertReviewInScope, type Actor } from './actor'
import { recordEvent } from './record-event'
import { isIdLike } from './validate'
import { evaluateOnTransaction } from './workspace'
import { ChangeQueue, changeConcurrency } from './change-queue'

export interface LockedReview {
  id: string
  organizationId: string
  status: 'DRAFT' | 'IN_PROGRESS' | 'DECIDED'
  version: number
  templateId: string | null
}

export interface ReviewChange {
  tx: Tx
  actor: Actor
  review: LockedReview
  now: Date
  /** Records the actor's audit event, appended in this transaction when the change is done. */
  audit(action: string, entityType: string, entityId: string, data?: Record<string, unknown>): Promise<void>
  /** The review's workspace (findings, gate states…) read on this transaction, after the lock. */
  evaluate(): ReturnType<typeof evaluateOnTransaction>
}

export interface ReviewChangeOptions {
  /** A change allowed on a decided review (none today but the decision's own follow-ups). */
  allowDecided?: boolean
  now?: Date
  /** Longer than the default 5 s for changes that write many rows (CSV import). */
  timeoutMs?: number
}

/** Locks the review first and reads it after the lock, so its status cannot change under the caller. */
export async function lockReview(tx: Tx, actor: Actor, reviewId: string, allowDecided = false): Promise<LockedReview> {
  if (!isIdLike(reviewId)) throw notFound('Review')
  assertReviewInScope(actor, reviewId)
  // Another instance holding the lock for long makes this a clear "try again", not a stalled request.
  await tx.$executeRaw`SET LOCAL lock_timeout = '10s'`
  const { count } = await tx.review.updateMany({
    where: { id: reviewId, organizationId: actor.organizationId },
    data: { inventoryRevision: { increment: 1 } },
  })
  if (count === 0) throw notFound('Review')
  const review = await tx.review.findUniqueOrThrow({
    where: { id: reviewId },
    select: { id: true, organizationId: true, status: true, version: true, templateId: true },
  })
  if (review.status === 'DECIDED' && !allowDecided)
    throw new AppError('CONFLICT', 'This review is decided and read-only. Start a re-review to change it.')
  return review
}

/**
 * Runs `change` as one audited transaction on the review. `reviewId` is the review's id, or a function that
 * finds it (tenant-scoped) from the entity the change is about, e.g. an evidence request.
 */
export async function withReviewChange<T>(
  actor: Actor,
  reviewId: string | ((tx: Tx) => Promise<string>),
  permission: Permission,
  change: (c: ReviewChange) => Promise<T>,
  options: ReviewChangeOptions = {},
): Promise<T> {
  assertCan(actor, permission)
  // The id only chooses the queue; the transaction re-resolves and locks it with tenant scope.
  const id = typeof reviewId === 'string' ? reviewId : await reviewId(db as unknown as Tx)
  return changes().run(id, () =>
    db.$transaction((tx) => applyReviewChange(tx, actor, id, permission, change, options), {
      timeout: options.timeoutMs ?? 15_000,
      maxWait: 10_000,
    }),
  )
}

const globalForQueue = globalThis as unknown as { keyproofChangeQueue?: ChangeQueue }
const changes = () => (globalForQueue.keyproofChangeQueue ??= new ChangeQueue(changeConcurrency()))

/** The same, inside a transaction the caller already holds (an upload streams its bytes first, then locks). */
export async function applyReviewChange<T>(
  tx: Tx,
  actor: Actor,
  reviewId: string | ((tx: Tx) => Promise<string>),
  permission: Permission,
  change: (c: ReviewChange) => Promise<T>,
  { allowDecided = false, now = new Date() }: ReviewChangeOptions = {},
): Promise<T> {
  assertCan(actor, permission)
  const id = typeof reviewId === 'string' ? reviewId : await reviewId(tx)
  const review = await lockReview(tx, actor, id, allowDecided)
  // Appending to the audit chain takes the organization's chain lock until commit, which every change in the
  // organization needs: the events are appended, in order, when the change is done, so it is held for the
  // commit only, not through the change's reads and evaluations.
  const events: Parameters<ReviewChange['audit']>[] = []
  const result = await change({
    tx,
    actor,
    review,
    now,
    audit: async (...event) => {
      events.push(event)
    },
    evaluate: () => evaluateOnTransaction(tx, actor, id, now),
  })
  if (events.length === 0) throw new Error(`A ${permission} change on review ${id} wrote no audit event.`)
  for (const [action, entityType, entityId, data = {}] of events)
    await recordEvent(tx, actor, action, entityType, entityId, data)
  return result
}

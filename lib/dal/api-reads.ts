import 'server-only'
// Reads the REST API needs beyond what the pages use: a review's requests in one list, and the check that a
// request in a URL belongs to the review in the same URL.
import { db } from '@/lib/db'
import { notFound } from '@/lib/errors'
import { assertCan, type Actor } from './actor'
import { getReview } from './reviews'

export async function listReviewRequests(actor: Actor, reviewId: string) {
  const review = await getReview(actor, reviewId)
  const rows = await db.evidenceRequest.findMany({
    where: { reviewId: review.id, organizationId: actor.organizationId },
    orderBy: { code: 'asc' },
    select: {
      id: true,
      code: true,
      title: true,
      required: true,
      status: true,
      version: true,
      dueDate: true,
      gateAssessment: { select: { gate: true } },
      _count: { select: { evidenceLinks: { where: { evidence: { supersededBy: null } } } } },
    },
  })
  return rows.map(({ gateAssessment, _count, ...r }) => ({
    ...r,
    gate: gateAssessment.gate,
    currentEvidence: _count.evidenceLinks,
  }))
}

/** A request named under a review's URL must be that review's: anything else is "not found". */
export async function assertRequestInReview(actor: Actor, reviewId: string, requestId: string) {
  assertCan(actor, 'review:read')
  await getReview(actor, reviewId)
  const found = await db.evidenceRequest.findFirst({
    where: { id: requestId, reviewId, organizationId: actor.organizationId },
    select: { id: true },
  })
  if (!found) throw notFound('Evidence request')
}

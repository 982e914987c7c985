import 'server-only'
// Accepting several submitted evidence requests of one review at once: one locked, audited change in which each
// request is re-read and checked exactly as a single accept (status SUBMITTED, the version the reviewer saw,
// not evidence they uploaded) and accepted in its own `request.accepted` event. Partial: see lib/domain/bulk.ts.
import { z } from 'zod'
import { notFound } from '@/lib/errors'
import { bulkRefsSchema, eachItem, type BulkResult } from '@/lib/domain/bulk'
import type { Actor } from './actor'
import { parseInput } from './validate'
import { withReviewChange } from './review-change'
import { acceptLoaded, loadForChange } from './requests'

export const bulkAcceptSchema = z.object({ reviewId: z.string().min(1).max(64), refs: bulkRefsSchema })

export async function acceptRequests(actor: Actor, input: unknown): Promise<BulkResult> {
  const { reviewId, refs } = parseInput(bulkAcceptSchema, input)
  return withReviewChange(actor, reviewId, 'evidence:review', async (c) => {
    const rows = await c.tx.evidenceRequest.findMany({
      where: { id: { in: refs.map((r) => r.id) }, reviewId: c.review.id, organizationId: actor.organizationId },
      select: { id: true, code: true },
    })
    const codes = new Map(rows.map((r) => [r.id, r.code]))
    return eachItem(
      refs,
      (ref) => codes.get(ref.id) ?? ref.id,
      async (ref) => {
        if (!codes.has(ref.id)) throw notFound('Evidence request')
        await acceptLoaded(c, await loadForChange(c.tx, ref.id, ref.version, ['SUBMITTED'], 'accepted'))
      },
      'accepted',
    )
  })
}

import 'server-only'
// The review's decision (compliance), the read-only state it leaves, and re-reviews that start from it.
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { AppError } from '@/lib/errors'
import { GATE_LABELS } from '@/lib/domain/enums'
import type { Actor } from './actor'
import { parseInput } from './validate'
import { withReviewChange } from './review-change'
import { instantiateGates } from './gates'

export const decideSchema = z.discriminatedUnion(
  'outcome',
  [
    z.object({
      reviewId: z.string().min(1),
      outcome: z.enum(['APPROVED', 'APPROVED_WITH_EXCEPTIONS']),
      reason: z.string().trim().max(4000).optional().default(''),
    }),
    z.object({
      reviewId: z.string().min(1),
      outcome: z.literal('REJECTED'),
      reason: z.string().trim().min(20, 'Say why the review is rejected (at least 20 characters).').max(4000),
    }),
  ],
  'Choose a decision.',
)

export async function decideReview(actor: Actor, input: unknown, now = new Date()) {
  const m = parseInput(decideSchema, input)
  return withReviewChange(
    actor,
    m.reviewId,
    'review:decide',
    async ({ tx, audit, evaluate }) => {
      const ws = await evaluate()
      if (m.outcome !== 'REJECTED') {
        const unsigned = ws.gateStates.filter((g) => g.status !== 'SIGNED')
        if (unsigned.length)
          throw new AppError(
            'CONFLICT',
            `Every gate must be signed and current to approve. Not yet: ${unsigned.map((g) => `${GATE_LABELS[g.gate]}${g.status === 'STALE' ? ' (stale)' : ''}`).join(', ')}.`,
          )
        const acceptedRisks = ws.findings.filter((f) => f.acceptedRisk).length
        if (m.outcome === 'APPROVED' && acceptedRisks)
          throw new AppError(
            'CONFLICT',
            `${acceptedRisks} finding${acceptedRisks > 1 ? 's are' : ' is'} covered by live exceptions: approve with exceptions instead.`,
          )
        if (m.outcome === 'APPROVED_WITH_EXCEPTIONS' && !acceptedRisks)
          throw new AppError('CONFLICT', 'No live exception is in use: approve without exceptions.')
      }
      const decisionFingerprint = createHash('sha256')
        .update(ws.gateStates.map((g) => `${g.gate}:${g.fingerprint}`).join('\n'))
        .digest('hex')
      await tx.review.update({
        where: { id: m.reviewId },
        data: {
          status: 'DECIDED',
          decision: m.outcome,
          decisionReason: m.reason || null,
          decidedById: actor.userId,
          decidedAt: now,
          decisionFingerprint,
          version: { increment: 1 },
        },
      })
      await audit('review.decided', 'Review', m.reviewId, {
        outcome: m.outcome,
        reason: m.reason,
        decisionFingerprint,
        gates: ws.gateStates.map((g) => ({ gate: g.gate, fingerprint: g.fingerprint })),
      })
      return { decisionFingerprint }
    },
    { now, timeoutMs: 30_000 },
  )
}

/** A new review linked to a decided one, with its scope, cloud accounts, locations and keys copied; gates start fresh. */
export async function startReReview(actor: Actor, input: unknown) {
  const { reviewId } = parseInput(z.object({ reviewId: z.string().min(1) }), input)
  // Locks the decided review (nothing of it changes) so two people starting a re-review get one.
  return withReviewChange(
    actor,
    reviewId,
    'review:create',
    async ({ tx, audit }) => {
      const old = await tx.review.findUniqueOrThrow({
        where: { id: reviewId },
        include: { cloudAccounts: true, keys: true, locations: true, nextReviews: { select: { title: true } } },
      })
      if (old.status !== 'DECIDED') throw new AppError('CONFLICT', 'Only a decided review can be re-reviewed.')
      if (old.nextReviews.length)
        throw new AppError('CONFLICT', `This review already has a re-review: “${old.nextReviews[0].title}”.`)
      const {
        id: _id,
        createdAt: _c,
        updatedAt: _u,
        version: _v,
        cloudAccounts,
        keys,
        locations,
        decision: _d,
        decisionReason: _r,
        decidedById: _b,
        decidedAt: _a,
        decisionFingerprint: _f,
        inventoryRevision: _i,
        nextReviews: _n,
        ...scope
      } = old
      const review = await tx.review.create({
        data: {
          ...scope,
          title: `${old.title} — re-review`,
          status: 'IN_PROGRESS',
          previousReviewId: old.id,
          createdById: actor.userId,
        },
        select: { id: true },
      })
      const accountIds = new Map<string, string>(),
        keyIds = new Map<string, string>()
      for (const { id, createdAt: _x, updatedAt: _y, version: _z, ...a } of cloudAccounts)
        accountIds.set(
          id,
          (await tx.cloudAccount.create({ data: { ...a, reviewId: review.id }, select: { id: true } })).id,
        )
      for (const { id, createdAt: _x, updatedAt: _y, version: _z, ...k } of keys)
        keyIds.set(id, (await tx.key.create({ data: { ...k, reviewId: review.id }, select: { id: true } })).id)
      await tx.storageLocation.createMany({
        data: locations.map(({ id: _id2, createdAt: _x, updatedAt: _y, version: _z, ...l }) => ({
          ...l,
          reviewId: review.id,
          keyId: l.keyId ? (keyIds.get(l.keyId) ?? null) : null,
          cloudAccountId: l.cloudAccountId ? (accountIds.get(l.cloudAccountId) ?? null) : null,
        })),
      })
      await instantiateGates(tx, actor.organizationId, review.id)
      await audit('review.re_review_started', 'Review', review.id, {
        previousReviewId: old.id,
        copied: { cloudAccounts: cloudAccounts.length, keys: keys.length, locations: locations.length },
      })
      return review
    },
    { allowDecided: true, timeoutMs: 30_000 },
  )
}

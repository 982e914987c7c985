import 'server-only'
// The review's decision (compliance), the read-only state it leaves, and re-reviews that start from it. An
// approval needs its basis (a stated scope, every gate signed); the decision records each gate's fingerprint so
// it can tell later what moved under it (lib/domain/decision-staleness.ts).
import { z } from 'zod'
import { AppError } from '@/lib/errors'
import { decisionInputOf, decisionOptions, decisionWarnings, expiringItems } from '@/lib/domain/approval-basis'
import { decisionFingerprintOf } from '@/lib/domain/decision-staleness'
import { targetLabel } from '@/lib/domain/target-label'
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
    async ({ tx, audit, evaluate, now }) => {
      const ws = await evaluate()
      const option = decisionOptions(decisionInputOf(ws)).find((o) => o.outcome === m.outcome)!
      if (!option.allowed) throw new AppError('CONFLICT', option.reasons.join(' '))
      const named = { ...ws, requests: ws.snapshot.requests }
      const warnings =
        m.outcome === 'REJECTED'
          ? []
          : decisionWarnings(
              expiringItems(ws.snapshot, (ref) => targetLabel(ref, named), now),
              now,
            )
      const decisionFingerprint = decisionFingerprintOf(ws.gateStates)
      const decisionGateFingerprints = Object.fromEntries(ws.gateStates.map((g) => [g.gate, g.fingerprint]))
      await tx.review.update({
        where: { id: m.reviewId },
        data: {
          status: 'DECIDED',
          decision: m.outcome,
          decisionReason: m.reason || null,
          decidedById: actor.userId,
          decidedAt: now,
          decisionFingerprint,
          decisionGateFingerprints,
          version: { increment: 1 },
        },
      })
      await audit('review.decided', 'Review', m.reviewId, {
        outcome: m.outcome,
        reason: m.reason,
        decisionFingerprint,
        gates: ws.gateStates.map((g) => ({ gate: g.gate, fingerprint: g.fingerprint })),
        warnings,
      })
      return { decisionFingerprint, warnings }
    },
    { now, timeoutMs: 30_000 },
  )
}

/**
 * A new review linked to a decided one, with its scope, cloud accounts, locations and keys copied; gates start fresh.
 */
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
        include: {
          cloudAccounts: true,
          keys: true,
          locations: true,
          exclusions: { where: { status: 'ACCEPTED' } },
          nextReviews: { select: { title: true } },
        },
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
        decisionGateFingerprints: _g,
        inventoryRevision: _i,
        nextReviews: _n,
        exclusions,
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
      const copy = ({ id: _id2, createdAt: _x, updatedAt: _y, version: _z, ...l }: (typeof locations)[number]) => ({
        ...l,
        reviewId: review.id,
        keyId: l.keyId ? (keyIds.get(l.keyId) ?? null) : null,
        cloudAccountId: l.cloudAccountId ? (accountIds.get(l.cloudAccountId) ?? null) : null,
      })
      await tx.storageLocation.createMany({ data: locations.filter((l) => l.inScope).map(copy) })
      // An agreed exclusion carries over as agreed, saying where it was decided.
      for (const location of locations.filter((l) => !l.inScope)) {
        const { id } = await tx.storageLocation.create({ data: copy(location), select: { id: true } })
        const agreed = exclusions.find((x) => x.locationId === location.id)
        await tx.locationExclusion.create({
          data: {
            organizationId: location.organizationId,
            reviewId: review.id,
            locationId: id,
            reason: location.exclusionReason ?? '',
            status: 'ACCEPTED',
            proposedById: agreed?.proposedById ?? old.createdById,
            decidedById: agreed?.decidedById ?? null,
            decidedAt: agreed?.decidedAt ?? old.decidedAt ?? old.updatedAt,
            decisionNote: `Carried over from the decided review “${old.title}”.`,
          },
        })
      }
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

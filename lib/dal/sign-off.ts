import 'server-only'
// Compliance signs a gate. The sign-off row is append-only and records the gate's basis and its
// fingerprint. Separation of duties: no platform owner signs, and nobody signs a gate for which
// they uploaded or accepted evidence.
import { z } from 'zod'
import { HASH_VERSION } from '@/lib/audit/canonical'
import { AppError, forbidden } from '@/lib/errors'
import { GATES, GATE_LABELS } from '@/lib/domain/enums'
import { openBlockersForGate } from '@/lib/rules'
import { plural } from '@/lib/domain/plural'
import type { Actor } from './actor'
import { parseInput } from './validate'
import { withReviewChange } from './review-change'

export const signGateSchema = z.object({
  reviewId: z.string().min(1),
  gate: z.enum(GATES, 'Unknown gate.'),
  statement: z
    .string()
    .trim()
    .min(20, 'Write the statement you sign (at least 20 characters): what you checked and on what basis.')
    .max(4000),
})
export const quorumSchema = z.object({
  reviewId: z.string().min(1),
  version: z.coerce.number().int().min(1),
  quorum: z.coerce.number().int().min(1, 'At least one signer.').max(5, 'At most five signers.'),
})

export async function signGate(actor: Actor, input: unknown, now = new Date()) {
  const { reviewId, gate, statement } = parseInput(signGateSchema, input)
  if (actor.roles.includes('PLATFORM_OWNER'))
    throw forbidden('Platform owners do not sign gates (separation of duties).')
  return withReviewChange(
    actor,
    reviewId,
    'gate:signoff',
    async ({ tx, audit, evaluate }) => {
      // The review is locked, so the basis judged here is the basis signed.
      const ws = await evaluate()
      const blockers = openBlockersForGate(ws.findings, gate)
      if (blockers.length)
        throw new AppError(
          'CONFLICT',
          `${GATE_LABELS[gate]} has ${plural(blockers.length, 'open blocker')}; resolve them or get an exception ` +
            `before signing.`,
        )
      const requestIds = (ws.snapshot.requests ?? []).filter((r) => r.gate === gate).map((r) => r.id)
      const uploaded = await tx.evidence.count({
        where: { reviewId, uploadedById: actor.userId, links: { some: { requestId: { in: requestIds } } } },
      })
      const decided = await tx.auditEvent.findFirst({
        where: {
          organizationId: actor.organizationId,
          actorId: actor.userId,
          action: { in: ['request.accepted', 'request.not_applicable'] },
          entityId: { in: requestIds },
        },
        select: { action: true },
      })
      if (uploaded || decided) {
        const what = uploaded
          ? 'uploaded evidence for'
          : decided!.action === 'request.accepted'
            ? 'accepted evidence for'
            : 'marked requests not applicable in'
        throw forbidden(`You ${what} ${GATE_LABELS[gate]}, so someone else must sign it (separation of duties).`)
      }
      const state = ws.gateStates.find((g) => g.gate === gate)!
      if (state.currentSigners.includes(actor.userId))
        throw new AppError('CONFLICT', `You have already signed ${GATE_LABELS[gate]} as it is now.`)
      const signOff = await tx.signOff.create({
        data: {
          organizationId: actor.organizationId,
          reviewId,
          gateAssessmentId: state.gateAssessmentId,
          signerId: actor.userId,
          statement,
          fingerprint: state.fingerprint,
          hashVersion: HASH_VERSION,
          basis: state.basis as object,
        },
        select: { id: true, fingerprint: true },
      })
      await audit('gate.signed', 'SignOff', signOff.id, { reviewId, gate, fingerprint: state.fingerprint, statement })
      return signOff
    },
    { now, timeoutMs: 30_000 },
  )
}

export async function setSignOffQuorum(actor: Actor, input: unknown) {
  const { reviewId, version, quorum } = parseInput(quorumSchema, input)
  return withReviewChange(actor, reviewId, 'review:decide', async ({ tx, audit }) => {
    const { count } = await tx.review.updateMany({
      where: { id: reviewId, organizationId: actor.organizationId, version },
      data: { signOffQuorum: quorum, version: { increment: 1 } },
    })
    if (!count) throw new AppError('CONFLICT', 'The review was changed by someone else — reload and try again.')
    await audit('review.quorum_set', 'Review', reviewId, { quorum })
  })
}

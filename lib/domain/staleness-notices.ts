// Notices and webhook events for sign-offs and decisions that no longer hold. Each staleness episode is told
// once: a gate's window is its latest sign-off, a decision's is its fingerprint.
import { GATE_LABELS, type Gate } from './enums'
import { stalenessChanges, type DecisionStaleness } from './decision-staleness'
import type { OutgoingEvent } from './activity-notices'
import type { NoticeSpec } from './notification-kinds'

export interface StalenessInput {
  review: {
    id: string
    organizationId: string
    title: string
    status: string
    decisionFingerprint: string | null
    decidedById: string | null
  }
  /** Whether the decision still holds, computed by the rules now (lib/domain/decision-staleness.ts). */
  decision?: DecisionStaleness
  gateStates: {
    gate: Gate
    gateAssessmentId: string
    fingerprint: string
    status: 'SIGNED' | 'STALE' | null
    basis?: { requests?: { code: string; evidence: { expiresAt: string | null }[] }[] }
    signOffs: { id: string; signer: { id: string }; isCurrent: boolean; changed: string[] }[]
  }[]
}

export function stalenessOutput({ review, gateStates, decision }: StalenessInput) {
  const notices: NoticeSpec[] = []
  const events: OutgoingEvent[] = []
  const inReview = `in “${review.title}”`
  for (const g of gateStates) {
    if (g.status !== 'STALE' || g.signOffs.length === 0) continue
    const latest = g.signOffs[g.signOffs.length - 1]
    const changed = [...new Set(g.signOffs.flatMap((s) => s.changed))]
    const label = GATE_LABELS[g.gate]
    notices.push({
      organizationId: review.organizationId,
      kind: 'SIGNOFF_STALE',
      subjectId: g.gateAssessmentId,
      window: latest.id,
      reviewId: review.id,
      title: `${label} sign-off went stale`,
      body: `The sign-off of ${label} ${inReview} no longer holds: ${changed.join('; ') || 'its basis changed'}.`,
      href: `/reviews/${review.id}/sign-off`,
      audience: { userIds: [...new Set(g.signOffs.map((s) => s.signer.id))], roles: ['COMPLIANCE'] },
    })
    events.push({
      organizationId: review.organizationId,
      type: 'signoff.stale',
      key: `signoff.stale:${g.gateAssessmentId}:${latest.id}`,
      data: {
        reviewId: review.id,
        reviewTitle: review.title,
        gate: g.gate,
        changed,
        signOffIds: g.signOffs.map((s) => s.id),
      },
    })
  }
  if (decision?.isStale) {
    const changed = stalenessChanges(decision)
    notices.push({
      organizationId: review.organizationId,
      kind: 'DECISION_STALE',
      subjectId: review.id,
      window: review.decisionFingerprint!,
      reviewId: review.id,
      title: `The decision on “${review.title}” went stale`,
      body: `The decision ${inReview} no longer holds: ${changed.join('; ')}. Start a re-review.`,
      href: `/reviews/${review.id}/report`,
      audience: { userIds: review.decidedById ? [review.decidedById] : [], roles: ['COMPLIANCE'] },
    })
    events.push({
      organizationId: review.organizationId,
      type: 'decision.stale',
      key: `decision.stale:${review.id}:${review.decisionFingerprint}`,
      data: { reviewId: review.id, reviewTitle: review.title, changed },
    })
  }
  return { notices, events }
}

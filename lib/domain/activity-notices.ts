// Notices and webhook events for what people did: an audited action becomes a notice for those concerned and,
// for the actions a webhook can subscribe to, one event. Pure: the DAL loads the context, the caller delivers.
import { GATE_LABELS, type Gate } from './enums'
import { gateSlug } from './gate-slug'
import type { NoticeSpec } from './notification-kinds'
import type { WebhookEvent } from './webhook-events'

export interface OutgoingEvent {
  organizationId: string
  type: WebhookEvent
  /** Unique per event: an endpoint receives each key once. */
  key: string
  data: Record<string, unknown>
}

export interface ActivityContext {
  event: {
    id: string
    organizationId: string
    action: string
    entityId: string
    actorId: string | null
    actorName: string
    data: Record<string, unknown>
    createdAt: Date
  }
  review: { id: string; title: string }
  request?: {
    id: string
    code: string
    title: string
    gate: Gate
    assigneeId: string | null
    submittedById: string | null
  }
  /** For comments: what the thread is on, in words, and who was mentioned (active members, resolved by the DAL). */
  comment?: { targetLabel: string; href: string; mentionedUserIds: string[] }
}

/** The audit actions that are published (notices, webhooks). Anything else is only audited. */
export const PUBLISHED_ACTIONS = [
  'request.submitted',
  'request.accepted',
  'request.changes_requested',
  'request.assigned',
  'gate.signed',
  'review.decided',
  'comment.added',
] as const
export const isPublishedAction = (action: string) => (PUBLISHED_ACTIONS as readonly string[]).includes(action)

export function activityOutput(ctx: ActivityContext): { notices: NoticeSpec[]; events: OutgoingEvent[] } {
  const { event, review, request } = ctx
  const exclude = event.actorId ? [event.actorId] : []
  const notice = (n: Omit<NoticeSpec, 'organizationId' | 'subjectId' | 'window' | 'reviewId' | 'excludeUserIds'>) => ({
    ...n,
    organizationId: event.organizationId,
    subjectId: event.entityId,
    window: event.id,
    reviewId: review.id,
    excludeUserIds: exclude,
  })
  const webhook = (type: WebhookEvent, data: Record<string, unknown>): OutgoingEvent => ({
    organizationId: event.organizationId,
    type,
    key: `${type}:${event.id}`,
    data: { reviewId: review.id, reviewTitle: review.title, ...data, occurredAt: event.createdAt.toISOString() },
  })
  const gateHref = (gate: Gate) => `/reviews/${review.id}/gates/${gateSlug(gate)}`
  const inReview = `in “${review.title}”`
  const requestData = request && { requestId: request.id, code: request.code, gate: request.gate }
  const people = (...ids: (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => !!id))]

  switch (event.action) {
    case 'request.submitted':
      if (!request) return { notices: [], events: [] }
      return {
        notices: [
          notice({
            kind: 'REQUEST_SUBMITTED',
            title: `${request.code} submitted for review`,
            body: `${event.actorName} submitted evidence for ${request.code} (${request.title}) ${inReview}.`,
            href: gateHref(request.gate),
            audience: { userIds: [], roles: ['SECURITY_REVIEWER'] },
          }),
        ],
        events: [webhook('request.submitted', { ...requestData, submittedBy: event.actorName })],
      }
    case 'request.accepted':
    case 'request.changes_requested': {
      if (!request) return { notices: [], events: [] }
      const accepted = event.action === 'request.accepted'
      const note = typeof event.data.note === 'string' ? ` Their note: ${event.data.note}` : ''
      return {
        notices: [
          notice({
            kind: accepted ? 'REQUEST_ACCEPTED' : 'REQUEST_SENT_BACK',
            title: accepted ? `${request.code} accepted` : `${request.code} sent back`,
            body: accepted
              ? `${event.actorName} accepted the evidence for ${request.code} ${inReview}.`
              : `${event.actorName} sent ${request.code} ${inReview} back for changes.${note}`,
            href: gateHref(request.gate),
            audience: { userIds: people(request.submittedById, request.assigneeId), roles: [] },
          }),
        ],
        events: [webhook(accepted ? 'request.accepted' : 'request.sent_back', { ...requestData, by: event.actorName })],
      }
    }
    case 'request.assigned': {
      const assigneeId = typeof event.data.assigneeId === 'string' ? event.data.assigneeId : null
      if (!request || !assigneeId) return { notices: [], events: [] }
      const due = typeof event.data.dueDate === 'string' ? `, due ${event.data.dueDate.slice(0, 10)}` : ''
      return {
        notices: [
          notice({
            kind: 'REQUEST_ASSIGNED',
            title: `${request.code} assigned to you`,
            body: `${event.actorName} assigned ${request.code} (${request.title}) ${inReview} to you${due}.`,
            href: gateHref(request.gate),
            audience: { userIds: [assigneeId], roles: [] },
          }),
        ],
        events: [],
      }
    }
    case 'gate.signed': {
      const gate = event.data.gate as Gate
      return {
        notices: [
          notice({
            kind: 'GATE_SIGNED',
            title: `${GATE_LABELS[gate]} signed`,
            body: `${event.actorName} signed ${GATE_LABELS[gate]} ${inReview}.`,
            href: `/reviews/${review.id}/sign-off`,
            audience: { userIds: [], roles: ['COMPLIANCE', 'SECURITY_REVIEWER'] },
          }),
        ],
        events: [
          webhook('gate.signed', {
            gate,
            signOffId: event.entityId,
            fingerprint: event.data.fingerprint,
            by: event.actorName,
          }),
        ],
      }
    }
    case 'review.decided': {
      const outcome = String(event.data.outcome)
      const words = outcome.toLowerCase().replace(/_/g, ' ')
      return {
        notices: [
          notice({
            kind: 'DECISION_MADE',
            title: `“${review.title}” ${words}`,
            body: `${event.actorName} decided “${review.title}”: ${words}.`,
            href: `/reviews/${review.id}/report`,
            audience: { userIds: [], roles: ['PLATFORM_OWNER', 'SECURITY_REVIEWER', 'COMPLIANCE'] },
          }),
        ],
        events: [
          webhook('decision.made', {
            outcome,
            decisionFingerprint: event.data.decisionFingerprint,
            by: event.actorName,
          }),
        ],
      }
    }
    case 'comment.added': {
      if (!ctx.comment?.mentionedUserIds.length) return { notices: [], events: [] }
      return {
        notices: [
          notice({
            kind: 'MENTION',
            title: `${event.actorName} mentioned you`,
            body: `${event.actorName} mentioned you in a comment on ${ctx.comment.targetLabel} ${inReview}.`,
            href: ctx.comment.href,
            audience: { userIds: ctx.comment.mentionedUserIds, roles: [] },
          }),
        ],
        events: [],
      }
    }
    default:
      return { notices: [], events: [] }
  }
}

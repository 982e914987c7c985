import 'server-only'
// System: the worker's `publish` job. An audited action that others should hear about (lib/domain/activity-notices)
// becomes notifications and webhook deliveries. Enqueued by recordEvent in the action's own transaction.
import { db } from '@/lib/db'
import { GATE_LABELS, type Gate } from '@/lib/domain/enums'
import { gateSlug } from '@/lib/domain/gate-slug'
import { activityOutput, isPublishedAction, type ActivityContext } from '@/lib/domain/activity-notices'
import { deliver } from './deliver'

const str = (v: unknown) => (typeof v === 'string' && v ? v : null)

export async function publishAuditEvent(auditEventId: string) {
  const e = await db.auditEvent.findUnique({ where: { id: auditEventId } })
  if (!e || !isPublishedAction(e.action)) return { notifications: 0, deliveries: 0 }
  const data = (e.data ?? {}) as Record<string, unknown>
  const org = e.organizationId
  const requestId = e.entityType === 'EvidenceRequest' ? e.entityId : str(data.requestId)
  const request = requestId
    ? await db.evidenceRequest.findFirst({
        where: { id: requestId, organizationId: org },
        select: {
          id: true,
          reviewId: true,
          code: true,
          title: true,
          assigneeId: true,
          submittedById: true,
          gateAssessment: { select: { gate: true } },
        },
      })
    : null
  const reviewId = e.action === 'review.decided' ? e.entityId : (request?.reviewId ?? str(data.reviewId))
  const review = reviewId
    ? await db.review.findFirst({ where: { id: reviewId, organizationId: org }, select: { id: true, title: true } })
    : null
  if (!review) return { notifications: 0, deliveries: 0 }
  const actor = e.actorId ? await db.user.findUnique({ where: { id: e.actorId }, select: { name: true } }) : null
  const token = data.apiToken as { name?: string } | undefined
  const ctx: ActivityContext = {
    event: {
      id: e.id,
      organizationId: org,
      action: e.action,
      entityId: e.entityId,
      actorId: e.actorId,
      actorName: `${actor?.name ?? 'Someone'}${token?.name ? ` (API token “${token.name}”)` : ''}`,
      data,
      createdAt: e.createdAt,
    },
    review,
    request: request ? { ...request, gate: request.gateAssessment.gate as Gate } : undefined,
    comment: e.action === 'comment.added' ? await commentContext(org, review.id, data, request) : undefined,
  }
  const out = activityOutput(ctx)
  return db.$transaction((tx) => deliver(tx, out.notices, out.events))
}

async function commentContext(
  organizationId: string,
  reviewId: string,
  data: Record<string, unknown>,
  request: { code: string; gateAssessment: { gate: string } } | null,
) {
  const mentionedUserIds = Array.isArray(data.mentionedUserIds) ? data.mentionedUserIds.map(String) : []
  const thread = `/reviews/${reviewId}/discussion`
  if (request)
    return {
      targetLabel: request.code,
      href: `/reviews/${reviewId}/gates/${gateSlug(request.gateAssessment.gate as Gate)}`,
      mentionedUserIds,
    }
  const locationId = str(data.locationId)
  if (locationId) {
    const l = await db.storageLocation.findFirst({ where: { id: locationId, organizationId }, select: { name: true } })
    return {
      targetLabel: `location “${l?.name ?? 'removed'}”`,
      href: `${thread}#location-${locationId}`,
      mentionedUserIds,
    }
  }
  const keyId = str(data.keyId)
  if (keyId) {
    const k = await db.key.findFirst({ where: { id: keyId, organizationId }, select: { alias: true, keyRef: true } })
    return {
      targetLabel: `key “${k?.alias || k?.keyRef || 'removed'}”`,
      href: `/reviews/${reviewId}/keys/${keyId}`,
      mentionedUserIds,
    }
  }
  const gate = str(data.gate) as Gate | null
  return {
    targetLabel: gate ? `the ${GATE_LABELS[gate]} gate` : 'the review',
    href: gate ? `/reviews/${reviewId}/gates/${gateSlug(gate)}` : thread,
    mentionedUserIds,
  }
}

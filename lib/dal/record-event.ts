import 'server-only'
import type { Tx } from '@/lib/db'
import { appendAuditEvent } from '@/lib/audit/chain'
import { isPublishedAction } from '@/lib/domain/activity-notices'
import type { Actor } from './actor'
import { enqueueJobs } from './job-queue'

/**
 * Appends the actor's audit event inside the caller's transaction. A change made with an API token names the
 * token in the event. An action others are told about also enqueues its `publish` job here, so the notices
 * and webhooks exist exactly when the change commits.
 */
export async function recordEvent(
  tx: Tx,
  actor: Actor,
  action: string,
  entityType: string,
  entityId: string,
  data: Record<string, unknown> = {},
) {
  const event = await appendAuditEvent(tx, {
    organizationId: actor.organizationId,
    actorId: actor.userId,
    action,
    entityType,
    entityId,
    data: actor.apiToken ? { ...data, apiToken: { id: actor.apiToken.id, name: actor.apiToken.name } } : data,
  })
  if (isPublishedAction(action))
    await enqueueJobs(tx, [{ task: 'publish', payload: { auditEventId: event.id }, jobKey: `publish:${event.id}` }])
  return event
}

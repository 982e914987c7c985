import 'server-only'
import type { Tx } from '@/lib/db'
import { appendAuditEvent } from '@/lib/audit/chain'
import type { Actor } from './actor'

/** Appends the actor's audit event inside the caller's transaction. */
export function recordEvent(
  tx: Tx,
  actor: Actor,
  action: string,
  entityType: string,
  entityId: string,
  data: Record<string, unknown> = {},
) {
  return appendAuditEvent(tx, {
    organizationId: actor.organizationId,
    actorId: actor.userId,
    action,
    entityType,
    entityId,
    data,
  })
}

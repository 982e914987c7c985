import 'server-only'
// System (the worker and the sweeps, never a route): turns notices into notifications for the people concerned
// and events into webhook deliveries, in one transaction with the jobs that email and post them. The unique keys
// on both tables make a repeat a no-op, so only the first writer of a notice enqueues its email.
import type { Tx } from '@/lib/db'
import type { Role } from '@/lib/generated/prisma/enums'
import { emailModeFor, type NoticeSpec, type NotificationKind, type EmailMode } from '@/lib/domain/notification-kinds'
import type { OutgoingEvent } from '@/lib/domain/activity-notices'
import { enqueueJobs } from '../job-queue'

type Members = Map<string, Role[]>

async function activeMembers(tx: Tx, organizationId: string, cache: Map<string, Members>) {
  const hit = cache.get(organizationId)
  if (hit) return hit
  const rows = await tx.membership.findMany({
    where: { organizationId, deactivatedAt: null },
    select: { userId: true, roles: true },
  })
  const members: Members = new Map(rows.map((m) => [m.userId, m.roles]))
  cache.set(organizationId, members)
  return members
}

/** The active members a notice is for: the named ones still here, everyone with one of its roles, minus exclusions. */
export function recipientsOf(notice: NoticeSpec, members: Members): string[] {
  const ids = new Set(notice.audience.userIds.filter((id) => members.has(id)))
  for (const [userId, roles] of members) if (roles.some((r) => notice.audience.roles.includes(r))) ids.add(userId)
  for (const id of notice.excludeUserIds ?? []) ids.delete(id)
  return [...ids]
}

export async function deliver(tx: Tx, notices: NoticeSpec[], events: OutgoingEvent[]) {
  const cache = new Map<string, Members>()
  const rows: {
    organizationId: string
    userId: string
    kind: NotificationKind
    subjectId: string
    dedupWindow: string
    reviewId: string | null
    title: string
    body: string
    href: string
    emailMode: EmailMode
  }[] = []
  const targeted: { notice: NoticeSpec; userIds: string[] }[] = []
  for (const notice of notices) {
    const userIds = recipientsOf(notice, await activeMembers(tx, notice.organizationId, cache))
    if (userIds.length) targeted.push({ notice, userIds })
  }
  const preferences = new Map<string, Map<NotificationKind, EmailMode>>()
  for (const organizationId of new Set(targeted.map((t) => t.notice.organizationId))) {
    const prefs = await tx.notificationPreference.findMany({
      where: { organizationId, userId: { in: [...new Set(targeted.flatMap((t) => t.userIds))] } },
      select: { userId: true, kind: true, emailMode: true },
    })
    for (const p of prefs) {
      const key = `${organizationId}:${p.userId}`
      preferences.set(key, (preferences.get(key) ?? new Map()).set(p.kind, p.emailMode))
    }
  }
  for (const { notice: n, userIds } of targeted)
    for (const userId of userIds)
      rows.push({
        organizationId: n.organizationId,
        userId,
        kind: n.kind,
        subjectId: n.subjectId,
        dedupWindow: n.window,
        reviewId: n.reviewId,
        title: n.title,
        body: n.body,
        href: n.href,
        emailMode: emailModeFor(n.kind, preferences.get(`${n.organizationId}:${userId}`) ?? new Map()),
      })
  const created = rows.length
    ? await tx.notification.createManyAndReturn({
        data: rows,
        skipDuplicates: true,
        select: { id: true, emailMode: true },
      })
    : []
  await enqueueJobs(
    tx,
    created
      .filter((n) => n.emailMode === 'IMMEDIATE')
      .map((n) => ({ task: 'send_email' as const, payload: { notificationId: n.id }, jobKey: `email:${n.id}` })),
  )
  const deliveries = await createDeliveries(tx, events)
  return { notifications: created.length, deliveries }
}

async function createDeliveries(tx: Tx, events: OutgoingEvent[]) {
  if (events.length === 0) return 0
  const orgs = [...new Set(events.map((e) => e.organizationId))]
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { organizationId: { in: orgs }, disabledAt: null },
    select: { id: true, organizationId: true, events: true },
  })
  const data = events.flatMap((e) =>
    endpoints
      .filter((ep) => ep.organizationId === e.organizationId && ep.events.includes(e.type))
      .map((ep) => ({
        organizationId: e.organizationId,
        endpointId: ep.id,
        eventType: e.type,
        eventKey: e.key,
        payload: { type: e.type, timestamp: new Date().toISOString(), data: e.data } as object,
      })),
  )
  if (data.length === 0) return 0
  const created = await tx.webhookDelivery.createManyAndReturn({ data, skipDuplicates: true, select: { id: true } })
  await enqueueJobs(
    tx,
    created.map((d) => ({
      task: 'deliver_webhook' as const,
      payload: { deliveryId: d.id },
      jobKey: `webhook:${d.id}`,
    })),
  )
  return created.length
}

import 'server-only'
// The signed-in person's inbox and email preferences. Only ever their own notifications.
import { z } from 'zod'
import { db } from '@/lib/db'
import { notFound } from '@/lib/errors'
import {
  EMAIL_MODES,
  NOTIFICATION_KINDS,
  NOTIFICATION_KIND_INFO,
  type EmailMode,
  type NotificationKind,
} from '@/lib/domain/notification-kinds'
import type { Actor } from './actor'
import { recordEvent } from './record-event'
import { idSchema, parseInput } from './validate'

const mine = (actor: Actor) => ({ organizationId: actor.organizationId, userId: actor.userId })

export function countUnread(actor: Actor) {
  return db.notification.count({ where: { ...mine(actor), readAt: null } })
}

export const INBOX_PAGE = 50

export async function listNotifications(actor: Actor, { unreadOnly = false, page = 1 } = {}) {
  const where = { ...mine(actor), ...(unreadOnly && { readAt: null }) }
  const [total, unread, items] = await Promise.all([
    db.notification.count({ where }),
    countUnread(actor),
    db.notification.findMany({
      where,
      orderBy: { createdAt: 'desc' },
      skip: (Math.max(1, page) - 1) * INBOX_PAGE,
      take: INBOX_PAGE,
      select: { id: true, kind: true, title: true, body: true, href: true, readAt: true, createdAt: true },
    }),
  ])
  return { total, unread, items }
}

/** Marks one notification read and returns where it points. */
export async function markNotificationRead(actor: Actor, input: unknown, now = new Date()) {
  const { notificationId } = parseInput(z.object({ notificationId: idSchema }), input)
  const n = await db.notification.findFirst({ where: { id: notificationId, ...mine(actor) }, select: { href: true } })
  if (!n) throw notFound('Notification')
  await db.notification.updateMany({ where: { id: notificationId, readAt: null }, data: { readAt: now } })
  return { href: n.href }
}

export async function markAllNotificationsRead(actor: Actor, now = new Date()) {
  const { count } = await db.notification.updateMany({ where: { ...mine(actor), readAt: null }, data: { readAt: now } })
  return { count }
}

export async function getEmailPreferences(actor: Actor): Promise<Record<NotificationKind, EmailMode>> {
  const rows = await db.notificationPreference.findMany({ where: mine(actor), select: { kind: true, emailMode: true } })
  const chosen = new Map(rows.map((r) => [r.kind, r.emailMode]))
  return Object.fromEntries(
    NOTIFICATION_KINDS.map((k) => [k, chosen.get(k) ?? NOTIFICATION_KIND_INFO[k].defaultEmail]),
  ) as Record<NotificationKind, EmailMode>
}

export const preferencesSchema = z.object(
  Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.enum(EMAIL_MODES, 'Choose how to be emailed.')])) as Record<
    NotificationKind,
    z.ZodEnum<{ [M in EmailMode]: M }>
  >,
)

export async function saveEmailPreferences(actor: Actor, input: unknown) {
  const prefs = parseInput(preferencesSchema, input) as Record<NotificationKind, EmailMode>
  return db.$transaction(async (tx) => {
    for (const kind of NOTIFICATION_KINDS)
      await tx.notificationPreference.upsert({
        where: { organizationId_userId_kind: { ...mine(actor), kind } },
        create: { ...mine(actor), kind, emailMode: prefs[kind] },
        update: { emailMode: prefs[kind], version: { increment: 1 } },
      })
    await recordEvent(tx, actor, 'notification.preferences_saved', 'User', actor.userId, { email: prefs })
  })
}

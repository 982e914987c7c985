import 'server-only'
// System: what the worker's email jobs read and mark. A notification is emailed once: the job checks
// `emailedAt` before sending and sets it after, and only the job that created the row was ever enqueued.
import { db } from '@/lib/db'
import { DAY_MS } from '@/lib/domain/dates'
import { enqueueJobs } from '../job-queue'

export interface Sender {
  fromName: string
  fromAddress: string
  replyTo: string | null
}

async function senderOf(organizationId: string): Promise<Sender | null | 'DISABLED'> {
  const s = await db.mailSender.findUnique({ where: { organizationId } })
  if (!s) return null
  return s.isEnabled ? { fromName: s.fromName, fromAddress: s.fromAddress, replyTo: s.replyTo } : 'DISABLED'
}

/** An immediate notification still to email, with its recipient and sender; null when there is nothing to send. */
export async function loadPendingEmail(notificationId: string) {
  const n = await db.notification.findUnique({
    where: { id: notificationId },
    include: { user: { select: { email: true, name: true } }, organization: { select: { name: true } } },
  })
  if (!n || n.emailMode !== 'IMMEDIATE' || n.emailedAt) return null
  const member = await db.membership.findFirst({
    where: { organizationId: n.organizationId, userId: n.userId, deactivatedAt: null },
    select: { id: true },
  })
  const sender = await senderOf(n.organizationId)
  if (!member || sender === 'DISABLED') return null
  return { ...n, sender }
}

export async function markEmailed(notificationIds: string[], now: Date) {
  await db.notification.updateMany({
    where: { id: { in: notificationIds }, emailedAt: null },
    data: { emailedAt: now },
  })
}

/** Digest notices not yet emailed, from the last `days` days (older ones are not worth a late email). */
const digestWhere = (now: Date, days = 7) => ({
  emailMode: 'DIGEST' as const,
  emailedAt: null,
  createdAt: { gte: new Date(now.getTime() - days * DAY_MS) },
})

/** One digest job per person with pending digest notices; the job key makes a second run the same day a no-op. */
export async function enqueueDigests(now: Date) {
  const rows = await db.notification.groupBy({ by: ['organizationId', 'userId'], where: digestWhere(now) })
  const day = now.toISOString().slice(0, 10)
  await enqueueJobs(
    db,
    rows.map(({ organizationId, userId }) => ({
      task: 'send_digest' as const,
      payload: { organizationId, userId, day },
      jobKey: `digest:${organizationId}:${userId}:${day}`,
    })),
  )
  return rows.length
}

export async function loadPendingDigest(organizationId: string, userId: string, now: Date) {
  const [items, user, organization, member, sender] = await Promise.all([
    db.notification.findMany({
      where: { ...digestWhere(now), organizationId, userId },
      orderBy: { createdAt: 'asc' },
      take: 200,
      select: { id: true, title: true, body: true, href: true },
    }),
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true } }),
    db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true } }),
    db.membership.findFirst({ where: { organizationId, userId, deactivatedAt: null }, select: { id: true } }),
    senderOf(organizationId),
  ])
  if (items.length === 0 || !member || sender === 'DISABLED') return null
  return { items, user, organization, sender }
}

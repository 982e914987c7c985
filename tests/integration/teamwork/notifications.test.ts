// What people are told, and how: audited actions reach the right people (never the actor), preferences decide
// the email (immediate, one daily digest, off), the organization's sender is used or mail is switched off, and
// each person sees and marks only their own inbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { addLinkEvidence } from '@/lib/dal/evidence'
import { submitRequest } from '@/lib/dal/requests'
import { publishAuditEvent } from '@/lib/dal/system/publish'
import { enqueueDigests } from '@/lib/dal/system/email-outbox'
import {
  countUnread,
  getEmailPreferences,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  saveEmailPreferences,
} from '@/lib/dal/notifications'
import { getMailSender, saveMailSender } from '@/lib/dal/mail-sender'
import { NOTIFICATION_KINDS } from '@/lib/domain/notification-kinds'
import { makeOrganization } from '../../support/factory'
import { makeReview } from '../../support/review-factory'
import { startSmtpServer } from '../../support/smtp'
import { clearJobQueue, pendingJobs, startTestWorkers, waitForQueueDrained } from '../../support/jobs'

let smtp: Awaited<ReturnType<typeof startSmtpServer>>
beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  await clearJobQueue()
})
afterAll(async () => {
  delete process.env.SMTP_URL
  await smtp.close()
})

const team = () =>
  makeOrganization({
    admin: ['ADMIN'],
    owner: ['PLATFORM_OWNER'],
    reviewer: ['SECURITY_REVIEWER'],
    reviewer2: ['SECURITY_REVIEWER'],
    compliance: ['COMPLIANCE'],
  })

async function submitKa01(actors: Awaited<ReturnType<typeof team>>['actors']) {
  const reviewId = await makeReview(actors.owner, { title: 'Notified review' })
  const request = await db.evidenceRequest.findFirstOrThrow({ where: { reviewId, code: 'KA-01' } })
  await addLinkEvidence(actors.owner, {
    reviewId,
    title: 'Key inventory',
    url: 'https://evidence.example/inventory',
    effectiveDate: '2026-11-01',
    requestIds: [request.id],
  })
  await submitRequest(actors.owner, { requestId: request.id, version: request.version })
  return { reviewId, request }
}
const everything = (mode: string) => Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, mode]))

describe('notifications', () => {
  it('a submission tells every security reviewer, not the submitter; the publish job is enqueued in the change', async () => {
    const { organization, actors } = await team()
    const { request } = await submitKa01(actors)
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'request.submitted', entityId: request.id } })
    expect((await pendingJobs()).some((j) => j.task === 'publish')).toBe(true)
    await publishAuditEvent(event.id)
    const notices = await db.notification.findMany({ where: { organizationId: organization.id } })
    expect(notices.map((n) => n.userId).sort()).toEqual([actors.reviewer.userId, actors.reviewer2.userId].sort())
    expect(notices[0]).toMatchObject({
      kind: 'REQUEST_SUBMITTED',
      title: 'KA-01 submitted for review',
      emailMode: 'DIGEST',
    })
    expect(notices[0].body).toBe('owner submitted evidence for KA-01 (' + request.title + ') in “Notified review”.')
  })

  it('immediate, digest and off: one email now, one digest listing the rest, nothing for off; from the org sender', async () => {
    const { organization, actors } = await team()
    await saveMailSender(actors.admin, {
      fromName: 'Acme Keyproof',
      fromAddress: 'keyproof@acme.example',
      replyTo: 'security@acme.example',
      isEnabled: 'on',
      version: 0,
    })
    await saveEmailPreferences(actors.reviewer, everything('IMMEDIATE'))
    await saveEmailPreferences(actors.reviewer2, everything('OFF'))
    expect((await getEmailPreferences(actors.reviewer2)).REQUEST_SUBMITTED).toBe('OFF')
    await submitKa01(actors)
    const workers = await startTestWorkers(1)
    try {
      await waitForQueueDrained()
      const to = (who: { email: string }) => smtp.messages.filter((m) => m.to.includes(who.email))
      expect(to(actors.reviewer)).toHaveLength(1)
      expect(to(actors.reviewer)[0].headers.get('from')).toBe('Acme Keyproof <keyproof@acme.example>')
      expect(to(actors.reviewer)[0].headers.get('reply-to')).toBe('security@acme.example')
      expect(to(actors.reviewer2)).toHaveLength(0)
      expect(await countUnread(actors.reviewer2)).toBe(1) // off means no email, not no notice

      // The owner keeps the default (digest) for an accepted request; two digests the same day send once.
      await saveEmailPreferences(actors.owner, { ...everything('DIGEST') })
      await db.notification.create({
        data: {
          organizationId: organization.id,
          userId: actors.owner.userId,
          kind: 'REQUEST_ACCEPTED',
          subjectId: 'x',
          dedupWindow: 'w1',
          title: 'KA-01 accepted',
          body: 'A reviewer accepted the evidence for KA-01.',
          href: '/',
          emailMode: 'DIGEST',
        },
      })
      expect(await enqueueDigests(new Date())).toBeGreaterThanOrEqual(1)
      await enqueueDigests(new Date())
      await waitForQueueDrained()
      const digests = to(actors.owner).filter((m) => m.headers.get('x-keyproof-notification') === 'DIGEST')
      expect(digests).toHaveLength(1)
      expect(digests[0].subject).toMatch(/^\[Keyproof\] 1 update for \d{4}-\d{2}-\d{2} — Test org/)
      expect(digests[0].text).toContain('* KA-01 accepted')
    } finally {
      await workers.stop()
    }
  })

  it('an organization that switched email off sends none; its notices still reach the inbox', async () => {
    const { actors } = await team()
    await saveMailSender(actors.admin, { fromName: 'Quiet', fromAddress: 'quiet@acme.example', version: 0 })
    expect((await getMailSender(actors.admin))?.isEnabled).toBe(false)
    await saveEmailPreferences(actors.reviewer, everything('IMMEDIATE'))
    await submitKa01(actors)
    const workers = await startTestWorkers(1)
    try {
      await waitForQueueDrained()
    } finally {
      await workers.stop()
    }
    expect(smtp.messages.filter((m) => m.to.includes(actors.reviewer.email))).toHaveLength(0)
    expect(await countUnread(actors.reviewer)).toBe(1)
    await expect(saveMailSender(actors.owner, { fromName: 'x', fromAddress: 'x@acme.example' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    await expect(
      saveMailSender(actors.admin, { fromName: 'Again', fromAddress: 'again@acme.example', version: 0 }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
  })

  it('each person reads and marks only their own inbox; marking is not a way to probe others’ ids', async () => {
    const { actors } = await team()
    const { request } = await submitKa01(actors)
    await publishAuditEvent(
      (await db.auditEvent.findFirstOrThrow({ where: { action: 'request.submitted', entityId: request.id } })).id,
    )
    const mine = await listNotifications(actors.reviewer)
    expect(mine.unread).toBe(1)
    await expect(markNotificationRead(actors.reviewer2, { notificationId: mine.items[0].id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    expect(await markNotificationRead(actors.reviewer, { notificationId: mine.items[0].id })).toEqual({
      href: mine.items[0].href,
    })
    expect(await countUnread(actors.reviewer)).toBe(0)
    expect(await countUnread(actors.reviewer2)).toBe(1)
    expect(await markAllNotificationsRead(actors.reviewer2)).toEqual({ count: 1 })
    expect((await listNotifications(actors.reviewer2, { unreadOnly: true })).items).toEqual([])
  })
})

// Must show: a request due tomorrow produces exactly one reminder email at a real SMTP server, even with two
// workers running the reminder sweep at the same time, again and again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { assignRequest } from '@/lib/dal/requests'
import { enqueueJobs } from '@/lib/dal/job-queue'
import { addLinkEvidence } from '@/lib/dal/evidence'
import { isoDate } from '@/lib/domain/dates'
import { makeOrganization } from '../../support/factory'
import { makeReview } from '../../support/review-factory'
import { startSmtpServer } from '../../support/smtp'
import { clearJobQueue, startTestWorkers, waitFor, waitForQueueDrained } from '../../support/jobs'

let smtp: Awaited<ReturnType<typeof startSmtpServer>>
beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  process.env.KEYPROOF_APP_URL = 'https://keyproof.example.test'
  await clearJobQueue()
})
afterAll(async () => {
  delete process.env.SMTP_URL
  await smtp.close()
})

describe('reminders on the job queue', () => {
  it('a request due tomorrow gets exactly one reminder email with two workers sweeping concurrently', async () => {
    const { actors } = await makeOrganization({ owner: ['PLATFORM_OWNER'], reviewer: ['SECURITY_REVIEWER'] })
    const reviewId = await makeReview(actors.owner, { title: 'Payments Kafka' })
    const request = await db.evidenceRequest.findFirstOrThrow({ where: { reviewId, code: 'KA-02' } })
    const tomorrow = isoDate(new Date(Date.now() + 86_400_000))
    await assignRequest(actors.reviewer, {
      requestId: request.id,
      version: request.version,
      assigneeId: actors.owner.userId,
      dueDate: tomorrow,
    })
    // Evidence that must not leak into the email: its title and its URL.
    await addLinkEvidence(actors.owner, {
      reviewId,
      title: 'SECRET-POLICY-EXPORT',
      url: 'https://evidence.example/secret-export',
      effectiveDate: '2026-11-01',
      requestIds: [request.id],
    })

    const sweeps = 6
    await enqueueJobs(
      db,
      Array.from({ length: sweeps }, () => ({ task: 'reminders' as const, payload: {} })),
    )
    const completed = new Map<string, number>()
    const workers = await startTestWorkers(2)
    workers.runners.forEach((r, i) =>
      r.events.on('job:success', ({ job }) => {
        if (job.task_identifier === 'reminders') completed.set(`worker ${i}`, (completed.get(`worker ${i}`) ?? 0) + 1)
      }),
    )
    try {
      await waitForQueueDrained()
      const mine = () => smtp.messages.filter((m) => m.to.includes(actors.owner.email))
      await waitFor('the assignment email', async () =>
        mine().some((m) => m.headers.get('x-keyproof-notification') === 'REQUEST_ASSIGNED'),
      )
      const reminders = mine().filter((m) => m.headers.get('x-keyproof-notification') === 'REQUEST_DUE')
      expect([...completed.values()].reduce((a, b) => a + b, 0)).toBe(sweeps)
      expect(reminders).toHaveLength(1)
      const [mail] = reminders
      expect(mail.subject).toBe('[Keyproof] KA-02 is due tomorrow')
      expect(mail.text).toContain(`is due on ${tomorrow}`)
      expect(mail.text).toContain(`https://keyproof.example.test/reviews/${reviewId}/gates/key-administration`)
      expect(mail.html).toContain(`href="https://keyproof.example.test/reviews/${reviewId}/gates/key-administration"`)
      expect(mail.headers.get('message-id')).toMatch(/^<notification-c[a-z0-9]+@keyproof\.example\.test>$/)
      for (const part of [mail.raw, mail.text, mail.html]) {
        expect(part).not.toContain('SECRET-POLICY-EXPORT')
        expect(part).not.toContain('secret-export')
      }
      const rows = await db.notification.findMany({ where: { userId: actors.owner.userId, kind: 'REQUEST_DUE' } })
      expect(rows).toHaveLength(1)
      expect(rows[0].emailedAt).not.toBeNull()
    } finally {
      await workers.stop()
    }
    console.log(`reminder sweeps per worker: ${JSON.stringify(Object.fromEntries(completed))}`)
  })
})

// Must show: a lapsed exception stales the sign-off and notifies compliance — found by the staleness sweep
// (the clock passed an expiry; nobody edited anything), told once per staleness episode, by email too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { signGate } from '@/lib/dal/sign-off'
import { grantException, requestException } from '@/lib/dal/exceptions'
import { addRecord } from '@/lib/dal/records'
import { decideReview } from '@/lib/dal/decision'
import { sweepStaleness } from '@/lib/dal/system/sweeps'
import { enqueueJobs } from '@/lib/dal/job-queue'
import { makeOrganization } from '../../support/factory'
import { approvableReview, signAll, stateScope } from '../../support/approval-helpers'
import { makeReview } from '../../support/review-factory'
import { settleRequiredRequests } from '../../support/gate-helpers'
import { startSmtpServer } from '../../support/smtp'
import { clearJobQueue, startTestWorkers, waitForQueueDrained } from '../../support/jobs'

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

const reviewTitle = async (id: string) => (await db.review.findUniqueOrThrow({ where: { id } })).title
const statement = 'Checked the drills and the exception against the failure-recovery expectations.'

/** Failure recovery signed while an exception covers its disabled-key blocker, expiring in 10 days. */
async function signedUnderException(now: Date) {
  const t = await makeOrganization({
    owner: ['PLATFORM_OWNER'],
    reviewer: ['SECURITY_REVIEWER'],
    compliance: ['COMPLIANCE'],
    compliance2: ['COMPLIANCE'],
  })
  const { owner, reviewer, compliance } = t.actors
  const reviewId = await makeReview(owner, { title: 'Ledger Kafka' })
  await addRecord(owner, 'drill', {
    reviewId,
    scenario: 'KEY_ROTATION',
    environment: 'staging',
    performedOn: now.toISOString().slice(0, 10),
    outcome: 'PASSED',
  })
  await settleRequiredRequests(owner, reviewer, reviewId, 'FAILURE_RECOVERY')
  const x = await requestException(reviewer, {
    reviewId,
    findingCode: 'FR-NO-KEY-DISABLED-DRILL',
    targetRef: `review:${reviewId}`,
    justification: 'The disabled-key drill is scheduled for the next change window.',
    compensatingControls: 'Key deletion is blocked by an SCP; disable alarms page on-call.',
    expiresAt: new Date(now.getTime() + 10 * 86_400_000).toISOString().slice(0, 10),
  })
  await grantException(compliance, { exceptionId: x.id, version: 1, note: 'Accepted until the migration.' })
  await signGate(compliance, { reviewId, gate: 'FAILURE_RECOVERY', statement }, now)
  return { ...t, reviewId }
}

describe('the staleness sweep', () => {
  it('a lapsed exception stales the sign-off: compliance is notified once, in the inbox and by email', async () => {
    const now = new Date()
    const { organization, actors, reviewId } = await signedUnderException(now)
    const kinds = async () =>
      db.notification.findMany({
        where: { organizationId: organization.id, kind: 'SIGNOFF_STALE' },
        orderBy: { userId: 'asc' },
      })

    await sweepStaleness(now)
    expect(await kinds()).toEqual([])

    const later = new Date(now.getTime() + 11 * 86_400_000)
    await sweepStaleness(later)
    await sweepStaleness(later)
    const notices = await kinds()
    expect(notices.map((n) => n.userId).sort()).toEqual([actors.compliance.userId, actors.compliance2.userId].sort())
    expect(notices[0].title).toBe('Failure recovery sign-off went stale')
    expect(notices[0].body).toContain('exception for FR-NO-KEY-DISABLED-DRILL no longer live')
    expect(notices[0].href).toBe(`/reviews/${reviewId}/sign-off`)
    expect(notices.every((n) => n.emailMode === 'IMMEDIATE' && n.reviewId === reviewId)).toBe(true)

    const workers = await startTestWorkers(1)
    try {
      await waitForQueueDrained()
    } finally {
      await workers.stop()
    }
    for (const who of [actors.compliance, actors.compliance2]) {
      const mails = smtp.messages.filter((m) => m.to.includes(who.email))
      expect(mails.map((m) => m.subject)).toEqual(['[Keyproof] Failure recovery sign-off went stale'])
      expect(mails[0].text).toContain('exception for FR-NO-KEY-DISABLED-DRILL no longer live')
    }
    expect(smtp.messages.some((m) => m.to.includes(actors.owner.email))).toBe(false)
  })

  it('an approval whose exception lapses goes stale and its decider hears of it; the scheduled job finds it', async () => {
    const t = await makeOrganization({
      owner: ['PLATFORM_OWNER'],
      reviewer: ['SECURITY_REVIEWER'],
      compliance: ['COMPLIANCE'],
      compliance2: ['COMPLIANCE'],
    })
    const team = t.actors as Record<'owner' | 'reviewer' | 'compliance' | 'compliance2', (typeof t.actors)['owner']>
    const { reviewId, now } = await approvableReview(team, { withoutRotationDrill: true, exceptionDays: 10 })
    await stateScope(team.reviewer, reviewId)
    await signAll(team.compliance, reviewId)
    await decideReview(team.compliance, { reviewId, outcome: 'APPROVED_WITH_EXCEPTIONS' })
    const decisionStale = () =>
      db.notification.findMany({ where: { organizationId: t.organization.id, kind: 'DECISION_STALE' } })
    await sweepStaleness(now)
    expect(await decisionStale()).toEqual([])

    const later = new Date(now.getTime() + 11 * 86_400_000)
    await enqueueJobs(db, [{ task: 'staleness', payload: { _cron: { ts: later.toISOString() } } }])
    const workers = await startTestWorkers(1)
    try {
      await waitForQueueDrained()
    } finally {
      await workers.stop()
    }
    const stale = await decisionStale()
    // The decider, and compliance (the decider is one of them): each once.
    expect(stale.map((n) => n.userId).sort()).toEqual([team.compliance.userId, team.compliance2.userId].sort())
    expect(stale[0].title).toBe('The decision on “' + (await reviewTitle(reviewId)) + '” went stale')
    expect(stale[0].body).toContain('exception for FR-NO-KEY-ROTATION-DRILL')
    expect(stale[0].body).toContain('no longer live')
  })

  it('a rejection does not go stale: nothing it refused becomes true by itself', async () => {
    const now = new Date()
    const { organization, actors, reviewId } = await signedUnderException(now)
    await decideReview(
      actors.compliance,
      { reviewId, outcome: 'REJECTED', reason: 'Failure recovery rests on an exception; drill first, then resubmit.' },
      now,
    )
    await sweepStaleness(new Date(now.getTime() + 11 * 86_400_000))
    expect(await db.notification.count({ where: { organizationId: organization.id, kind: 'DECISION_STALE' } })).toBe(0)
  })
})

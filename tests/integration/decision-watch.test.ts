// Issue 10, items 6 and 7: an approval needs its basis and warns of what lapses soon after it; once taken, it keeps
// watching, and goes stale (in its gate, in My work for compliance, in the report) when an exception lapses or
// evidence expires. The clock is passed in: no sleeping.
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { GATES } from '@/lib/domain/enums'
import { decideReview } from '@/lib/dal/decision'
import { addLinkEvidence } from '@/lib/dal/evidence'
import { listMyWork } from '@/lib/dal/my-work'
import { buildReadinessReport } from '@/lib/dal/report'
import { loadWorkspace } from '@/lib/dal/workspace'
import { makeOrganization } from '../support/factory'
import { approvableReview, isoDay, signAll, stateScope } from '../support/approval-helpers'

const team = async () => {
  const { actors } = await makeOrganization({
    owner: ['PLATFORM_OWNER'],
    reviewer: ['SECURITY_REVIEWER'],
    compliance: ['COMPLIANCE'],
  })
  return actors as {
    owner: (typeof actors)['owner']
    reviewer: (typeof actors)['owner']
    compliance: (typeof actors)['owner']
  }
}
const DAY = 86_400_000

describe('approval needs its basis', () => {
  it('refuses approval while the boundary statements, regions and allowed jurisdictions are missing, listing them', async () => {
    const t = await team()
    const { reviewId } = await approvableReview(t, {})
    await signAll(t.compliance, reviewId)
    await expect(decideReview(t.compliance, { reviewId, outcome: 'APPROVED' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message:
        'The scope must be stated first. Missing: the control boundary statement, the cryptographic boundary ' +
        'statement, the operational boundary statement, the recovery boundary statement, the regions, the allowed ' +
        'jurisdictions.',
    })
    // Stating the scope changes what the inventory gates vouch for: they are signed again, then approval holds.
    await stateScope(t.reviewer, reviewId)
    await expect(decideReview(t.compliance, { reviewId, outcome: 'APPROVED' })).rejects.toMatchObject({
      message: expect.stringContaining('Not yet: Storage boundary (stale), Key administration (stale)'),
    })
    await signAll(t.compliance, reviewId, ['STORAGE_BOUNDARY', 'KEY_ADMINISTRATION'])
    const { warnings } = await decideReview(t.compliance, { reviewId, outcome: 'APPROVED' })
    expect(warnings).toEqual([])
    const review = await db.review.findUniqueOrThrow({ where: { id: reviewId } })
    expect(Object.keys(review.decisionGateFingerprints as object).sort()).toEqual([...GATES].sort())
  })

  it('warns of an exception expiring the day of the decision, with its time and zone, and refuses a plain approval', async () => {
    const t = await team()
    const { reviewId } = await approvableReview(t, { withoutRotationDrill: true, exceptionDays: 0 })
    await stateScope(t.reviewer, reviewId)
    await signAll(t.compliance, reviewId)
    await expect(decideReview(t.compliance, { reviewId, outcome: 'APPROVED' })).rejects.toMatchObject({
      message: expect.stringContaining('covered by live exceptions: approve with exceptions instead'),
    })
    const { warnings } = await decideReview(t.compliance, { reviewId, outcome: 'APPROVED_WITH_EXCEPTIONS' })
    expect(warnings).toEqual([
      `Exception for FR-NO-KEY-ROTATION-DRILL on “This review” expires ${isoDay(new Date())} 23:59:59 UTC, within 30 ` +
        'days of this decision: the decision will go stale then.',
    ])
    const [event] = await db.auditEvent.findMany({ where: { entityId: reviewId, action: 'review.decided' } })
    expect((event.data as { warnings: string[] }).warnings).toEqual(warnings)
  })
})

describe('a decision that goes stale', () => {
  it('after its exception lapses, the approval is stale in its gate, in My work for compliance and in the report', async () => {
    const t = await team()
    const { reviewId, now } = await approvableReview(t, { withoutRotationDrill: true, exceptionDays: 10 })
    await stateScope(t.reviewer, reviewId)
    await signAll(t.compliance, reviewId)
    await decideReview(t.compliance, { reviewId, outcome: 'APPROVED_WITH_EXCEPTIONS' })

    const current = await loadWorkspace(t.compliance, reviewId, now, { fresh: true })
    expect(current.decisionStaleness.isStale).toBe(false)
    expect((await listMyWork(t.compliance, now)).map((w) => w.review.id)).not.toContain(reviewId)

    const later = new Date(now.getTime() + 11 * DAY)
    const ws = await loadWorkspace(t.compliance, reviewId, later, { fresh: true })
    expect(ws.decisionStaleness.gates.map((g) => g.gate)).toEqual(['FAILURE_RECOVERY'])
    expect(ws.decisionStaleness.gates[0].changes).toEqual([
      'exception for FR-NO-KEY-ROTATION-DRILL no longer live (expired or revoked)',
      expect.stringMatching(/^open blocker FR-NO-KEY-ROTATION-DRILL \(No passed key rotation drill\): /),
    ])
    const stale = ws.findings.filter((f) => f.code.endsWith('-DECISION-STALE'))
    expect(stale.map((f) => [f.code, f.severity, f.targetRef])).toEqual([
      ['FR-DECISION-STALE', 'BLOCKER', `review:${reviewId}`],
    ])
    expect(stale[0].message).toMatch(/^Decision stale — re-review needed: .*no longer live/)

    const work = await listMyWork(t.compliance, later)
    const entry = work.find((w) => w.review.id === reviewId)
    expect(entry?.steps.map((s) => [s.id, s.role, s.href])).toEqual([
      ['compliance.decision-stale', 'COMPLIANCE', 'sign-off'],
    ])
    expect(entry?.steps[0].text).toMatch(/^Decision stale — re-review needed: Failure recovery: exception/)
    expect((await listMyWork(t.owner, later)).map((w) => w.review.id)).not.toContain(reviewId)

    const report = await buildReadinessReport(t.compliance, reviewId, later)
    expect(report.review.decision?.outcome).toBe('Approved with exceptions')
    expect(report.review.decision?.stale?.changes[0]).toBe(
      'Failure recovery: exception for FR-NO-KEY-ROTATION-DRILL no longer live (expired or revoked)',
    )
    expect((await buildReadinessReport(t.compliance, reviewId, now)).review.decision?.stale).toBeNull()
  })

  it('evidence that expires after the decision makes it stale in the gate the evidence supported', async () => {
    const t = await team()
    const { reviewId, now } = await approvableReview(t, {})
    const request = await db.evidenceRequest.findFirstOrThrow({ where: { reviewId, code: 'KA-01' } })
    await addLinkEvidence(t.owner, {
      reviewId,
      title: 'Key register export',
      url: 'https://evidence.example/register',
      effectiveDate: isoDay(now),
      expiresAt: isoDay(new Date(now.getTime() + 40 * DAY)),
      requestIds: [request.id],
    })
    await stateScope(t.reviewer, reviewId)
    await signAll(t.compliance, reviewId)
    expect((await decideReview(t.compliance, { reviewId, outcome: 'APPROVED' })).warnings).toEqual([])
    const later = new Date(now.getTime() + 41 * DAY)
    const ws = await loadWorkspace(t.compliance, reviewId, later, { fresh: true })
    expect(ws.decisionStaleness.gates.map((g) => g.gate)).toEqual(['KEY_ADMINISTRATION'])
    expect(ws.decisionStaleness.gates[0].changes[0]).toMatch(/^open blocker KA-EVIDENCE-EXPIRED .*Key register export/)
  })

  it('a rejection does not go stale', async () => {
    const t = await team()
    const { reviewId, now } = await approvableReview(t, { withoutRotationDrill: true, exceptionDays: 10 })
    await decideReview(t.compliance, { reviewId, outcome: 'REJECTED', reason: 'The rotation drill must run first.' })
    const ws = await loadWorkspace(t.compliance, reviewId, new Date(now.getTime() + 11 * DAY), { fresh: true })
    expect(ws.decisionStaleness.isStale).toBe(false)
    expect(ws.findings.some((f) => f.code.endsWith('-DECISION-STALE'))).toBe(false)
  })
})

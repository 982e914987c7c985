import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { signGate } from '@/lib/dal/sign-off'
import { loadGateStates } from '@/lib/dal/gate-states'
import { loadWorkspace } from '@/lib/dal/workspace'
import { grantException, requestException, revokeException } from '@/lib/dal/exceptions'
import { decideReview, startReReview } from '@/lib/dal/decision'
import { diffAgainstLastApproved } from '@/lib/dal/review-diff'
import { addLinkEvidence } from '@/lib/dal/evidence'
import { addRecord } from '@/lib/dal/records'
import { updateLocation } from '@/lib/dal/inventory'
import { locationInput, locationsOf, makeReview } from '../support/review-factory'
import { readyReview, statement, team } from '../support/ready-review'
import { settleRequiredRequests } from '../support/gate-helpers'

const stateOf = async (orgId: string, reviewId: string, gate: string, now = new Date()) =>
  (await loadGateStates(orgId, reviewId, now)).find((g) => g.gate === gate)!

describe('sign-off, staleness, exceptions and the decision', () => {
  it('compliance signs a ready gate; the sign-off records the fingerprint and is current', async () => {
    const { organization, actors, reviewId } = await readyReview()
    const before = await stateOf(organization.id, reviewId, 'COMPATIBILITY')
    const signOff = await signGate(actors.compliance, { reviewId, gate: 'COMPATIBILITY', statement })
    expect(signOff.fingerprint).toBe(before.fingerprint)
    expect(signOff.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    const after = await stateOf(organization.id, reviewId, 'COMPATIBILITY')
    expect(after).toMatchObject({ status: 'SIGNED', currentSigners: [actors.compliance.userId] })
    await expect(signGate(actors.compliance, { reviewId, gate: 'COMPATIBILITY', statement })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    await expect(db.$executeRaw`UPDATE sign_offs SET statement = 'x' WHERE id = ${signOff.id}`).rejects.toThrow(
      /permission denied for table sign_offs/,
    )
  })

  it('changing a linked evidence or an inventory row makes exactly the affected gates stale, and says what changed', async () => {
    const { organization, actors, reviewId, co } = await readyReview()
    await signGate(actors.compliance, { reviewId, gate: 'COMPATIBILITY', statement })
    await signGate(actors.compliance, { reviewId, gate: 'STORAGE_BOUNDARY', statement })
    const [loc] = await locationsOf(reviewId)
    await updateLocation(actors.owner, locationInput(loc, { resourceRef: 'arn:aws:ec2:eu-west-1:1:volume/vol-new' }))
    expect((await stateOf(organization.id, reviewId, 'STORAGE_BOUNDARY')).status).toBe('STALE')
    expect((await stateOf(organization.id, reviewId, 'STORAGE_BOUNDARY')).signOffs[0].changed).toContain(
      'location “Broker volumes” changed',
    )
    expect((await stateOf(organization.id, reviewId, 'COMPATIBILITY')).status).toBe('SIGNED')

    const request = co.requests[0]
    await addLinkEvidence(actors.owner, {
      reviewId,
      title: 'Newer matrix',
      url: 'https://evidence.example/v2',
      effectiveDate: '2026-11-02',
      supersedesId: co.evidenceIds[0],
    })
    const compat = await stateOf(organization.id, reviewId, 'COMPATIBILITY')
    expect(compat.status).toBe('STALE')
    expect(compat.signOffs[0].changed).toContain(`evidence on ${request.code} changed`)
    const others = (await loadGateStates(organization.id, reviewId, new Date())).filter(
      (g) => g.gate !== 'COMPATIBILITY' && g.gate !== 'STORAGE_BOUNDARY',
    )
    expect(others.every((g) => g.status === null)).toBe(true)
  })

  it('signer restrictions hold when called directly: blockers, platform owners, uploaders and accepters are refused', async () => {
    const { organization, actors, reviewId } = await readyReview()
    await expect(signGate(actors.compliance, { reviewId, gate: 'FAILURE_RECOVERY', statement })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/open blocker/),
    })
    await expect(signGate(actors.owner, { reviewId, gate: 'COMPATIBILITY', statement })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    const ownerCompliance = { ...actors.compliance, roles: ['COMPLIANCE', 'PLATFORM_OWNER'] as const }
    await expect(
      signGate(
        { ...ownerCompliance, roles: [...ownerCompliance.roles] },
        { reviewId, gate: 'COMPATIBILITY', statement },
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'Platform owners do not sign gates (separation of duties).' })
    // lead (security reviewer + compliance) accepts a request in the key-administration gate, then may not sign it
    const { reviewId: second } = await readyReviewFor(actors)
    await expect(signGate(actors.lead, { reviewId: second, gate: 'COMPATIBILITY', statement })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/accepted evidence for Compatibility/),
    })
    await expect(
      signGate(actors.compliance, { reviewId, gate: 'COMPATIBILITY', statement: 'ok' }),
    ).rejects.toMatchObject({ code: 'VALIDATION' })
    expect(await db.signOff.count({ where: { organizationId: organization.id } })).toBe(0)
  })

  it('a quorum of two needs two distinct current signers', async () => {
    const { organization, actors, reviewId } = await readyReview()
    await db.review.update({ where: { id: reviewId }, data: { signOffQuorum: 2 } })
    await signGate(actors.compliance, { reviewId, gate: 'COMPATIBILITY', statement })
    expect((await stateOf(organization.id, reviewId, 'COMPATIBILITY')).status).toBeNull()
    await signGate(actors.compliance2, { reviewId, gate: 'COMPATIBILITY', statement })
    expect((await stateOf(organization.id, reviewId, 'COMPATIBILITY')).status).toBe('SIGNED')
  })

  it('an exception that expires brings its blocker back and stales the sign-off (now passed in, no sleeping)', async () => {
    const { organization, actors, reviewId } = await readyReview()
    const now = new Date()
    await addRecord(actors.owner, 'drill', {
      reviewId,
      scenario: 'KEY_ROTATION',
      environment: 'staging',
      performedOn: now.toISOString().slice(0, 10),
      outcome: 'PASSED',
    })
    await settleRequiredRequests(actors.owner, actors.reviewer, reviewId, 'FAILURE_RECOVERY')
    const target = `review:${reviewId}`
    const expires = new Date(now.getTime() + 10 * 86_400_000).toISOString().slice(0, 10)
    const x = await requestException(actors.reviewer, {
      reviewId,
      findingCode: 'FR-NO-KEY-DISABLED-DRILL',
      targetRef: target,
      justification: 'The disabled-key drill is scheduled for the next change window.',
      compensatingControls: 'Key deletion is blocked by an SCP; disable alarms page on-call.',
      expiresAt: expires,
    })
    await expect(
      grantException(actors.reviewer, { exceptionId: x.id, version: 1, note: 'Accepted until the migration.' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    await grantException(actors.compliance, { exceptionId: x.id, version: 1, note: 'Accepted until the migration.' })
    const ws = await loadWorkspace(actors.compliance, reviewId, now, { fresh: true })
    expect(ws.findings.find((f) => f.code === 'FR-NO-KEY-DISABLED-DRILL')?.acceptedRisk).toBeTruthy()
    await signGate(actors.compliance, { reviewId, gate: 'FAILURE_RECOVERY', statement }, now)
    expect((await stateOf(organization.id, reviewId, 'FAILURE_RECOVERY', now)).status).toBe('SIGNED')

    const later = new Date(now.getTime() + 11 * 86_400_000)
    const after = await loadWorkspace(actors.compliance, reviewId, later, { fresh: true })
    const finding = after.findings.find((f) => f.code === 'FR-NO-KEY-DISABLED-DRILL')!
    expect(finding.acceptedRisk).toBeUndefined()
    const stale = await stateOf(organization.id, reviewId, 'FAILURE_RECOVERY', later)
    expect(stale.status).toBe('STALE')
    expect(stale.signOffs[0].changed).toContain(
      'exception for FR-NO-KEY-DISABLED-DRILL no longer live (expired or revoked)',
    )
    await expect(
      requestException(actors.reviewer, {
        reviewId,
        findingCode: 'FR-NO-KEY-DISABLED-DRILL',
        targetRef: target,
        justification: 'x'.repeat(30),
        compensatingControls: 'y'.repeat(30),
        expiresAt: '2099-01-01',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: 'An exception lasts at most 365 days.' })
    await revokeException(actors.compliance, {
      exceptionId: x.id,
      version: 2,
      reason: 'The drill was cancelled; the risk is no longer accepted.',
    })
    expect((await stateOf(organization.id, reviewId, 'FAILURE_RECOVERY', now)).status).toBe('STALE')
  })

  it('approval needs every gate signed and current; rejection needs a reason; a decided review is read-only; a re-review copies and diffs', async () => {
    const { actors, reviewId } = await readyReview()
    await expect(decideReview(actors.compliance, { reviewId, outcome: 'APPROVED' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/Every gate must be signed/),
    })
    await expect(
      decideReview(actors.compliance, { reviewId, outcome: 'REJECTED', reason: 'no' }),
    ).rejects.toMatchObject({ code: 'VALIDATION' })
    await expect(
      decideReview(actors.reviewer, { reviewId, outcome: 'REJECTED', reason: 'Not my call to make at all here.' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await decideReview(actors.compliance, {
      reviewId,
      outcome: 'REJECTED',
      reason: 'Failure recovery was never drilled; resubmit after the drills.',
    })
    const [loc] = await locationsOf(reviewId)
    await expect(updateLocation(actors.owner, locationInput(loc, { notes: 'late' }))).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    const next = await startReReview(actors.owner, { reviewId })
    expect((await locationsOf(next.id)).map((l) => l.name)).toEqual(['Broker volumes'])
    expect(await db.evidenceRequest.count({ where: { reviewId: next.id, status: 'OPEN' } })).toBeGreaterThan(30)
    const diff = await diffAgainstLastApproved(actors.owner, next.id)
    expect(diff.baseline).toBeNull() // the only earlier review was rejected, not approved
  })
})

async function readyReviewFor(actors: Awaited<ReturnType<typeof team>>['actors']) {
  const reviewId = await makeReview(actors.owner)
  await addRecord(actors.owner, 'compatibilityCheck', {
    reviewId,
    component: 'franz-go',
    componentVersion: '1.18',
    result: 'PASS',
  })
  await settleRequiredRequests(actors.owner, actors.lead, reviewId, 'COMPATIBILITY')
  return { reviewId }
}

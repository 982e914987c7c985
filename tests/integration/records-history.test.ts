// Issue 10, items 1 and 4: dates that mean what they say (nothing performed, validated, verified or effective in the
// future; past due dates allowed), corrections as history, and a stale sign-off that names exactly what changed.
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { addKey } from '@/lib/dal/inventory'
import { addLinkEvidence } from '@/lib/dal/evidence'
import { addRecord, correctRecord, withdrawRecord } from '@/lib/dal/records'
import { assignRequest } from '@/lib/dal/requests'
import { loadGateStates } from '@/lib/dal/gate-states'
import { loadWorkspace } from '@/lib/dal/workspace'
import { signGate } from '@/lib/dal/sign-off'
import { nextSteps } from '@/lib/domain/next-steps'
import { makeOrganization } from '../support/factory'
import { makeReview } from '../support/review-factory'
import { settleRequiredRequests } from '../support/gate-helpers'
import { STATEMENT, isoDay } from '../support/approval-helpers'

const team = () =>
  makeOrganization({ owner: ['PLATFORM_OWNER'], reviewer: ['SECURITY_REVIEWER'], compliance: ['COMPLIANCE'] })
const tomorrowAnywhere = () => isoDay(new Date(Date.now() + 3 * 86_400_000))
const drill = (reviewId: string, extra: Record<string, unknown> = {}) => ({
  reviewId,
  scenario: 'KEY_DISABLED',
  environment: 'staging',
  performedOn: '2026-11-01',
  outcome: 'PASSED',
  ...extra,
})
const findings = async (actor: Parameters<typeof loadWorkspace>[0], reviewId: string) =>
  (await loadWorkspace(actor, reviewId, new Date(), { fresh: true })).findings.map((f) => `${f.code} ${f.targetRef}`)

describe('dates that mean what they say', () => {
  it('refuses a drill performed, a price verified, a rotation validated or evidence effective in the future', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner)
    await expect(
      addRecord(actors.owner, 'drill', drill(reviewId, { performedOn: '2099-12-31' })),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { performedOn: [expect.stringMatching(/date still to come/)] },
    })
    await expect(
      addRecord(actors.owner, 'costLine', {
        reviewId,
        category: 'KEY_REQUESTS',
        description: 'KMS requests',
        quantity: '40',
        unit: '10k requests',
        unitPrice: '0.03',
        currency: 'EUR',
        monthlyAmount: '1.20',
        pricingVerifiedOn: '2099-01-01',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { pricingVerifiedOn: [expect.any(String)] } })
    await expect(
      addKey(actors.owner, {
        reviewId,
        service: 'AWS_KMS',
        keyRef: 'arn:aws:kms:eu-west-1:1:key/future',
        ownership: 'CUSTOMER_MANAGED',
        rotation: 'AUTOMATIC',
        rotationValidatedAt: '2099-01-01',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { rotationValidatedAt: [expect.any(String)] } })
    const request = await db.evidenceRequest.findFirstOrThrow({ where: { reviewId, code: 'KA-01' } })
    await expect(
      addLinkEvidence(actors.owner, {
        reviewId,
        title: 'Key register',
        url: 'https://evidence.example/register',
        effectiveDate: tomorrowAnywhere(),
        requestIds: [request.id],
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { effectiveDate: [expect.any(String)] } })
    await expect(
      addLinkEvidence(actors.owner, {
        reviewId,
        title: 'Key register',
        url: 'https://evidence.example/register',
        effectiveDate: '2026-11-01',
        expiresAt: '2026-10-01',
        requestIds: [request.id],
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { expiresAt: ['The expiry must be after the effective date.'] },
    })
    expect(await db.recoveryDrill.count({ where: { reviewId } })).toBe(0)
    expect(await db.evidence.count({ where: { reviewId } })).toBe(0)
  })

  it('allows a due date in the past, and says the request is overdue', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner)
    const request = await db.evidenceRequest.findFirstOrThrow({ where: { reviewId, code: 'KA-01' } })
    await assignRequest(actors.reviewer, {
      requestId: request.id,
      version: request.version,
      assigneeId: actors.owner.userId,
      dueDate: '2026-01-15',
    })
    const ws = await loadWorkspace(actors.owner, reviewId, new Date(), { fresh: true })
    const steps = nextSteps(ws.snapshot, ws.findings, ['PLATFORM_OWNER'], actors.owner.userId, new Date())
    expect(steps.find((s) => s.id === 'owner.requests-overdue')?.text).toBe('1 evidence request is overdue')
  })
})

describe('corrections are history', () => {
  it('a correction supersedes the record, keeps the old one, carries its evidence, and only the new one counts', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner)
    const failed = await addRecord(actors.owner, 'drill', drill(reviewId, { outcome: 'FAILED' }))
    const evidence = await addLinkEvidence(actors.owner, {
      reviewId,
      title: 'Drill log',
      url: 'https://evidence.example/drill',
      effectiveDate: '2026-11-01',
      drillIds: [failed.id],
    })
    expect(await findings(actors.owner, reviewId)).toContain(`FR-DRILL-FAILED drill:${failed.id}`)
    await expect(
      correctRecord(actors.owner, 'drill', { ...drill(reviewId), id: failed.id, version: 1, reason: '' }),
    ).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { reason: [expect.any(String)] } })
    const corrected = await correctRecord(actors.owner, 'drill', {
      ...drill(reviewId),
      id: failed.id,
      version: 1,
      reason: 'The run recorded as failed was the dry run; the real drill passed.',
    })
    const rows = await db.recoveryDrill.findMany({ where: { reviewId }, orderBy: { createdAt: 'asc' } })
    expect(rows.map((r) => [r.id, r.outcome, r.supersedesId, r.changeReason])).toEqual([
      [failed.id, 'FAILED', null, null],
      [corrected.id, 'PASSED', failed.id, 'The run recorded as failed was the dry run; the real drill passed.'],
    ])
    const after = await findings(actors.owner, reviewId)
    expect(after.some((k) => k.startsWith('FR-DRILL-FAILED'))).toBe(false)
    expect(after.some((k) => k.startsWith('FR-NO-KEY-DISABLED-DRILL'))).toBe(false)
    expect(await db.evidenceLink.count({ where: { evidenceId: evidence.id, drillId: corrected.id } })).toBe(1)
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: corrected.id } })
    expect(audit).toMatchObject({
      action: 'drill.corrected',
      data: expect.objectContaining({ supersedesId: failed.id }),
    })
  })

  it('a withdrawn record stays, marked withdrawn with its reason, and no longer counts', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner)
    const passed = await addRecord(actors.owner, 'drill', drill(reviewId))
    await expect(
      withdrawRecord(actors.owner, 'drill', { reviewId, id: passed.id, version: 1, reason: 'no' }),
    ).rejects.toMatchObject({ code: 'VALIDATION' })
    await withdrawRecord(actors.owner, 'drill', {
      reviewId,
      id: passed.id,
      version: 1,
      reason: 'Entered on the wrong review; this drill was for the DR cluster.',
    })
    expect(await db.recoveryDrill.findUniqueOrThrow({ where: { id: passed.id } })).toMatchObject({
      withdrawnById: actors.owner.userId,
      withdrawnReason: 'Entered on the wrong review; this drill was for the DR cluster.',
    })
    expect(await findings(actors.owner, reviewId)).toContain(`FR-NO-KEY-DISABLED-DRILL review:${reviewId}`)
    await expect(
      correctRecord(actors.owner, 'drill', { ...drill(reviewId), id: passed.id, version: 2, reason: 'Too late now.' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
  })
})

describe('the stale sign-off lists exactly what changed', () => {
  const stateOf = async (organizationId: string, reviewId: string, gate: string) =>
    (await loadGateStates(organizationId, reviewId, new Date())).find((g) => g.gate === gate)!

  it('sign Compatibility, add one compatibility check: the change list is exactly that record', async () => {
    const { organization, actors } = await team()
    const reviewId = await makeReview(actors.owner)
    await addRecord(actors.owner, 'compatibilityCheck', {
      reviewId,
      component: 'Java client',
      componentVersion: '3.9.1',
      result: 'PASS',
    })
    await settleRequiredRequests(actors.owner, actors.reviewer, reviewId, 'COMPATIBILITY')
    await signGate(actors.compliance, { reviewId, gate: 'COMPATIBILITY', statement: STATEMENT })
    await addRecord(actors.owner, 'compatibilityCheck', {
      reviewId,
      component: 'librdkafka',
      componentVersion: '2.6.1',
      result: 'PASS',
    })
    const state = await stateOf(organization.id, reviewId, 'COMPATIBILITY')
    expect(state.status).toBe('STALE')
    expect(state.signOffs[0].changed).toEqual(['record “librdkafka 2.6.1” added'])
  })

  it('sign Cost model, add one cost line: the change list is exactly that record; a correction reads as changed', async () => {
    const { organization, actors } = await team()
    const reviewId = await makeReview(actors.owner)
    const line = (description: string, monthlyAmount: string) => ({
      reviewId,
      category: 'STORAGE',
      description,
      quantity: '1',
      unit: 'month',
      unitPrice: monthlyAmount,
      currency: 'EUR',
      monthlyAmount,
      pricingVerifiedOn: '2026-11-01',
    })
    const first = await addRecord(actors.owner, 'costLine', line('Tiered storage', '120'))
    await settleRequiredRequests(actors.owner, actors.reviewer, reviewId, 'COST_MODEL')
    await signGate(actors.compliance, { reviewId, gate: 'COST_MODEL', statement: STATEMENT })
    await addRecord(actors.owner, 'costLine', line('KMS requests', '8.40'))
    expect((await stateOf(organization.id, reviewId, 'COST_MODEL')).signOffs[0].changed).toEqual([
      'record “KMS requests” added',
    ])
    await correctRecord(actors.owner, 'costLine', {
      ...line('Tiered storage', '140'),
      id: first.id,
      version: 1,
      reason: 'The price page moved to the new storage tier.',
    })
    expect((await stateOf(organization.id, reviewId, 'COST_MODEL')).signOffs[0].changed).toEqual([
      'record “Tiered storage” changed',
      'record “KMS requests” added',
    ])
  })
})

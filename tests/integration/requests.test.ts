import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { requestsForNewReview } from '@/lib/domain/gate-catalog'
import {
  acceptRequest,
  addRequestComment,
  assignRequest,
  markNotApplicable,
  sendBackRequest,
  submitRequest,
} from '@/lib/dal/requests'
import { addLinkEvidence } from '@/lib/dal/evidence'
import { addRecord, updateRecord } from '@/lib/dal/records'
import { loadWorkspace } from '@/lib/dal/workspace'
import { verifyChain } from '@/lib/audit/chain'
import { makeOrganization } from '../support/factory'
import { makeReview } from '../support/review-factory'
import type { Actor } from '@/lib/dal/actor'

const team = () =>
  makeOrganization({
    owner: ['PLATFORM_OWNER'],
    reviewer: ['SECURITY_REVIEWER'],
    both: ['PLATFORM_OWNER', 'SECURITY_REVIEWER'],
    compliance: ['COMPLIANCE'],
  })
const requestOf = (reviewId: string, code: string) => db.evidenceRequest.findFirstOrThrow({ where: { reviewId, code } })
const firstRequired = () => requestsForNewReview().find((r) => r.required)!
const link = (actor: Actor, reviewId: string, requestId: string, extra: Record<string, unknown> = {}) =>
  addLinkEvidence(actor, {
    reviewId,
    title: 'KMS key policy export',
    url: 'https://tickets.example/SEC-1',
    effectiveDate: '2026-11-01',
    requestIds: [requestId],
    ...extra,
  })
const findingKeys = async (actor: Actor, reviewId: string) =>
  (await loadWorkspace(actor, reviewId, new Date(), { fresh: true })).findings.map((f) => `${f.code} ${f.targetRef}`)

describe('gates and evidence requests', () => {
  it('a new review gets the seven gates and every catalog request, recording the catalog version', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner)
    expect(await db.gateAssessment.count({ where: { reviewId } })).toBe(7)
    const codes = (await db.evidenceRequest.findMany({ where: { reviewId }, select: { code: true } }))
      .map((r) => r.code)
      .sort()
    expect(codes).toEqual(
      requestsForNewReview()
        .map((r) => r.code)
        .sort(),
    )
    expect((await db.gateAssessment.findFirstOrThrow({ where: { reviewId } })).catalogVersion).toMatch(
      /^\d{4}\.\d+\.\d+$/,
    )
  })

  it('owner attaches and submits, reviewer sends back with a note, owner supersedes and resubmits, another reviewer accepts; findings follow', async () => {
    const { organization, actors } = await team()
    const reviewId = await makeReview(actors.owner)
    const code = firstRequired().code
    let request = await requestOf(reviewId, code)
    const prefix = code.split('-')[0]
    expect(await findingKeys(actors.owner, reviewId)).toContain(`${prefix}-REQUEST-NOT-ACCEPTED request:${request.id}`)

    await expect(
      submitRequest(actors.owner, { requestId: request.id, version: request.version }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Attach at least one piece of evidence before submitting this request.',
    })
    const first = await link(actors.owner, reviewId, request.id)
    await submitRequest(actors.owner, { requestId: request.id, version: request.version })
    request = await requestOf(reviewId, code)
    await expect(
      sendBackRequest(actors.reviewer, { requestId: request.id, version: request.version, note: 'short' }),
    ).rejects.toMatchObject({ code: 'VALIDATION' })
    await sendBackRequest(actors.reviewer, {
      requestId: request.id,
      version: request.version,
      note: 'The export misses the key policy of the tiered-storage key.',
    })
    request = await requestOf(reviewId, code)
    expect(request).toMatchObject({
      status: 'CHANGES_REQUESTED',
      reviewerNote: 'The export misses the key policy of the tiered-storage key.',
    })

    const second = await link(actors.owner, reviewId, request.id, {
      title: 'KMS key policy export v2',
      url: 'https://tickets.example/SEC-2',
      supersedesId: first.id,
      requestIds: [],
    })
    const links = await db.evidenceLink.findMany({ where: { evidenceId: second.id } })
    expect(links.map((l) => l.requestId)).toEqual([request.id]) // the new version inherits the old one's links
    await expect(link(actors.owner, reviewId, request.id, { supersedesId: first.id })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    await submitRequest(actors.owner, { requestId: request.id, version: request.version })
    request = await requestOf(reviewId, code)
    await acceptRequest(actors.reviewer, { requestId: request.id, version: request.version })
    expect(await requestOf(reviewId, code)).toMatchObject({ status: 'ACCEPTED', decidedById: actors.reviewer.userId })
    expect(await findingKeys(actors.owner, reviewId)).not.toContain(
      `${prefix}-REQUEST-NOT-ACCEPTED request:${request.id}`,
    )

    const actions = (
      await db.auditEvent.findMany({
        where: { organizationId: organization.id, entityId: request.id },
        orderBy: { seq: 'asc' },
      })
    ).map((e) => e.action)
    expect(actions).toEqual(['request.submitted', 'request.changes_requested', 'request.submitted', 'request.accepted'])
    expect((await verifyChain(db, organization.id)).ok).toBe(true)
  })

  it('nobody accepts evidence they uploaded, even holding both roles and calling the DAL directly', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.both)
    let request = await requestOf(reviewId, firstRequired().code)
    await link(actors.both, reviewId, request.id)
    await submitRequest(actors.both, { requestId: request.id, version: request.version })
    request = await requestOf(reviewId, request.code)
    await expect(acceptRequest(actors.both, { requestId: request.id, version: request.version })).rejects.toMatchObject(
      {
        code: 'FORBIDDEN',
        message: 'You uploaded evidence for this request, so someone else must accept it (separation of duties).',
      },
    )
    expect((await requestOf(reviewId, request.code)).status).toBe('SUBMITTED')
    await acceptRequest(actors.reviewer, { requestId: request.id, version: request.version })
    expect((await requestOf(reviewId, request.code)).status).toBe('ACCEPTED')
  })

  it('roles are enforced: a reviewer cannot submit or upload, an owner cannot accept, send back or mark not applicable', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner)
    const request = await requestOf(reviewId, firstRequired().code)
    await expect(link(actors.reviewer, reviewId, request.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(
      submitRequest(actors.reviewer, { requestId: request.id, version: request.version }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(
      acceptRequest(actors.owner, { requestId: request.id, version: request.version }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(
      markNotApplicable(actors.owner, {
        requestId: request.id,
        version: request.version,
        reason: 'We do not use this feature at all.',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(
      assignRequest(actors.owner, { requestId: request.id, version: request.version, assigneeId: actors.owner.userId }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await requestOf(reviewId, request.code)).toMatchObject({ status: 'OPEN', version: request.version })
  })

  it("another organization's request, evidence targets and records are not found", async () => {
    const acme = await team()
    const globex = await team()
    const reviewId = await makeReview(acme.actors.owner)
    const request = await requestOf(reviewId, firstRequired().code)
    await expect(
      submitRequest(globex.actors.owner, { requestId: request.id, version: request.version }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(
      acceptRequest(globex.actors.reviewer, { requestId: request.id, version: request.version }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(
      addRequestComment(globex.actors.owner, { requestId: request.id, body: 'hello' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(link(globex.actors.owner, reviewId, request.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const globexReview = await makeReview(globex.actors.owner)
    await expect(link(globex.actors.owner, globexReview, request.id)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Some of the items to link are not part of this review.',
    })
    await expect(
      addRecord(globex.actors.owner, 'drill', {
        reviewId,
        scenario: 'KEY_DISABLED',
        environment: 'staging',
        performedOn: '2026-11-01',
        outcome: 'PASSED',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('assignment goes only to an active platform owner; not-applicable needs a reason; a stale version conflicts', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner)
    let request = await requestOf(reviewId, firstRequired().code)
    await expect(
      assignRequest(actors.reviewer, {
        requestId: request.id,
        version: request.version,
        assigneeId: actors.compliance.userId,
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Assign the request to an active platform owner of this organization.',
    })
    await assignRequest(actors.reviewer, {
      requestId: request.id,
      version: request.version,
      assigneeId: actors.owner.userId,
      dueDate: '2026-12-01',
    })
    await expect(
      assignRequest(actors.reviewer, { requestId: request.id, version: request.version, assigneeId: null }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    request = await requestOf(reviewId, request.code)
    expect(request.assigneeId).toBe(actors.owner.userId)
    await expect(
      markNotApplicable(actors.reviewer, { requestId: request.id, version: request.version, reason: 'n/a' }),
    ).rejects.toMatchObject({ code: 'VALIDATION' })
    await markNotApplicable(actors.reviewer, {
      requestId: request.id,
      version: request.version,
      reason: 'The platform has no Connect deployment in this environment.',
    })
    expect((await requestOf(reviewId, request.code)).status).toBe('NOT_APPLICABLE')
  })

  it('drills clear the failure-recovery blockers; expired evidence raises one; records use row versions', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner)
    const before = await findingKeys(actors.owner, reviewId)
    expect(before.some((k) => k.startsWith('FR-NO-KEY-DISABLED-DRILL'))).toBe(true)
    const drill = await addRecord(actors.owner, 'drill', {
      reviewId,
      scenario: 'KEY_DISABLED',
      environment: 'staging',
      performedOn: '2026-11-01',
      outcome: 'FAILED',
      timeToRestoreMinutes: '45',
    })
    expect((await findingKeys(actors.owner, reviewId)).some((k) => k.startsWith('FR-NO-KEY-DISABLED-DRILL'))).toBe(true)
    await updateRecord(actors.owner, 'drill', {
      reviewId,
      id: drill.id,
      version: 1,
      scenario: 'KEY_DISABLED',
      environment: 'staging',
      performedOn: '2026-11-01',
      outcome: 'PASSED',
    })
    await expect(
      updateRecord(actors.owner, 'drill', {
        reviewId,
        id: drill.id,
        version: 1,
        scenario: 'KEY_DISABLED',
        environment: 'staging',
        performedOn: '2026-11-01',
        outcome: 'FAILED',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    expect((await findingKeys(actors.owner, reviewId)).some((k) => k.startsWith('FR-NO-KEY-DISABLED-DRILL'))).toBe(
      false,
    )

    const request = await requestOf(reviewId, firstRequired().code)
    const expired = await link(actors.owner, reviewId, request.id, {
      effectiveDate: '2025-01-01',
      expiresAt: '2025-06-30',
    })
    expect(
      (await findingKeys(actors.owner, reviewId)).some(
        (k) => k.endsWith(`evidence:${expired.id}`) && k.includes('EVIDENCE-EXPIRED'),
      ),
    ).toBe(true)
    await expect(
      addRecord(actors.owner, 'costLine', {
        reviewId,
        category: 'KEY_REQUESTS',
        description: 'KMS requests',
        quantity: 'lots',
        unit: '10k requests',
        unitPrice: '0.03',
        currency: 'EUR',
        monthlyAmount: '12',
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { quantity: ['Quantity must be a number of zero or more, e.g. 1250.50'] },
    })
  })
})

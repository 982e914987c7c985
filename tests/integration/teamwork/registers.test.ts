// Across reviews: the exception register (soonest expiry first, with standings) and what evidence expires when.
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { listEvidenceExpiry, listExceptionRegister } from '@/lib/dal/registers'
import { addLinkEvidence } from '@/lib/dal/evidence'
import { makeOrganization } from '../../support/factory'
import { makeReview } from '../../support/review-factory'

const day = (n: number, from = new Date()) => new Date(from.getTime() + n * 86_400_000)

describe('registers across reviews', () => {
  it('lists live, lapsing and pending exceptions of every review by expiry; expired and revoked only on request', async () => {
    const { organization, actors } = await makeOrganization({ owner: ['PLATFORM_OWNER'], compliance: ['COMPLIANCE'] })
    const other = await makeOrganization({ owner: ['PLATFORM_OWNER'] })
    const a = await makeReview(actors.owner, { title: 'Review A' })
    const b = await makeReview(actors.owner, { title: 'Review B' })
    const now = new Date()
    const base = {
      organizationId: organization.id,
      findingCode: 'FR-NO-KEY-DISABLED-DRILL',
      targetRef: 'review:x',
      justification: 'Drill scheduled for the next change window.',
      compensatingControls: 'Deletion blocked by SCP.',
      requestedById: actors.owner.userId,
    }
    const approved = { approvedById: actors.compliance.userId, approvedAt: now }
    await db.riskException.createMany({
      data: [
        { ...base, reviewId: a, expiresAt: day(90, now), ...approved },
        { ...base, reviewId: b, expiresAt: day(10, now), ...approved },
        { ...base, reviewId: a, expiresAt: day(40, now) },
        { ...base, reviewId: b, expiresAt: day(-1, now), ...approved },
        { ...base, reviewId: a, expiresAt: day(20, now), ...approved, revokedAt: now },
      ],
    })
    const rows = await listExceptionRegister(actors.compliance, now)
    expect(rows.map((r) => [r.review.title, r.standing, r.daysLeft])).toEqual([
      ['Review B', 'LAPSING', 10],
      ['Review A', 'PENDING', 40],
      ['Review A', 'LIVE', 90],
    ])
    expect(rows[0].approvedBy).toBe('compliance')
    const all = await listExceptionRegister(actors.compliance, now, { includeClosed: true })
    expect(all.map((r) => r.standing)).toEqual(['EXPIRED', 'LAPSING', 'REVOKED', 'PENDING', 'LIVE'])
    expect(await listExceptionRegister(other.actors.owner, now, { includeClosed: true })).toEqual([])
  })

  it('names each exception’s target as its review’s pages do: the request’s code and title, not its id', async () => {
    const { organization, actors } = await makeOrganization({ owner: ['PLATFORM_OWNER'], compliance: ['COMPLIANCE'] })
    const reviewId = await makeReview(actors.owner, { title: 'Named targets' })
    const request = await db.evidenceRequest.findFirstOrThrow({ where: { reviewId, code: 'CO-01' } })
    await db.riskException.create({
      data: {
        organizationId: organization.id,
        reviewId,
        findingCode: 'CO-REQUEST-NOT-ACCEPTED',
        targetRef: `request:${request.id}`,
        justification: 'The compatibility matrix is filled during the migration sprint.',
        compensatingControls: 'No production traffic until then.',
        requestedById: actors.owner.userId,
        expiresAt: day(30),
      },
    })
    const [row] = await listExceptionRegister(actors.compliance)
    expect(row.target).toBe(`CO-01 ${request.title}`)
  })

  it('lists current evidence with an expiry by date, with the requests it answers; superseded versions drop out', async () => {
    const { actors } = await makeOrganization({ owner: ['PLATFORM_OWNER'] })
    const reviewId = await makeReview(actors.owner, { title: 'Expiring' })
    const request = await db.evidenceRequest.findFirstOrThrow({ where: { reviewId, code: 'KA-02' } })
    const iso = (d: Date) => d.toISOString().slice(0, 10)
    const link = (title: string, expiresIn: number, supersedesId?: string) =>
      addLinkEvidence(actors.owner, {
        reviewId,
        title,
        url: `https://evidence.example/${title}`,
        effectiveDate: iso(day(-400)),
        expiresAt: iso(day(expiresIn)),
        requestIds: [request.id],
        supersedesId,
      })
    const old = await link('policy-v1', 5)
    await link('policy-v2', 60, old.id)
    await link('letter', 20)
    const rows = await listEvidenceExpiry(actors.owner)
    expect(rows.map((r) => [r.title, r.standing])).toEqual([
      ['letter', 'WITHIN_30_DAYS'],
      ['policy-v2', 'LATER'],
    ])
    expect(rows[0].requests).toEqual([{ code: 'KA-02', gate: 'KEY_ADMINISTRATION' }])
  })
})

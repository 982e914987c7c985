// People acting at once: each race has one winner, every loser gets a clear CONFLICT (never an internal error),
// and the audit log holds exactly the winners' events. Issue 9, items 1, 2 and 5.
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { signGate } from '@/lib/dal/sign-off'
import { grantException, requestException } from '@/lib/dal/exceptions'
import { decideReview } from '@/lib/dal/decision'
import { addLinkEvidence } from '@/lib/dal/evidence'
import { acceptRequest, markNotApplicable, sendBackRequest, submitRequest } from '@/lib/dal/requests'
import { makeOrganization } from '../support/factory'
import { makeReview } from '../support/review-factory'
import { readyReview, statement } from '../support/ready-review'

type Outcome = { ok: true } | { ok: false; code: string; message: string }
async function settle(calls: (() => Promise<unknown>)[]): Promise<Outcome[]> {
  return Promise.all(
    calls.map(async (call) => {
      try {
        await call()
        return { ok: true as const }
      } catch (e) {
        if (!(e instanceof AppError)) throw e // an internal error fails the test, with its stack
        return { ok: false as const, code: e.code, message: e.message }
      }
    }),
  )
}
const winners = (o: Outcome[]) => o.filter((x) => x.ok).length
const losers = (o: Outcome[]) => o.filter((x): x is Extract<Outcome, { ok: false }> => !x.ok)

async function submittedRequest() {
  const t = await makeOrganization({
    owner: ['PLATFORM_OWNER'],
    reviewer: ['SECURITY_REVIEWER'],
    reviewer2: ['SECURITY_REVIEWER'],
  })
  const reviewId = await makeReview(t.actors.owner)
  const request = await db.evidenceRequest.findFirstOrThrow({ where: { reviewId, code: 'KA-01' } })
  await addLinkEvidence(t.actors.owner, {
    reviewId,
    title: 'Key policy',
    url: 'https://evidence.example/key-policy',
    effectiveDate: '2026-11-01',
    requestIds: [request.id],
  })
  await submitRequest(t.actors.owner, { requestId: request.id, version: request.version })
  return { ...t, reviewId, request: await db.evidenceRequest.findUniqueOrThrow({ where: { id: request.id } }) }
}

describe('races on one record have one winner and clear losers', () => {
  it('two reviewers accepting one request at once: one succeeds, one CONFLICT naming who, one audit event', async () => {
    for (let round = 0; round < 5; round++) {
      const { actors, request } = await submittedRequest()
      const ref = { requestId: request.id, version: request.version }
      const outcome = await settle([
        () => acceptRequest(actors.reviewer, ref),
        () => acceptRequest(actors.reviewer2, ref),
      ])
      expect(winners(outcome)).toBe(1)
      expect(losers(outcome)).toEqual([
        expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(/was accepted by reviewer/) }),
      ])
      const after = await db.evidenceRequest.findUniqueOrThrow({ where: { id: request.id } })
      expect(after.version).toBe(request.version + 1)
      expect(await db.auditEvent.count({ where: { action: 'request.accepted', entityId: request.id } })).toBe(1)
    }
  })

  it('accept against send-back: whichever commits first wins and the other is told what happened', async () => {
    for (let round = 0; round < 5; round++) {
      const { actors, request } = await submittedRequest()
      const ref = { requestId: request.id, version: request.version }
      const outcome = await settle([
        () => acceptRequest(actors.reviewer, ref),
        () => sendBackRequest(actors.reviewer2, { ...ref, note: 'The key policy is missing its grants.' }),
      ])
      expect(winners(outcome)).toBe(1)
      expect(losers(outcome)[0]).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/while you were/) })
      const after = await db.evidenceRequest.findUniqueOrThrow({ where: { id: request.id } })
      const events = await db.auditEvent.count({
        where: { action: { in: ['request.accepted', 'request.changes_requested'] }, entityId: request.id },
      })
      expect(events).toBe(1)
      expect(['ACCEPTED', 'CHANGES_REQUESTED']).toContain(after.status)
    }
  })

  it('20 sign-offs by 5 compliance users at once: one per user succeeds, the other 15 get CONFLICT', async () => {
    const names = ['signa', 'signb', 'signc', 'signd', 'signe']
    const { actors, reviewId } = await readyReview(Object.fromEntries(names.map((n) => [n, ['COMPLIANCE' as const]])))
    const calls = names
      .map((n) => actors[n])
      .flatMap((actor) =>
        Array.from({ length: 4 }, () => () => signGate(actor, { reviewId, gate: 'COMPATIBILITY', statement })),
      )
    const started = Date.now()
    const outcome = await settle(calls)
    expect(winners(outcome)).toBe(5)
    expect(losers(outcome).map((l) => l.code)).toEqual(Array(15).fill('CONFLICT'))
    expect(await db.signOff.count({ where: { reviewId } })).toBe(5)
    expect(Date.now() - started).toBeLessThan(20_000)
  })

  it('two compliance users granting one exception at once: one grant, one CONFLICT', async () => {
    const t = await makeOrganization({ owner: ['PLATFORM_OWNER'], c1: ['COMPLIANCE'], c2: ['COMPLIANCE'] })
    const reviewId = await makeReview(t.actors.owner)
    const review = await db.review.findUniqueOrThrow({ where: { id: reviewId } })
    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
    const x = await requestException(t.actors.owner, {
      reviewId,
      findingCode: 'SB-INVENTORY-EMPTY',
      targetRef: `review:${review.id}`,
      justification: 'The inventory is filled in the next sprint by the platform team.',
      compensatingControls: 'No production data flows until the inventory exists.',
      expiresAt,
    })
    const row = await db.riskException.findUniqueOrThrow({ where: { id: x.id } })
    const ref = { exceptionId: row.id, version: row.version, note: 'Accepted until the migration.' }
    const outcome = await settle([() => grantException(t.actors.c1, ref), () => grantException(t.actors.c2, ref)])
    expect(winners(outcome)).toBe(1)
    expect(losers(outcome)[0].code).toBe('CONFLICT')
    expect(await db.auditEvent.count({ where: { action: 'exception.granted', entityId: row.id } })).toBe(1)
  })

  it('two decisions at once: one is recorded, the other is told the review is decided', async () => {
    const t = await makeOrganization({ owner: ['PLATFORM_OWNER'], c1: ['COMPLIANCE'], c2: ['COMPLIANCE'] })
    const reviewId = await makeReview(t.actors.owner)
    const reason = 'The platform cannot meet the key requirement in this region yet.'
    const outcome = await settle([
      () => decideReview(t.actors.c1, { reviewId, outcome: 'REJECTED', reason }),
      () => decideReview(t.actors.c2, { reviewId, outcome: 'REJECTED', reason }),
    ])
    expect(winners(outcome)).toBe(1)
    expect(losers(outcome)[0]).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/decided/) })
    expect(await db.auditEvent.count({ where: { action: 'review.decided', entityId: reviewId } })).toBe(1)
  })
})

describe('separation of duties', () => {
  it('a member who marked a gate’s request not applicable cannot sign that gate', async () => {
    const { actors, reviewId } = await readyReview()
    const request = await db.evidenceRequest.findFirstOrThrow({
      where: { reviewId, required: false, status: 'OPEN', gateAssessment: { gate: 'COMPATIBILITY' } },
    })
    await markNotApplicable(actors.lead, {
      requestId: request.id,
      version: request.version,
      reason: 'No Connect pattern runs on this platform at all.',
    })
    await expect(signGate(actors.lead, { reviewId, gate: 'COMPATIBILITY', statement })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/marked requests not applicable/),
    })
  })
})

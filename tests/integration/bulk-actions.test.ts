// Bulk accept and bulk exceptions: each item is checked and audited exactly as its single change, a refused
// item is reported with its reason while the others go through, and a race with a single change has one winner.
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { addLinkEvidence } from '@/lib/dal/evidence'
import { acceptRequest, submitRequest } from '@/lib/dal/requests'
import { acceptRequests } from '@/lib/dal/requests-bulk'
import { grantException, requestException } from '@/lib/dal/exceptions'
import { grantExceptions, requestExceptions } from '@/lib/dal/exceptions-bulk'
import { loadWorkspace } from '@/lib/dal/workspace'
import type { Actor } from '@/lib/dal/actor'
import { makeOrganization } from '../support/factory'
import { makeReview } from '../support/review-factory'

const CODES = ['KA-01', 'KA-02', 'KA-03']
const expiresAt = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
const WHY = {
  justification: 'The platform team migrates these locations in the next quarter.',
  compensatingControls: 'No regulated data flows to these locations until then.',
}

const team = () =>
  makeOrganization({
    owner: ['PLATFORM_OWNER'],
    both: ['PLATFORM_OWNER', 'SECURITY_REVIEWER'],
    reviewer: ['SECURITY_REVIEWER'],
    compliance: ['COMPLIANCE'],
    compliance2: ['COMPLIANCE'],
  })

/** Submits the requests `codes`, the evidence uploaded by `uploader`. */
async function submitted(reviewId: string, uploader: Actor, codes: string[]) {
  const rows = await db.evidenceRequest.findMany({ where: { reviewId, code: { in: codes } }, orderBy: { code: 'asc' } })
  for (const r of rows) {
    await addLinkEvidence(uploader, {
      reviewId,
      title: `Evidence for ${r.code}`,
      url: `https://evidence.example/${r.code}`,
      effectiveDate: '2026-11-01',
      requestIds: [r.id],
    })
    await submitRequest(uploader, { requestId: r.id, version: r.version })
  }
  return db.evidenceRequest.findMany({ where: { id: { in: rows.map((r) => r.id) } }, orderBy: { code: 'asc' } })
}
const refsOf = (rows: { id: string; version: number }[]) => rows.map((r) => `${r.id}:${r.version}`)
const acceptedEvents = (ids: string[]) =>
  db.auditEvent.count({ where: { action: 'request.accepted', entityId: { in: ids } } })

async function blockersOf(actor: Actor, reviewId: string) {
  const ws = await loadWorkspace(actor, reviewId, new Date(), { fresh: true })
  return ws.findings.filter((f) => f.severity === 'BLOCKER').map((f) => `${f.code}|${f.targetRef}`)
}

describe('bulk accept of submitted evidence requests', () => {
  it('accepts three submitted requests, each in its own request.accepted event', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner)
    const rows = await submitted(reviewId, actors.owner, CODES)
    const result = await acceptRequests(actors.reviewer, { reviewId, refs: refsOf(rows) })
    expect(result.done.map((d) => d.label)).toEqual(CODES)
    expect(result.refused).toEqual([])
    const after = await db.evidenceRequest.findMany({ where: { id: { in: rows.map((r) => r.id) } } })
    expect(after.every((r) => r.status === 'ACCEPTED' && r.decidedById === actors.reviewer.userId)).toBe(true)
    expect(await acceptedEvents(rows.map((r) => r.id))).toBe(3)
  })

  it('refuses by code and reason a stale version, a request not submitted, own evidence; accepts the rest', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner)
    const [ka1, ka2] = await submitted(reviewId, actors.owner, ['KA-01', 'KA-02'])
    const [own] = await submitted(reviewId, actors.both, ['KA-03'])
    const open = await db.evidenceRequest.findFirstOrThrow({ where: { reviewId, status: 'OPEN' } })
    const result = await acceptRequests(actors.both, {
      reviewId,
      refs: [
        `${ka1!.id}:${ka1!.version}`,
        `${ka2!.id}:${ka2!.version - 1}`,
        `${own!.id}:${own!.version}`,
        `${open.id}:${open.version}`,
      ],
    })
    expect(result.done.map((d) => d.label)).toEqual(['KA-01'])
    expect(result.refused.map((r) => [r.label, r.code])).toEqual([
      ['KA-02', 'CONFLICT'],
      ['KA-03', 'FORBIDDEN'],
      [open.code, 'CONFLICT'],
    ])
    expect(result.refused[1]!.reason).toMatch(/separation of duties/)
    expect(result.refused[2]!.reason).toBe('This request is open; it cannot be accepted now.')
    expect(await acceptedEvents([ka1!.id, ka2!.id, own!.id, open.id])).toBe(1)
  })

  it('a request of another review (or organization) is refused as not found; all refused throws and changes nothing', async () => {
    const { actors } = await team()
    const other = await team()
    const reviewId = await makeReview(actors.owner)
    const [mine] = await submitted(reviewId, actors.owner, ['KA-01'])
    const foreignReview = await makeReview(other.actors.owner)
    const [foreign] = await submitted(foreignReview, other.actors.owner, ['KA-01'])
    const result = await acceptRequests(actors.reviewer, { reviewId, refs: refsOf([mine!, foreign!]) })
    expect(result.refused).toEqual([
      { id: foreign!.id, label: foreign!.id, code: 'NOT_FOUND', reason: 'Evidence request was not found.' },
    ])
    const again = await acceptRequests(actors.reviewer, { reviewId, refs: refsOf([mine!]) }).catch((e) => e)
    expect(again).toBeInstanceOf(AppError)
    expect(again.code).toBe('CONFLICT')
    expect(again.message).toMatch(/^Nothing was accepted\. KA-01: This request was accepted/)
  })

  it('a platform owner cannot bulk-accept, and an empty selection is a validation error', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner)
    const rows = await submitted(reviewId, actors.owner, ['KA-01'])
    await expect(acceptRequests(actors.owner, { reviewId, refs: refsOf(rows) })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    await expect(acceptRequests(actors.reviewer, { reviewId, refs: [] })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Select at least one row.',
    })
  })

  it('a single accept racing a bulk accept of the same request: one accepted event, the loser told CONFLICT', async () => {
    for (let round = 0; round < 3; round++) {
      const { actors } = await team()
      const reviewId = await makeReview(actors.owner)
      const rows = await submitted(reviewId, actors.owner, ['KA-01', 'KA-02'])
      const [ka1] = rows
      const [bulk, single] = await Promise.allSettled([
        acceptRequests(actors.reviewer, { reviewId, refs: refsOf(rows) }),
        acceptRequest(actors.both, { requestId: ka1!.id, version: ka1!.version }),
      ])
      expect(bulk.status).toBe('fulfilled')
      const bulkResult = bulk.status === 'fulfilled' ? bulk.value : null
      const bulkWon = bulkResult!.done.some((d) => d.id === ka1!.id)
      if (bulkWon) {
        expect(single.status).toBe('rejected')
        expect(single.status === 'rejected' && single.reason.code).toBe('CONFLICT')
      } else {
        expect(single.status).toBe('fulfilled')
        expect(bulkResult!.refused).toMatchObject([{ id: ka1!.id, code: 'CONFLICT' }])
      }
      expect(await acceptedEvents([ka1!.id])).toBe(1)
      expect(await acceptedEvents(rows.map((r) => r.id))).toBe(2)
    }
  })
})

describe('bulk exceptions', () => {
  it('requests exceptions for several blockers with one justification, one event each; a non-blocker is refused', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner)
    const blockers = (await blockersOf(actors.owner, reviewId)).slice(0, 2)
    expect(blockers).toHaveLength(2)
    const result = await requestExceptions(actors.owner, {
      reviewId,
      blockers: [...blockers, 'SB-NO-KEY|location:nope'],
      ...WHY,
      expiresAt: expiresAt(),
    })
    expect(result.done).toHaveLength(2)
    expect(result.refused).toMatchObject([
      {
        label: 'SB-NO-KEY on location:nope',
        code: 'VALIDATION',
        reason: 'There is no such blocker on this review now; exceptions cover an existing blocker.',
      },
    ])
    const rows = await db.riskException.findMany({ where: { reviewId } })
    expect(rows.map((r) => `${r.findingCode}|${r.targetRef}`).sort()).toEqual([...blockers].sort())
    expect(rows.every((r) => r.justification === WHY.justification)).toBe(true)
    expect(
      await db.auditEvent.count({ where: { action: 'exception.requested', entityId: { in: rows.map((r) => r.id) } } }),
    ).toBe(2)
  })

  it('refuses an expiry in the past or beyond 365 days for the whole request', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner)
    const blockers = await blockersOf(actors.owner, reviewId)
    const far = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10)
    await expect(requestExceptions(actors.owner, { reviewId, blockers, ...WHY, expiresAt: far })).rejects.toMatchObject(
      { code: 'VALIDATION', message: 'An exception lasts at most 365 days.' },
    )
  })

  it('grants several with one note (stored, audited); refuses own request and a stale version; one event each', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner)
    const blockers = await blockersOf(actors.owner, reviewId)
    expect(blockers.length).toBeGreaterThanOrEqual(3)
    await requestExceptions(actors.owner, { reviewId, blockers: blockers.slice(0, 2), ...WHY, expiresAt: expiresAt() })
    const [fc, tr] = blockers[2]!.split('|')
    const own = await requestException(actors.compliance, {
      reviewId,
      findingCode: fc,
      targetRef: tr,
      ...WHY,
      expiresAt: expiresAt(),
    }).catch(() => null)
    const rows = await db.riskException.findMany({ where: { reviewId }, orderBy: { createdAt: 'asc' } })
    const [a, b] = rows
    const note = 'Accepted for the migration quarter; revisit at the re-review.'
    const refs = [`${a!.id}:${a!.version}`, `${b!.id}:${b!.version + 1}`]
    if (own) refs.push(`${own.id}:1`)
    const result = await grantExceptions(actors.compliance, { reviewId, refs, note })
    expect(result.done.map((d) => d.id)).toEqual([a!.id])
    expect(result.refused[0]).toMatchObject({ id: b!.id, code: 'CONFLICT' })
    const granted = await db.riskException.findUniqueOrThrow({ where: { id: a!.id } })
    expect(granted).toMatchObject({ approvedById: actors.compliance.userId, grantNote: note, version: 2 })
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'exception.granted', entityId: a!.id } })
    expect(event.data).toMatchObject({ note })
    expect(
      await db.auditEvent.count({ where: { action: 'exception.granted', entityId: { in: rows.map((r) => r.id) } } }),
    ).toBe(1)
  })

  it('separation of duties per item: compliance cannot grant what it requested; a short note is refused', async () => {
    const t = await makeOrganization({
      owner: ['PLATFORM_OWNER'],
      lead: ['COMPLIANCE', 'SECURITY_REVIEWER'],
      c2: ['COMPLIANCE'],
    })
    const reviewId = await makeReview(t.actors.owner)
    const blockers = await blockersOf(t.actors.owner, reviewId)
    await requestExceptions(t.actors.lead, { reviewId, blockers: blockers.slice(0, 1), ...WHY, expiresAt: expiresAt() })
    await requestExceptions(t.actors.owner, {
      reviewId,
      blockers: blockers.slice(1, 2),
      ...WHY,
      expiresAt: expiresAt(),
    })
    const rows = await db.riskException.findMany({ where: { reviewId }, orderBy: { createdAt: 'asc' } })
    const note = 'Accepted for the migration quarter.'
    await expect(grantExceptions(t.actors.lead, { reviewId, refs: refsOf(rows), note: 'ok' })).rejects.toMatchObject({
      code: 'VALIDATION',
    })
    const result = await grantExceptions(t.actors.lead, { reviewId, refs: refsOf(rows), note })
    expect(result.done.map((d) => d.id)).toEqual([rows[1]!.id])
    expect(result.refused).toMatchObject([{ id: rows[0]!.id, code: 'FORBIDDEN' }])
    expect(result.refused[0]!.reason).toMatch(/separation of duties/)
    await grantException(t.actors.c2, { exceptionId: rows[0]!.id, version: rows[0]!.version, note })
  })
})

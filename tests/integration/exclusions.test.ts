// Issue 10, item 9: a platform owner alone cannot take a location out of scope. The exclusion is proposed, stays
// "proposed" with the location counting in scope, until a security reviewer who did not propose it accepts it; the
// reviewer may decline with a note; a withdrawal brings it back. Every step is history and audited.
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { decideExclusion, listExclusions, proposeExclusion, withdrawExclusion } from '@/lib/dal/exclusions'
import { addLocation } from '@/lib/dal/inventory'
import { importLocationsCsv } from '@/lib/dal/location-import'
import { loadWorkspace } from '@/lib/dal/workspace'
import { nextSteps } from '@/lib/domain/next-steps'
import { makeOrganization } from '../support/factory'
import { locationsOf, makeReview } from '../support/review-factory'

const REASON = 'Holds only synthetic load-test data; confirmed by the data owner on 2026-11-20.'

async function setup() {
  const { actors } = await makeOrganization({
    owner: ['PLATFORM_OWNER'],
    reviewer: ['SECURITY_REVIEWER'],
    both: ['PLATFORM_OWNER', 'SECURITY_REVIEWER'],
    compliance: ['COMPLIANCE'],
  })
  const reviewId = await makeReview(actors.owner)
  const { id: locationId } = await addLocation(actors.owner, {
    reviewId,
    kind: 'OBJECT_STORAGE',
    name: 'Load-test bucket',
    encryption: 'UNKNOWN',
    region: 'eu-west-1',
  })
  return { actors, reviewId, locationId }
}
const codesOn = async (actor: Parameters<typeof loadWorkspace>[0], reviewId: string, locationId: string) =>
  (await loadWorkspace(actor, reviewId, new Date(), { fresh: true })).findings
    .filter((f) => f.targetRef === `location:${locationId}`)
    .map((f) => f.code)
const exclusionOf = (locationId: string) =>
  db.locationExclusion.findFirstOrThrow({ where: { locationId }, orderBy: { createdAt: 'desc' } })

describe('exclusions are agreed', () => {
  it('a proposed exclusion leaves the location in scope until a security reviewer accepts it', async () => {
    const { actors, reviewId, locationId } = await setup()
    await proposeExclusion(actors.owner, { reviewId, locationId, reason: REASON })
    expect((await locationsOf(reviewId))[0]).toMatchObject({ inScope: true, exclusionReason: null })
    expect(await codesOn(actors.owner, reviewId, locationId)).toContain('SB-ENCRYPTION-MISSING')
    const ws = await loadWorkspace(actors.reviewer, reviewId, new Date(), { fresh: true })
    expect(
      nextSteps(ws.snapshot, ws.findings, ['SECURITY_REVIEWER'], actors.reviewer.userId, new Date()).map((s) => s.id),
    ).toContain('reviewer.exclusions-proposed')
    await expect(proposeExclusion(actors.owner, { reviewId, locationId, reason: REASON })).rejects.toMatchObject({
      code: 'CONFLICT',
    })

    const proposal = await exclusionOf(locationId)
    await expect(
      decideExclusion(actors.owner, { exclusionId: proposal.id, version: 1, decision: 'ACCEPT' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await decideExclusion(actors.reviewer, {
      exclusionId: proposal.id,
      version: 1,
      decision: 'ACCEPT',
      note: 'Agreed.',
    })
    expect((await locationsOf(reviewId))[0]).toMatchObject({ inScope: false, exclusionReason: REASON })
    expect(await codesOn(actors.owner, reviewId, locationId)).toEqual([])
    expect(await exclusionOf(locationId)).toMatchObject({ status: 'ACCEPTED', decidedById: actors.reviewer.userId })
  })

  it('nobody accepts an exclusion they proposed, even holding both roles', async () => {
    const { actors, reviewId, locationId } = await setup()
    await proposeExclusion(actors.both, { reviewId, locationId, reason: REASON })
    const proposal = await exclusionOf(locationId)
    await expect(
      decideExclusion(actors.both, { exclusionId: proposal.id, version: 1, decision: 'ACCEPT' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/separation of duties/) })
    expect((await locationsOf(reviewId))[0].inScope).toBe(true)
  })

  it('a proposal needs a reason of substance; a decline needs a note and keeps the location in scope', async () => {
    const { actors, reviewId, locationId } = await setup()
    for (const reason of ['', 'n/a', 'tbd'])
      await expect(proposeExclusion(actors.owner, { reviewId, locationId, reason })).rejects.toMatchObject({
        code: 'VALIDATION',
        fieldErrors: { reason: [expect.stringMatching(/reason/)] },
      })
    await proposeExclusion(actors.owner, { reviewId, locationId, reason: REASON })
    const proposal = await exclusionOf(locationId)
    await expect(
      decideExclusion(actors.reviewer, { exclusionId: proposal.id, version: 1, decision: 'DECLINE', note: '' }),
    ).rejects.toMatchObject({ code: 'VALIDATION' })
    await decideExclusion(actors.reviewer, {
      exclusionId: proposal.id,
      version: 1,
      decision: 'DECLINE',
      note: 'Load tests replay production topics, so the bucket holds real records.',
    })
    expect((await locationsOf(reviewId))[0].inScope).toBe(true)
    expect(await exclusionOf(locationId)).toMatchObject({ status: 'DECLINED' })
  })

  it('withdrawing an accepted exclusion brings the location back in scope; the history keeps every step, audited', async () => {
    const { actors, reviewId, locationId } = await setup()
    await proposeExclusion(actors.owner, { reviewId, locationId, reason: REASON })
    const proposal = await exclusionOf(locationId)
    await decideExclusion(actors.reviewer, { exclusionId: proposal.id, version: 1, decision: 'ACCEPT' })
    await expect(
      withdrawExclusion(actors.compliance, { exclusionId: proposal.id, version: 2, reason: 'Not ours to decide.' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(
      withdrawExclusion(actors.owner, { exclusionId: proposal.id, version: 2, reason: 'short' }),
    ).rejects.toMatchObject({ code: 'VALIDATION' })
    await withdrawExclusion(actors.owner, {
      exclusionId: proposal.id,
      version: 2,
      reason: 'The bucket now receives replayed production data.',
    })
    expect((await locationsOf(reviewId))[0]).toMatchObject({ inScope: true, exclusionReason: null })
    const history = await listExclusions(actors.owner, reviewId)
    expect(history.map((x) => [x.status, x.proposedBy, x.decidedBy, x.withdrawnBy])).toEqual([
      ['WITHDRAWN', 'owner', 'reviewer', 'owner'],
    ])
    const actions = (await db.auditEvent.findMany({ where: { entityId: proposal.id }, orderBy: { seq: 'asc' } })).map(
      (e) => e.action,
    )
    expect(actions).toEqual(['exclusion.proposed', 'exclusion.accepted', 'exclusion.withdrawn'])
  })

  it('a CSV row cannot take a location out of scope either', async () => {
    const { actors, reviewId } = await setup()
    const csv =
      'kind,name,encryption,in_scope,exclusion_reason\r\nLOG_SINK,Broker logs,NONE,no,Logs hold no payloads at all.'
    const result = await importLocationsCsv(actors.owner, { reviewId, csv })
    expect(result).toEqual({
      ok: false,
      rowErrors: [
        {
          line: 2,
          messages: [
            expect.stringMatching(/^in_scope, exclusion_reason: a location leaves scope only through an exclusion/),
          ],
        },
      ],
    })
  })

  it("another organization's exclusion is not found", async () => {
    const acme = await setup()
    const globex = await setup()
    await proposeExclusion(acme.actors.owner, { reviewId: acme.reviewId, locationId: acme.locationId, reason: REASON })
    const proposal = await exclusionOf(acme.locationId)
    await expect(
      decideExclusion(globex.actors.reviewer, { exclusionId: proposal.id, version: 1, decision: 'ACCEPT' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(
      proposeExclusion(globex.actors.owner, { reviewId: globex.reviewId, locationId: acme.locationId, reason: REASON }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

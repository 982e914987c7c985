import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { addLinkEvidence, linkExistingEvidence } from '@/lib/dal/evidence'
import { addRecord } from '@/lib/dal/records'
import { loadGateStates } from '@/lib/dal/gate-states'
import { makeOrganization } from '../support/factory'
import { makeReview } from '../support/review-factory'

describe('linking existing evidence to gate records', () => {
  it('links current evidence to a drill once, audits it, and the failure-recovery basis changes', async () => {
    const { organization, actors } = await makeOrganization({
      owner: ['PLATFORM_OWNER'],
      reviewer: ['SECURITY_REVIEWER'],
    })
    const reviewId = await makeReview(actors.owner)
    const drill = await addRecord(actors.owner, 'drill', {
      reviewId,
      scenario: 'KEY_DISABLED',
      environment: 'staging',
      performedOn: '2026-11-01',
      outcome: 'PASSED',
    })
    const evidence = await addLinkEvidence(actors.owner, {
      reviewId,
      title: 'Drill runbook output',
      url: 'https://evidence.example/drill',
      effectiveDate: '2026-11-01',
    })
    const before = (await loadGateStates(organization.id, reviewId, new Date())).find(
      (g) => g.gate === 'FAILURE_RECOVERY',
    )!.fingerprint
    await linkExistingEvidence(actors.owner, { reviewId, evidenceId: evidence.id, drillIds: [drill.id] })
    expect(await db.evidenceLink.count({ where: { evidenceId: evidence.id, drillId: drill.id } })).toBe(1)
    expect(
      await db.auditEvent.count({
        where: { organizationId: organization.id, action: 'evidence.linked', entityId: evidence.id },
      }),
    ).toBe(1)
    const after = (await loadGateStates(organization.id, reviewId, new Date())).find(
      (g) => g.gate === 'FAILURE_RECOVERY',
    )!.fingerprint
    expect(after).not.toBe(before)
    await expect(
      linkExistingEvidence(actors.owner, { reviewId, evidenceId: evidence.id, drillIds: [drill.id] }),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: 'Nothing new to link: choose where to link this evidence.' })
    await expect(
      linkExistingEvidence(actors.reviewer, { reviewId, evidenceId: evidence.id, drillIds: [drill.id] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })

  it("refuses superseded evidence and another organization's evidence", async () => {
    const acme = await makeOrganization({ owner: ['PLATFORM_OWNER'] })
    const globex = await makeOrganization({ owner: ['PLATFORM_OWNER'] })
    const reviewId = await makeReview(acme.actors.owner)
    const drill = await addRecord(acme.actors.owner, 'drill', {
      reviewId,
      scenario: 'KEY_ROTATION',
      environment: 'staging',
      performedOn: '2026-11-01',
      outcome: 'PASSED',
    })
    const v1 = await addLinkEvidence(acme.actors.owner, {
      reviewId,
      title: 'Policy v1',
      url: 'https://evidence.example/v1',
      effectiveDate: '2026-11-01',
    })
    await addLinkEvidence(acme.actors.owner, {
      reviewId,
      title: 'Policy v2',
      url: 'https://evidence.example/v2',
      effectiveDate: '2026-11-02',
      supersedesId: v1.id,
    })
    await expect(
      linkExistingEvidence(acme.actors.owner, { reviewId, evidenceId: v1.id, drillIds: [drill.id] }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    const globexReview = await makeReview(globex.actors.owner)
    await expect(
      linkExistingEvidence(globex.actors.owner, { reviewId: globexReview, evidenceId: v1.id, drillIds: [] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

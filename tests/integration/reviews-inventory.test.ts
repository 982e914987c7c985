import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { getTemplate } from '@/lib/domain/templates'
import { getReview, listReviews, updateReviewScope } from '@/lib/dal/reviews'
import { addLocation, assignKeyToLocations, updateLocation } from '@/lib/dal/inventory'
import { loadWorkspace } from '@/lib/dal/workspace'
import { verifyChain } from '@/lib/audit/chain'
import { makeOrganization } from '../support/factory'
import { locationInput, locationsOf, makeKey, makeReview } from '../support/review-factory'

const team = () =>
  makeOrganization({ owner: ['PLATFORM_OWNER'], reviewer: ['SECURITY_REVIEWER'], compliance: ['COMPLIANCE'] })
const codes = async (actor: Parameters<typeof loadWorkspace>[0], reviewId: string) =>
  (await loadWorkspace(actor, reviewId)).findings.map((f) => `${f.code} ${f.targetRef}`)

describe('reviews and the inventory DAL', () => {
  it('creating from a template pre-fills its locations with their sourced facts, and audits it', async () => {
    const { organization, actors } = await team()
    const template = getTemplate('automq-byoc')!
    const reviewId = await makeReview(actors.owner, {
      templateId: template.id,
      deploymentModel: 'BYOC',
      keyRequirement: 'BYOK',
    })
    const locations = await locationsOf(reviewId)
    expect(locations).toHaveLength(template.locations.length)
    const noCmk = template.locations.find((l) => l.cmkSupported === 'no')!
    expect(locations.find((l) => l.name === noCmk.name)).toMatchObject({
      cmkSupported: 'no',
      kind: noCmk.kind,
      source: noCmk.source,
    })
    expect(
      await db.auditEvent.count({
        where: { organizationId: organization.id, action: 'review.created', entityId: reviewId },
      }),
    ).toBe(1)
    const found = await codes(actors.owner, reviewId)
    expect(found).toContain(`KA-BYOC-NOT-BYOK review:${reviewId}`)
    const noCmkRow = locations.find((l) => l.name === noCmk.name)!
    expect(found).toContain(`KA-CMK-UNSUPPORTED location:${noCmkRow.id}`)
  })

  it('refuses an unknown template and bad scope input with specific messages, writing nothing', async () => {
    const { organization, actors } = await team()
    const before = await db.review.count({ where: { organizationId: organization.id } })
    await expect(makeReview(actors.owner, { templateId: 'no-such-template' })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'That template does not exist.',
    })
    await expect(makeReview(actors.owner, { title: 'x' })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { title: ['Give the review a title of at least 3 characters.'] },
    })
    expect(await db.review.count({ where: { organizationId: organization.id } })).toBe(before)
    const reviewId = await makeReview(actors.owner)
    const review = await getReview(actors.reviewer, reviewId)
    await expect(
      updateReviewScope(actors.reviewer, {
        ...review,
        reviewId,
        dueDate: '',
        regions: 'eu-west-1',
        allowedJurisdictions: 'EU, XX',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: 'XX is not a known jurisdiction code (e.g. EU, UK, US).' })
  })

  it('only the security reviewer edits scope; a platform owner is refused and nothing changes', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner)
    const review = await getReview(actors.owner, reviewId)
    const scope = {
      ...review,
      reviewId,
      dueDate: '2026-12-31',
      regions: 'eu-west-1',
      allowedJurisdictions: 'EU',
      title: 'Renamed',
    }
    await expect(updateReviewScope(actors.owner, scope)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect((await getReview(actors.owner, reviewId)).title).toBe('Test review')
    await updateReviewScope(actors.reviewer, scope)
    expect(await getReview(actors.owner, reviewId)).toMatchObject({
      title: 'Renamed',
      regions: ['eu-west-1'],
      allowedJurisdictions: ['EU'],
      version: review.version + 1,
    })
  })

  it('a security reviewer cannot edit the inventory: refused, and the location is unchanged', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner, { templateId: 'amazon-msk-provisioned' })
    const [loc] = await locationsOf(reviewId)
    await expect(updateLocation(actors.reviewer, locationInput(loc, { encryption: 'NONE' }))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    await expect(
      addLocation(actors.reviewer, { reviewId, kind: 'OTHER', name: 'Sneaky', encryption: 'NONE' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect((await locationsOf(reviewId))[0]).toMatchObject({ encryption: loc.encryption, version: loc.version })
  })

  it('two users saving the same location: the second, stale save is a conflict and the first edit survives', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner, { templateId: 'amazon-msk-provisioned' })
    const [loc] = await locationsOf(reviewId)
    await updateLocation(actors.owner, locationInput(loc, { encryption: 'CUSTOMER_MANAGED', notes: 'first' }))
    await expect(
      updateLocation(actors.owner, locationInput(loc, { encryption: 'NONE', notes: 'second' })),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'This location was changed by someone else — reload to see their change, then edit again.',
    })
    expect((await locationsOf(reviewId))[0]).toMatchObject({
      encryption: 'CUSTOMER_MANAGED',
      notes: 'first',
      version: loc.version + 1,
    })
  })

  it('concurrent saves of one version: exactly one wins', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner, { templateId: 'amazon-msk-provisioned' })
    const [loc] = await locationsOf(reviewId)
    const results = await Promise.allSettled(
      ['a', 'b', 'c'].map((n) => updateLocation(actors.owner, locationInput(loc, { notes: n }))),
    )
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect((await locationsOf(reviewId))[0].version).toBe(loc.version + 1)
  })

  it('an edit cannot take a location out of scope: exclusions are proposed and agreed (lib/dal/exclusions.ts)', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner, { templateId: 'amazon-msk-provisioned' })
    const [loc] = await locationsOf(reviewId)
    await updateLocation(
      actors.owner,
      locationInput(loc, {
        notes: 'edited',
        inScope: false,
        exclusionReason: 'Metrics carry no record data; approved by the CISO on 2026-11-02.',
      }),
    )
    expect((await locationsOf(reviewId))[0]).toMatchObject({ notes: 'edited', inScope: true, exclusionReason: null })
  })

  it("another organization's ids are not found, for reviews, locations, keys and bulk assignment", async () => {
    const acme = await team()
    const globex = await team()
    const reviewId = await makeReview(acme.actors.owner, { templateId: 'amazon-msk-provisioned' })
    const key = await makeKey(acme.actors.owner, reviewId)
    const [loc] = await locationsOf(reviewId)
    await expect(getReview(globex.actors.owner, reviewId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(loadWorkspace(globex.actors.owner, reviewId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(updateLocation(globex.actors.owner, locationInput(loc, { encryption: 'NONE' }))).rejects.toMatchObject(
      { code: 'NOT_FOUND' },
    )
    await expect(
      assignKeyToLocations(globex.actors.owner, { reviewId, keyId: key.id, locationIds: [loc.id] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const globexReview = await makeReview(globex.actors.owner)
    await expect(
      assignKeyToLocations(globex.actors.owner, { reviewId: globexReview, keyId: key.id, locationIds: [loc.id] }),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: 'That key is not part of this review.' })
    expect((await listReviews(globex.actors.owner)).map((r) => r.id)).not.toContain(reviewId)
    expect((await locationsOf(reviewId))[0]).toMatchObject({ encryption: loc.encryption, keyId: null })
  })

  it('bulk key assignment maps every selected location in one audited step, and the findings follow', async () => {
    const { organization, actors } = await team()
    const reviewId = await makeReview(actors.owner, { templateId: 'apache-kafka-self-managed' })
    const key = await makeKey(actors.owner, reviewId)
    const locations = await locationsOf(reviewId)
    const chosen = locations.slice(0, 3)
    for (const l of chosen)
      await updateLocation(actors.owner, locationInput(l, { encryption: 'CUSTOMER_MANAGED', region: 'eu-west-1' }))
    const before = await codes(actors.owner, reviewId)
    expect(before).toContain(`SB-NO-KEY location:${chosen[0].id}`)
    await assignKeyToLocations(actors.owner, { reviewId, keyId: key.id, locationIds: chosen.map((l) => l.id) })
    const after = await codes(actors.owner, reviewId)
    for (const l of chosen) expect(after).not.toContain(`SB-NO-KEY location:${l.id}`)
    expect((await locationsOf(reviewId)).filter((l) => l.keyId === key.id)).toHaveLength(3)
    expect(
      await db.auditEvent.count({ where: { organizationId: organization.id, action: 'location.key_assigned' } }),
    ).toBe(1)
    expect((await verifyChain(db, organization.id)).ok).toBe(true)
  })

  it('a decided review is read-only', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner, { templateId: 'amazon-msk-provisioned' })
    await db.review.update({ where: { id: reviewId }, data: { status: 'DECIDED' } })
    const [loc] = await locationsOf(reviewId)
    await expect(updateLocation(actors.owner, locationInput(loc, { notes: 'late' }))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/decided and read-only/),
    })
  })

  it('the reviews list counts open blockers per review', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner, { templateId: 'amazon-msk-serverless' })
    const row = (await listReviews(actors.owner)).find((r) => r.id === reviewId)!
    const ws = await loadWorkspace(actors.owner, reviewId)
    expect(row.blockers).toBe(ws.summary.openBlockers)
    expect(row.blockers).toBeGreaterThan(0)
  })
})

// The interchange exports of the seeded sample review (built here through the seed's own builder, in a fresh
// organization): OSCAL assessment results and POA&M against NIST's vendored 1.1.2 schemas, the CBOM against
// CycloneDX 1.6; every download audited; another tenant's id is not found.
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { exportReviewDocument, loadReviewExport } from '@/lib/dal/review-export'
import type { Actor } from '@/lib/dal/actor'
import { seedOrganization } from '@/lib/seed/demo'
import { seedSampleReview } from '@/lib/seed/sample-review'
import { validateAssessmentResults, validateCbom, validatePoam } from '../unit/interchange/schema-validators'
import { makeOrganization } from '../support/factory'

const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0000000000000000000000000000000000000000000'

let owner: Actor
let reviewId: string

beforeAll(async () => {
  const tag = randomUUID().slice(0, 8)
  // The sample review's builder signs its people in by the demo emails, so the fresh organization has them.
  const { organization, users } = await seedOrganization(
    db,
    {
      name: `Sample ${tag}`,
      slug: `sample-${tag}`,
      members: [
        { email: 'owner@acme.test', name: 'Omar Owner', roles: ['PLATFORM_OWNER'] },
        { email: 'reviewer@acme.test', name: 'Rita Reviewer', roles: ['SECURITY_REVIEWER'] },
      ],
    },
    HASH,
  )
  await seedSampleReview(db, organization.id)
  reviewId = (await db.review.findFirstOrThrow({ where: { organizationId: organization.id } })).id
  owner = {
    userId: users['owner@acme.test'],
    email: 'owner@acme.test',
    name: 'Omar Owner',
    organizationId: organization.id,
    organizationName: organization.name,
    roles: ['PLATFORM_OWNER'],
  }
  validateCbom({}) // compiles the schemas once, outside the tests' time limit
}, 120_000)

const json = (body: Buffer) => JSON.parse(body.toString('utf8')) as Record<string, unknown>

describe('exports of the seeded sample review', () => {
  it('builds the review export from the database: its locations, keys and open findings', async () => {
    const data = await loadReviewExport(owner, reviewId)
    expect(data.review.title).toBe('Payments Kafka — 2026 key review')
    expect(data.keys.map((k) => k.alias).sort()).toEqual(['alias/payments-kafka-ebs', 'alias/payments-kafka-tiered'])
    expect(data.locations.length).toBeGreaterThan(3)
    expect(data.findings.some((f) => f.severity === 'BLOCKER')).toBe(true)
  })

  it('exports OSCAL assessment results that validate against the OSCAL 1.1.2 schema', async () => {
    const file = await exportReviewDocument(owner, reviewId, 'oscal-assessment-results')
    expect(validateAssessmentResults(json(file.body))).toEqual([])
    expect(file.fileName).toBe('keyproof-Payments Kafka — 2026 key review-oscal-assessment-results.json')
  })

  it('exports an OSCAL POA&M of its open findings that validates against the OSCAL 1.1.2 schema', async () => {
    const doc = json((await exportReviewDocument(owner, reviewId, 'oscal-poam')).body)
    expect(validatePoam(doc)).toEqual([])
    const poam = doc['plan-of-action-and-milestones'] as { 'poam-items': unknown[] }
    expect(poam['poam-items'].length).toBeGreaterThan(0)
  })

  it('exports a CycloneDX CBOM that validates against the CycloneDX 1.6 schema', async () => {
    const doc = json((await exportReviewDocument(owner, reviewId, 'cbom')).body)
    expect(validateCbom(doc)).toEqual([])
    const components = doc.components as { type: string; cryptoProperties?: { assetType: string } }[]
    expect(components.filter((c) => c.cryptoProperties?.assetType === 'related-crypto-material')).toHaveLength(2)
  })

  it('audits each download with the SHA-256 of the bytes sent', async () => {
    const file = await exportReviewDocument(owner, reviewId, 'cbom')
    const event = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: owner.organizationId, action: 'export.cbom' },
      orderBy: { seq: 'desc' },
    })
    expect(event).toMatchObject({ entityType: 'Review', entityId: reviewId, actorId: owner.userId })
    expect((event.data as { sha256: string }).sha256).toBe(file.sha256)
  })

  it("treats another organization's review id as not found, and writes no audit event", async () => {
    const { actors } = await makeOrganization({ owner: ['PLATFORM_OWNER'] })
    await expect(exportReviewDocument(actors.owner, reviewId, 'cbom')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(
      await db.auditEvent.count({ where: { organizationId: actors.owner.organizationId, action: 'export.cbom' } }),
    ).toBe(0)
  })
})

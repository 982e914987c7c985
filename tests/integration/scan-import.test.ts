// Scanner results into a review through the DAL: the raw file becomes evidence, each finding a stored result,
// the re-grade a key-administration finding; a malformed file, a role without the permission and another
// tenant are refused with nothing stored.
import fs from 'node:fs'
import path from 'node:path'
import { createHash } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { importScans } from '@/lib/dal/scan-import'
import { loadScanResults } from '@/lib/dal/scan-results'
import { updateLocation } from '@/lib/dal/inventory'
import { loadWorkspace } from '@/lib/dal/workspace'
import { buildReadinessReport } from '@/lib/dal/report'
import { scanOverview } from '@/lib/scanners/scan-overview'
import type { Actor } from '@/lib/dal/actor'
import { makeOrganization } from '../support/factory'
import { locationInput, locationsOf, makeKey, makeReview } from '../support/review-factory'

const PROWLER = path.resolve(
  import.meta.dirname,
  '../fixtures/scanners/prowler/prowler-output-111122223333-20250901120000.ocsf.json',
)
const ORDERS_ARN = 'arn:aws:kafka:eu-west-1:111122223333:cluster/orders-prod/2f1d7e3a-8c4b-4e8a-9d7c-1a2b3c4d5e6f-3'
const prowler = () => ({ fileName: path.basename(PROWLER), bytes: new Uint8Array(fs.readFileSync(PROWLER)) })
const text = (fileName: string, body: string) => ({ fileName, bytes: new TextEncoder().encode(body) })

let actors: Record<string, Actor>
let reviewId: string
let brokerId: string

async function counts() {
  const where = { reviewId }
  const [evidence, results, events] = await Promise.all([
    db.evidence.count({ where }),
    db.scanResult.count({ where }),
    db.auditEvent.count({ where: { organizationId: actors.owner.organizationId, action: 'scan.imported' } }),
  ])
  return { evidence, results, events }
}

async function refusal(run: () => Promise<unknown>) {
  try {
    await run()
  } catch (e) {
    return e as Error & { code?: string }
  }
  throw new Error('expected a refusal')
}

beforeAll(async () => {
  ;({ actors } = await makeOrganization({
    owner: ['PLATFORM_OWNER'],
    reviewer: ['SECURITY_REVIEWER'],
    compliance: ['COMPLIANCE'],
  }))
  reviewId = await makeReview(actors.owner, {
    templateId: 'amazon-msk-provisioned',
    deploymentModel: 'PROVIDER_MANAGED',
  })
  const awsManaged = await makeKey(actors.owner, reviewId, {
    keyRef: 'arn:aws:kms:eu-west-1:111122223333:key/6d7e8f90-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
    alias: 'alias/aws/kafka',
    ownership: 'PROVIDER_MANAGED',
  })
  const broker = (await locationsOf(reviewId)).find((l) => l.name === 'Broker data volumes')!
  brokerId = broker.id
  await updateLocation(
    actors.owner,
    locationInput(broker, { resourceRef: ORDERS_ARN, encryption: 'PROVIDER_MANAGED', keyId: awsManaged.id }),
  )
})

describe('importScans', () => {
  it('refuses a malformed file among good ones, naming it and the formats expected, storing nothing', async () => {
    const before = await counts()
    const error = await refusal(() =>
      importScans(actors.owner, reviewId, [prowler(), text('notes.json', '{"note": "not a scan"}')]),
    )
    expect(error.code).toBe('VALIDATION')
    expect(error.message).toMatch(/^Nothing was imported\. notes\.json: not a scanner output Keyproof reads/)
    expect(error.message).toContain('expected Prowler json-ocsf or json-asff')
    expect(await counts()).toEqual(before)
  })

  it('refuses a role without scan:import and another organization, storing nothing', async () => {
    const before = await counts()
    expect((await refusal(() => importScans(actors.compliance, reviewId, [prowler()]))).code).toBe('FORBIDDEN')
    const { actors: other } = await makeOrganization({ owner: ['PLATFORM_OWNER'] })
    expect((await refusal(() => importScans(other.owner, reviewId, [prowler()]))).code).toBe('NOT_FOUND')
    expect(await counts()).toEqual(before)
  })

  it('stores the raw file as evidence with its SHA-256, one result per finding, and an audit event', async () => {
    const before = await counts()
    const result = await importScans(actors.reviewer, reviewId, [prowler()])
    expect(result.files).toHaveLength(1)
    expect(result.files[0]).toMatchObject({ format: 'prowler-json-ocsf', findings: 8 })
    expect(result.files[0].sha256).toBe(createHash('sha256').update(fs.readFileSync(PROWLER)).digest('hex'))
    expect(result).toMatchObject({ regraded: 1, summary: { prowler: { passesRegraded: 1, fails: 1 } } })
    expect(await counts()).toEqual({
      evidence: before.evidence + 1,
      results: before.results + 8,
      events: before.events + 1,
    })
    const evidence = await db.evidence.findUniqueOrThrow({
      where: { id: result.files[0].evidenceId },
      include: { links: true },
    })
    expect(evidence.title).toBe(`Prowler results (prowler-json-ocsf): ${path.basename(PROWLER)}`)
    expect(evidence.links.map((l) => l.locationId)).toEqual([brokerId])
    const stored = await db.scanResult.findMany({ where: { evidenceId: evidence.id, locationId: brokerId } })
    expect(stored.map((r) => [r.checkId, r.status, r.regrade]).sort()).toEqual([
      ['kafka_cluster_encryption_at_rest_uses_cmk', 'PASS', 'REGRADED_PROVIDER_KEY'],
      ['kafka_cluster_in_transit_encryption_enabled', 'PASS', 'ACCEPTED'],
    ])
  })

  it('turns the re-graded pass into a key-administration finding on the location', async () => {
    const ws = await loadWorkspace(actors.owner, reviewId, new Date(), { fresh: true })
    const finding = ws.findings.find((f) => f.code === 'KA-SCAN-PROVIDER-KEY')
    expect(finding).toMatchObject({ gate: 'KEY_ADMINISTRATION', targetRef: `location:${brokerId}` })
    expect(finding?.message).toContain(
      'Prowler kafka_cluster_encryption_at_rest_uses_cmk PASS — encrypted, but under a provider-managed key',
    )
  })

  it('lists the results with the unmatched resources and the counts per scanner, judged now', async () => {
    const ws = await loadWorkspace(actors.owner, reviewId, new Date(), { fresh: true })
    const loaded = await loadScanResults(actors.owner, reviewId)
    const overview = scanOverview(loaded.results, { templateId: ws.review.templateId, ...ws })
    expect(loaded.files).toHaveLength(1)
    expect(overview.summary.prowler).toMatchObject({ passesAccepted: 1, passesRegraded: 1, fails: 1, other: 1 })
    expect(overview.unmatched.map((r) => r.resourceRef)).toContain('arn:aws:s3:::acme-kafka-tiered-prod')
    expect(overview.regraded.map((r) => r.location?.id)).toEqual([brokerId])
    const { actors: other } = await makeOrganization({ owner: ['PLATFORM_OWNER'] })
    expect((await loadScanResults(other.owner, reviewId)).results).toEqual([])
  })

  it('shows the counts per scanner and the re-graded pass in the readiness report', async () => {
    const report = await buildReadinessReport(actors.owner, reviewId)
    expect(report.scans?.perScanner).toEqual([
      expect.objectContaining({ label: 'Prowler', passesAccepted: 1, passesRegraded: 1, fails: 1 }),
    ])
    expect(report.scans?.regrades).toEqual([
      expect.objectContaining({
        location: 'Broker data volumes',
        checkId: 'kafka_cluster_encryption_at_rest_uses_cmk',
        reason: 'PASS — encrypted, but under a provider-managed key: not customer-owned',
      }),
    ])
    expect(report.findings.some((f) => f.code === 'KA-SCAN-PROVIDER-KEY' && f.gate === 'Key administration')).toBe(true)
  })

  it('stores a finding whose JSON carries an escaped NUL, without the NUL', async () => {
    const one = JSON.parse(fs.readFileSync(PROWLER, 'utf8'))[1]
    one.resources[0].uid = 'arn:aws:s3:::nul\u0000bucket' // JSON.stringify writes it as the escape \u0000
    const body = JSON.stringify([one])
    expect(body).toContain('nul\\u0000bucket')
    const result = await importScans(actors.owner, reviewId, [text('nul.ocsf.json', body)])
    const [row] = await db.scanResult.findMany({ where: { evidenceId: result.files[0].evidenceId } })
    expect(row.resourceRef).toBe('arn:aws:s3:::nulbucket')
  })
})

// Issue 10, items 2 and 3 through the DAL: a vendor-controlled location claimed under a customer key blocks until
// the vendor's evidence for it is accepted; the template's source status travels with each location into the
// findings and the report, and who controls each location and account is in the report.
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { addCloudAccount, addKey, updateLocation } from '@/lib/dal/inventory'
import { addLinkEvidence } from '@/lib/dal/evidence'
import { acceptRequest, submitRequest } from '@/lib/dal/requests'
import { buildReadinessReport } from '@/lib/dal/report'
import { loadWorkspace } from '@/lib/dal/workspace'
import { makeOrganization } from '../support/factory'
import { locationInput, locationsOf, makeReview } from '../support/review-factory'

const team = () => makeOrganization({ owner: ['PLATFORM_OWNER'], reviewer: ['SECURITY_REVIEWER'] })
const CONTROL_PLANE = 'WarpStream control plane / cloud metadata store'

describe('controller rule', () => {
  it('the WarpStream control plane claimed under a customer key blocks until vendor evidence for it is accepted', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner, { templateId: 'warpstream-byoc', deploymentModel: 'BYOC' })
    const key = await addKey(actors.owner, {
      reviewId,
      service: 'AWS_KMS',
      keyRef: 'arn:aws:kms:eu-west-1:111122223333:key/cp',
      ownership: 'CUSTOMER_MANAGED',
      rotation: 'AUTOMATIC',
    })
    const cp = (await locationsOf(reviewId)).find((l) => l.name === CONTROL_PLANE)!
    await updateLocation(
      actors.owner,
      locationInput(cp, { encryption: 'CUSTOMER_MANAGED', keyId: key.id, region: 'eu-west-1' }),
    )
    const claim = async () =>
      (await loadWorkspace(actors.owner, reviewId, new Date(), { fresh: true })).findings.filter(
        (f) => f.code === 'KA-CONTROLLER-CLAIM',
      )
    expect((await claim()).map((f) => [f.severity, f.targetRef])).toEqual([['BLOCKER', `location:${cp.id}`]])

    const request = await db.evidenceRequest.findFirstOrThrow({ where: { reviewId, code: 'KA-04' } })
    await addLinkEvidence(actors.owner, {
      reviewId,
      title: 'WarpStream statement on control-plane encryption',
      url: 'https://vendor.example/warpstream-cmk',
      effectiveDate: '2026-11-01',
      requestIds: [request.id],
      locationIds: [cp.id],
    })
    await submitRequest(actors.owner, { requestId: request.id, version: request.version })
    expect(await claim()).toHaveLength(1) // submitted is not accepted
    await acceptRequest(actors.reviewer, { requestId: request.id, version: request.version + 1 })
    expect(await claim()).toEqual([])
  })

  it('the report says who controls each location and account', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner, { templateId: 'warpstream-byoc', deploymentModel: 'BYOC' })
    const account = await addCloudAccount(actors.owner, {
      reviewId,
      provider: 'AWS',
      accountRef: '111122223333',
      controlledBy: 'CUSTOMER',
      region: 'eu-west-1',
    })
    const bucket = (await locationsOf(reviewId)).find((l) => l.name.startsWith('Customer object storage'))!
    await updateLocation(actors.owner, locationInput(bucket, { cloudAccountId: account.id }))
    const report = await buildReadinessReport(actors.owner, reviewId, new Date())
    expect(report.cloudAccounts).toEqual([
      { provider: 'AWS', accountRef: '111122223333', controlledBy: 'Customer', region: 'eu-west-1' },
    ])
    expect(Object.fromEntries(report.locations.map((l) => [l.name, l.controlledBy]))).toMatchObject({
      [bucket.name]: 'Customer',
      [CONTROL_PLANE]: 'Vendor',
      'Agent logs and metrics': null,
    })
  })
})

describe('source status', () => {
  it('an MSK Serverless review keeps "inferred" on its locations, in the blocker and in the report', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner, {
      templateId: 'amazon-msk-serverless',
      deploymentModel: 'PROVIDER_MANAGED',
    })
    expect((await locationsOf(reviewId)).map((l) => [l.cmkSupported, l.cmkStatus])).toEqual([
      ['no', 'inferred'],
      ['no', 'inferred'],
    ])
    const ws = await loadWorkspace(actors.owner, reviewId, new Date(), { fresh: true })
    const unsupported = ws.findings.filter((f) => f.code === 'KA-CMK-UNSUPPORTED')
    expect(unsupported.map((f) => [f.severity, f.sourceStatus])).toEqual([
      ['BLOCKER', 'inferred'],
      ['BLOCKER', 'inferred'],
    ])
    expect(unsupported[0].message).toContain('inferred')
    const report = await buildReadinessReport(actors.owner, reviewId, new Date())
    expect(report.locations.map((l) => l.cmkStatus)).toEqual(['inferred', 'inferred'])
    expect(report.findings.filter((f) => f.code === 'KA-CMK-UNSUPPORTED').map((f) => f.sourceStatus)).toEqual([
      'inferred',
      'inferred',
    ])
  })

  it('an AutoMQ BYOC review under BYOK blocks its S3/FSx WAL (facts: no, inferred) and explains AutoMQ’s “BYOK”', async () => {
    const { actors } = await team()
    const reviewId = await makeReview(actors.owner, {
      templateId: 'automq-byoc',
      deploymentModel: 'BYOC',
      keyRequirement: 'BYOK',
    })
    const wal = (await locationsOf(reviewId)).find((l) => l.name === 'WAL alternative (S3 WAL / FSx WAL)')!
    const ws = await loadWorkspace(actors.owner, reviewId, new Date(), { fresh: true })
    expect(
      ws.findings
        .filter((f) => f.targetRef === `location:${wal.id}` && f.code.startsWith('KA-CMK'))
        .map((f) => [f.code, f.severity]),
    ).toEqual([['KA-CMK-UNSUPPORTED', 'BLOCKER']])
    expect(ws.findings.find((f) => f.code === 'KA-VENDOR-TERM')?.message).toContain(
      'AutoMQ calls “BYOK (custom KMS key)”',
    )
  })
})

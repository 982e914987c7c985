import { describe, expect, it } from 'vitest'
import type { SnapshotScanResult } from '@/lib/domain/review-snapshot'
import { evaluate } from '@/lib/rules'
import { buildKey, buildLocation, buildSnapshot, codesAndTargets, NOW } from './snapshot-builders'

const MSK_ARN = 'arn:aws:kafka:eu-west-1:111122223333:cluster/orders-prod/2f1d7e3a-8c4b-4e8a-9d7c-1a2b3c4d5e6f-3'

function scan(overrides: Partial<SnapshotScanResult> = {}): SnapshotScanResult {
  return {
    id: 's1',
    scanner: 'prowler',
    checkId: 'kafka_cluster_encryption_at_rest_uses_cmk',
    resourceRef: MSK_ARN,
    status: 'PASS',
    rawStatus: null,
    locationId: 'l1',
    importedAt: new Date('2026-11-20T10:00:00Z'),
    ...overrides,
  }
}

const awsManaged = buildKey({ ownership: 'PROVIDER_MANAGED', keyRef: 'alias/aws/kafka' })
const scanFindings = (snapshot: ReturnType<typeof buildSnapshot>) =>
  evaluate(snapshot, NOW).filter((f) => f.code.startsWith('KA-SCAN'))

describe('scanner re-grade findings', () => {
  it('gives a key-administration warning on the location for a pass under a provider-managed key', () => {
    const [finding, ...rest] = scanFindings(buildSnapshot({ keys: [awsManaged], scanResults: [scan()] }))
    expect(rest).toEqual([])
    expect(finding).toMatchObject({
      code: 'KA-SCAN-PROVIDER-KEY',
      gate: 'KEY_ADMINISTRATION',
      severity: 'WARNING',
      targetRef: 'location:l1',
    })
    expect(finding.message).toContain(
      'Prowler kafka_cluster_encryption_at_rest_uses_cmk PASS — encrypted, but under a provider-managed key: ' +
        'not customer-owned',
    )
  })

  it('gives KA-SCAN-NOT-SELECTABLE where no customer key can be chosen (MSK Serverless)', () => {
    const snapshot = buildSnapshot({
      templateId: 'amazon-msk-serverless',
      locations: [buildLocation({ id: 'l1', kind: 'MANAGED_STORAGE', encryption: 'PROVIDER_MANAGED', keyId: null })],
      keys: [],
      keyRequirement: 'PROVIDER_MANAGED',
      scanResults: [scan()],
    })
    expect(codesAndTargets(scanFindings(snapshot))).toEqual(['KA-SCAN-NOT-SELECTABLE location:l1'])
    expect(scanFindings(snapshot)[0].message).toContain('PASS — key not customer-selectable')
  })

  it('gives nothing for a pass on a customer key, a fail, an unmatched or an excluded location', () => {
    expect(scanFindings(buildSnapshot({ scanResults: [scan()] }))).toEqual([])
    expect(scanFindings(buildSnapshot({ keys: [awsManaged], scanResults: [scan({ status: 'FAIL' })] }))).toEqual([])
    expect(scanFindings(buildSnapshot({ keys: [awsManaged], scanResults: [scan({ locationId: null })] }))).toEqual([])
    const excluded = buildSnapshot({
      keys: [awsManaged],
      locations: [buildLocation({ id: 'l1', inScope: false, exclusionReason: 'Decommissioned in October' })],
      scanResults: [scan()],
    })
    expect(scanFindings(excluded)).toEqual([])
  })

  it('gives one finding per location naming every re-graded pass on it', () => {
    const snapshot = buildSnapshot({
      keys: [awsManaged],
      scanResults: [
        scan(),
        scan({ id: 's2', scanner: 'checkov', checkId: 'CKV_AWS_81', resourceRef: 'aws_msk_cluster.orders' }),
      ],
    })
    const findings = scanFindings(snapshot)
    expect(findings).toHaveLength(1)
    expect(findings[0].message).toMatch(
      /^"Location l1": Prowler kafka_cluster_encryption_at_rest_uses_cmk PASS, checkov CKV_AWS_81 PASS — encrypted/,
    )
  })

  it('judges the location as it is now: mapping a customer key clears the finding', () => {
    const before = buildSnapshot({ keys: [awsManaged], scanResults: [scan()] })
    expect(scanFindings(before)).toHaveLength(1)
    expect(scanFindings({ ...before, keys: [buildKey()] })).toEqual([])
  })

  it('lets a later import replace an earlier result for the same check and resource', () => {
    const later = scan({ id: 's2', status: 'FAIL', importedAt: new Date('2026-11-25T10:00:00Z') })
    expect(scanFindings(buildSnapshot({ keys: [awsManaged], scanResults: [scan(), later] }))).toEqual([])
    expect(scanFindings(buildSnapshot({ keys: [awsManaged], scanResults: [later, scan()] }))).toEqual([])
  })
})

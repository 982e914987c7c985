import { describe, expect, it } from 'vitest'
import { runImportScan } from '@/lib/scanners/import-scan'
import { formatImportScanTable } from '@/lib/scanners/report-table'
import { PROWLER_OCSF, PROWLER_V2_ASFF, SERVERLESS_ARN, mergedFixture, scanFile } from './fixtures'

const ALL = [
  scanFile('prowler', PROWLER_OCSF),
  scanFile('prowler', PROWLER_V2_ASFF),
  scanFile('checkov', 'results_json-multi-framework.json'),
  scanFile('trivy', 'trivy-config.json'),
  scanFile('securityhub', 'get-findings.json'),
  scanFile('awsconfig', 'get-compliance-details-by-config-rule.json'),
]

describe('runImportScan', () => {
  it('re-grades every scanner fixture against the configuration facts: the per-scanner counts', () => {
    const report = runImportScan(ALL, mergedFixture())
    expect(report.files.map((f) => [f.format, f.findings])).toEqual([
      ['prowler-json-ocsf', 8],
      ['prowler-json-asff', 2],
      ['checkov-json', 6],
      ['trivy-json', 5],
      ['securityhub-get-findings', 5],
      ['awsconfig-compliance-details', 4],
    ])
    expect(report.summary).toEqual({
      prowler: { passesAccepted: 2, passesRegraded: 4, passesCannotRegrade: 2, fails: 2, other: 1, unmatched: 3 },
      checkov: { passesAccepted: 2, passesRegraded: 1, passesCannotRegrade: 1, fails: 1, other: 1, unmatched: 2 },
      trivy: { passesAccepted: 2, passesRegraded: 2, passesCannotRegrade: 0, fails: 1, other: 0, unmatched: 1 },
      securityhub: { passesAccepted: 0, passesRegraded: 1, passesCannotRegrade: 1, fails: 1, other: 1, unmatched: 1 },
      awsconfig: { passesAccepted: 0, passesRegraded: 1, passesCannotRegrade: 1, fails: 1, other: 1, unmatched: 2 },
    })
  })

  it('gives per finding the scanner, check, resource, status, re-grade and reason, with file and JSON path', () => {
    const report = runImportScan(ALL, mergedFixture())
    expect(report.rows[0]).toEqual({
      scanner: 'prowler',
      checkId: 'kafka_cluster_encryption_at_rest_uses_cmk',
      resourceRef: SERVERLESS_ARN,
      status: 'PASS',
      regrade: 'REGRADED_NOT_SELECTABLE',
      reason: 'PASS — key not customer-selectable',
      file: `prowler/${PROWLER_OCSF}`,
      path: '$[0]',
    })
    const row = (scanner: string, checkId: string, resourceRef: string) =>
      report.rows.find((r) => r.scanner === scanner && r.checkId === checkId && r.resourceRef === resourceRef)
    expect(row('prowler', 's3_bucket_kms_encryption', 'arn:aws:s3:::acme-kafka-tiered-prod')?.regrade).toBe(
      'REGRADED_PROVIDER_KEY',
    )
    expect(row('prowler', 'extra734', 'acme-kafka-tiered-prod')?.regrade).toBe('REGRADED_PROVIDER_KEY')
    expect(row('checkov', 'CKV_AWS_145', 'module.tiered.aws_s3_bucket.this')?.regrade).toBe('REGRADED_PROVIDER_KEY')
    expect(row('checkov', 'CKV_AWS_81', 'aws_msk_cluster.orders')?.regrade).toBe('ACCEPTED')
    expect(row('trivy', 'AVD-AWS-0132', 'module.tiered')?.regrade).toBe('REGRADED_PROVIDER_KEY')
    expect(row('securityhub', 'S3.17', 'arn:aws:s3:::acme-kafka-tiered-prod')?.regrade).toBe('REGRADED_PROVIDER_KEY')
    expect(
      row('awsconfig', 'securityhub-s3-bucket-server-side-encryption-enabled-7e6d5c4b', 'acme-kafka-wal-prod'),
    ).toMatchObject({ regrade: 'CANNOT_REGRADE', reason: 'cannot re-grade: key unknown' })
  })

  it('lists the at-rest findings on resources the review does not know', () => {
    const report = runImportScan(ALL, mergedFixture())
    expect(report.unmatched.map((u) => `${u.scanner} ${u.resourceRef}`)).toEqual([
      'prowler arn:aws:s3:::acme-kafka-logs',
      'prowler arn:aws:ec2:eu-west-1:111122223333:volume/vol-0a1b2c3d4e5f67890',
      'prowler acme-kafka-logs',
      'checkov aws_ebs_volume.broker_data',
      'checkov AWS::MSK::Cluster.OrdersCluster',
      'trivy aws_ebs_volume.broker_data',
      'securityhub arn:aws:ec2:eu-west-1:111122223333:volume/vol-0a1b2c3d4e5f67890',
      'awsconfig acme-kafka-logs',
      'awsconfig acme-kafka-scratch',
    ])
  })

  it('without configuration, matches nothing: every at-rest pass cannot be re-graded', () => {
    const report = runImportScan([scanFile('prowler', PROWLER_OCSF)], null)
    expect(report.summary.prowler).toEqual({
      passesAccepted: 1,
      passesRegraded: 0,
      passesCannotRegrade: 5,
      fails: 1,
      other: 1,
      unmatched: 6,
    })
  })

  it('throws for a malformed file, naming it', () => {
    expect(() => runImportScan([scanFile('prowler', PROWLER_OCSF), { name: 'bad.json', text: '{' }], null)).toThrow(
      /^bad\.json: not valid JSON or JSON Lines/,
    )
  })
})

describe('formatImportScanTable', () => {
  it('prints the files, one line per finding, the per-scanner counts and the unmatched list', () => {
    const text = formatImportScanTable(runImportScan(ALL.slice(0, 2), mergedFixture()))
    const lines = text.split('\n')
    expect(lines[0]).toBe(`prowler/${PROWLER_OCSF}: prowler-json-ocsf, 8 findings`)
    expect(lines[3]).toMatch(/^SCANNER +CHECK +RESOURCE +STATUS +RE-GRADE +REASON$/)
    expect(lines[4]).toMatch(
      /^prowler +kafka_cluster_encryption_at_rest_uses_cmk +….+-s1 +PASS +REGRADED_NOT_SELECTABLE +PASS — key not customer-selectable$/,
    )
    expect(text).toContain(
      'prowler: 2 passes accepted, 3 re-graded, 2 cannot be re-graded, 2 fails, 1 other; 3 unmatched',
    )
    expect(text).toContain(`  prowler extra734 acme-kafka-logs (prowler/${PROWLER_V2_ASFF} $[1])`)
  })
})

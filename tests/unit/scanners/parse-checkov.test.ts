import { describe, expect, it } from 'vitest'
import { parseScanText } from '@/lib/scanners/parse-scan'
import { fixtureJson, scanFile } from './fixtures'

const parse = (name: string) => {
  const f = scanFile('checkov', name)
  return parseScanText(f.name, f.text)
}

describe('checkov -o json', () => {
  it('reads one report: passed, failed and skipped checks with their Terraform addresses and JSON paths', () => {
    const scan = parse('results_json.json')
    expect(scan.format).toBe('checkov-json')
    expect(scan.findings.map((f) => [f.checkId, f.resourceRef, f.resourceType, f.status, f.path])).toEqual([
      ['CKV_AWS_81', 'aws_msk_cluster.orders', 'aws_msk_cluster', 'PASS', '$.results.passed_checks[0]'],
      ['CKV_AWS_145', 'module.tiered.aws_s3_bucket.this', 'aws_s3_bucket', 'PASS', '$.results.passed_checks[1]'],
      ['CKV_AWS_21', 'module.tiered.aws_s3_bucket.this', 'aws_s3_bucket', 'PASS', '$.results.passed_checks[2]'],
      ['CKV_AWS_189', 'aws_ebs_volume.broker_data', 'aws_ebs_volume', 'FAIL', '$.results.failed_checks[0]'],
      ['CKV_AWS_144', 'module.tiered.aws_s3_bucket.this', 'aws_s3_bucket', 'OTHER', '$.results.skipped_checks[0]'],
    ])
    expect(scan.findings[0].title).toBe('Ensure MSK Cluster encryption in rest and transit is enabled')
    expect(scan.findings[4].rawStatus).toBe('SKIPPED')
  })

  it('reads the array checkov prints when several frameworks ran, with a CloudFormation resource', () => {
    const scan = parse('results_json-multi-framework.json')
    expect(scan.findings).toHaveLength(6)
    expect(scan.findings[5]).toMatchObject({
      scanner: 'checkov',
      checkId: 'CKV_AWS_81',
      resourceRef: 'AWS::MSK::Cluster.OrdersCluster',
      resourceType: 'AWS::MSK::Cluster',
      path: '$[1].results.passed_checks[0]',
    })
  })

  it('prefers resource_address (the full address, e.g. in a plan) over resource', () => {
    const doc = fixtureJson('checkov', 'results_json.json') as {
      results: { passed_checks: Record<string, unknown>[] }
    }
    doc.results.passed_checks[1].resource_address = 'module.tiered.aws_s3_bucket.this[0]'
    const scan = parseScanText('plan.json', JSON.stringify(doc))
    expect(scan.findings[1].resourceRef).toBe('module.tiered.aws_s3_bucket.this[0]')
  })

  it('reads --quiet output, which has only failed_checks', () => {
    const doc = fixtureJson('checkov', 'results_json.json') as { results: Record<string, unknown> }
    doc.results = { failed_checks: doc.results.failed_checks }
    expect(parseScanText('quiet.json', JSON.stringify(doc)).findings.map((f) => f.checkId)).toEqual(['CKV_AWS_189'])
  })

  it('reads the summary-only object of a run that scanned nothing as no findings', () => {
    const scan = parse('results_json-nothing-scanned.json')
    expect(scan).toEqual({ file: 'checkov/results_json-nothing-scanned.json', format: 'checkov-json', findings: [] })
  })

  it('rejects a report whose check lacks check_id, naming the file, the format and the record', () => {
    const doc = fixtureJson('checkov', 'results_json-multi-framework.json') as {
      results: { failed_checks: Record<string, unknown>[] }
    }[]
    delete doc[0].results.failed_checks[0].check_id
    expect(() => parseScanText('checkov.json', JSON.stringify(doc))).toThrow(
      /^checkov\.json: looks like checkov -o json output \(report \$\[0\]\) but is malformed at \$\.results\.failed_checks\[0\]\.check_id: /,
    )
  })
})

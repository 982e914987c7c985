import { describe, expect, it } from 'vitest'
import { parseScanText } from '@/lib/scanners/parse-scan'
import { SERVERLESS_ARN, fixtureJson, scanFile } from './fixtures'

const parse = (tool: string, name: string) => {
  const f = scanFile(tool, name)
  return parseScanText(f.name, f.text)
}

describe('aws securityhub get-findings', () => {
  it('reads control ids from SecurityControlId, from ProductFields.ControlId, and keeps Prowler findings as Prowler', () => {
    const scan = parse('securityhub', 'get-findings.json')
    expect(scan.format).toBe('securityhub-get-findings')
    expect(scan.findings.map((f) => [f.scanner, f.checkId, f.status, f.path])).toEqual([
      ['securityhub', 'S3.17', 'PASS', '$.Findings[0]'],
      ['securityhub', 'S3.17', 'OTHER', '$.Findings[1]'],
      ['securityhub', 'EC2.3', 'PASS', '$.Findings[2]'],
      ['securityhub', 'MSK.1', 'FAIL', '$.Findings[3]'],
      ['prowler', 'kafka_cluster_encryption_at_rest_uses_cmk', 'PASS', '$.Findings[4]'],
    ])
    expect(scan.findings[1].rawStatus).toBe('NOT_AVAILABLE')
    expect(scan.findings[4].resourceRef).toBe(SERVERLESS_ARN)
  })

  it('falls back to the GeneratorId forms security-control/<id> and <standard>/v/<version>/<id>', () => {
    const doc = fixtureJson('securityhub', 'get-findings.json') as {
      Findings: { Compliance: Record<string, unknown>; ProductFields: Record<string, unknown> }[]
    }
    delete doc.Findings[0].Compliance.SecurityControlId
    delete doc.Findings[2].ProductFields.ControlId
    const ids = parseScanText('sh.json', JSON.stringify(doc)).findings.map((f) => f.checkId)
    expect(ids.slice(0, 3)).toEqual(['S3.17', 'S3.17', 'EC2.3'])
  })

  it('rejects a finding without GeneratorId, naming the file and the format', () => {
    const doc = fixtureJson('securityhub', 'get-findings.json') as { Findings: Record<string, unknown>[] }
    delete doc.Findings[3].GeneratorId
    expect(() => parseScanText('sh.json', JSON.stringify(doc))).toThrow(
      /^sh\.json: looks like aws securityhub get-findings output \(record \$\.Findings\[3\]\) but is malformed at \$\.GeneratorId: /,
    )
  })
})

describe('aws configservice get-compliance-details-by-config-rule', () => {
  it('reads EvaluationResults: rule name as check id, ResourceId, ResourceType and ComplianceType', () => {
    const scan = parse('awsconfig', 'get-compliance-details-by-config-rule.json')
    expect(scan.format).toBe('awsconfig-compliance-details')
    expect(scan.findings.map((f) => [f.resourceRef, f.resourceType, f.status, f.rawStatus])).toEqual([
      ['acme-kafka-tiered-prod', 'AWS::S3::Bucket', 'PASS', undefined],
      ['acme-kafka-wal-prod', 'AWS::S3::Bucket', 'PASS', undefined],
      ['acme-kafka-logs', 'AWS::S3::Bucket', 'FAIL', undefined],
      ['acme-kafka-scratch', 'AWS::S3::Bucket', 'OTHER', 'NOT_APPLICABLE'],
    ])
    expect(scan.findings[0]).toMatchObject({
      scanner: 'awsconfig',
      checkId: 'securityhub-s3-bucket-server-side-encryption-enabled-7e6d5c4b',
      path: '$.EvaluationResults[0]',
    })
  })

  it('rejects a result without ComplianceType, naming the file and the format', () => {
    const doc = fixtureJson('awsconfig', 'get-compliance-details-by-config-rule.json') as {
      EvaluationResults: Record<string, unknown>[]
    }
    delete doc.EvaluationResults[1].ComplianceType
    expect(() => parseScanText('config.json', JSON.stringify(doc))).toThrow(
      /^config\.json: looks like aws configservice get-compliance-details-by-config-rule output but is malformed at \$\.EvaluationResults\[1\]\.ComplianceType: /,
    )
  })
})

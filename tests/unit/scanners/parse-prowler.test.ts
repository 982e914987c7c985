import { describe, expect, it } from 'vitest'
import { parseScanText } from '@/lib/scanners/parse-scan'
import {
  ORDERS_ARN,
  PROWLER_ASFF,
  PROWLER_OCSF,
  PROWLER_OCSF_JSONL,
  PROWLER_V2_ASFF,
  SERVERLESS_ARN,
  fixtureJson,
  scanFile,
} from './fixtures'

const parse = (name: string) => {
  const f = scanFile('prowler', name)
  return parseScanText(f.name, f.text)
}

describe('Prowler json-ocsf', () => {
  it('reads a Prowler 5 array: check id from metadata.event_code, ARN from resources[0].uid, region, status', () => {
    const scan = parse(PROWLER_OCSF)
    expect(scan.format).toBe('prowler-json-ocsf')
    expect(scan.findings).toHaveLength(8)
    expect(scan.findings[0]).toMatchObject({
      scanner: 'prowler',
      checkId: 'kafka_cluster_encryption_at_rest_uses_cmk',
      resourceRef: SERVERLESS_ARN,
      resourceType: 'AwsMskCluster',
      region: 'eu-west-1',
      status: 'PASS',
      title: 'Kafka cluster has encryption at rest enabled with a customer managed key (CMK) or is serverless',
      path: '$[0]',
    })
    expect(scan.findings[5]).toMatchObject({ checkId: 's3_bucket_kms_encryption', status: 'FAIL', path: '$[5]' })
    expect(scan.findings[7]).toMatchObject({ status: 'OTHER', rawStatus: 'MANUAL' })
  })

  it('reads JSON Lines into the same findings as the JSON array, with the line of each record', () => {
    const fromArray = parse(PROWLER_OCSF).findings
    const fromLines = parse(PROWLER_OCSF_JSONL).findings
    const withoutLine = (fs: typeof fromArray) => fs.map((f) => ({ ...f, line: undefined }))
    expect(withoutLine(fromLines)).toEqual(withoutLine(fromArray))
    expect(fromLines.map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(fromArray.every((f) => f.line === undefined)).toBe(true)
  })

  it('reads Prowler 4.0 output, which has no event_code, taking the check id from finding_info.uid', () => {
    const doc = fixtureJson('prowler', 'prowler-4.0.ocsf.json') as { metadata: object }[]
    expect(doc[0].metadata).not.toHaveProperty('event_code')
    const scan = parse('prowler-4.0.ocsf.json')
    expect(scan.findings.map((f) => [f.checkId, f.resourceRef, f.status])).toEqual([
      ['kafka_cluster_encryption_at_rest_uses_cmk', SERVERLESS_ARN, 'PASS'],
      ['s3_bucket_kms_encryption', 'arn:aws:s3:::acme-kafka-tiered-prod', 'PASS'],
    ])
  })

  it('reads Prowler 3 OCSF Security Findings: finding.uid, status Success/Failure, metadata.product.feature.uid', () => {
    const scan = parse('prowler-3.ocsf.json')
    expect(scan.format).toBe('prowler-json-ocsf')
    expect(scan.findings.map((f) => [f.checkId, f.resourceRef, f.status, f.region])).toEqual([
      ['s3_bucket_kms_encryption', 'arn:aws:s3:::acme-kafka-tiered-prod', 'PASS', 'eu-west-1'],
      ['s3_bucket_kms_encryption', 'arn:aws:s3:::acme-kafka-logs', 'FAIL', 'eu-west-1'],
    ])
  })

  it('rejects an OCSF record without status_code, naming the file, the format and the field', () => {
    const doc = fixtureJson('prowler', PROWLER_OCSF) as Record<string, unknown>[]
    delete doc[2].status_code
    expect(() => parseScanText('scan.ocsf.json', JSON.stringify(doc))).toThrow(
      /^scan\.ocsf\.json: looks like Prowler json-ocsf \(record \$\[2\]\) but is malformed at \$\.status_code: /,
    )
  })
})

describe('Prowler json-asff', () => {
  it('reads a Prowler 5 ASFF array: check id from GeneratorId, ARN from Resources[0].Id, Compliance.Status', () => {
    const scan = parse(PROWLER_ASFF)
    expect(scan.format).toBe('prowler-json-asff')
    expect(scan.findings.map((f) => [f.scanner, f.checkId, f.resourceRef, f.status, f.region])).toEqual([
      ['prowler', 'kafka_cluster_encryption_at_rest_uses_cmk', SERVERLESS_ARN, 'PASS', 'eu-west-1'],
      ['prowler', 'kafka_cluster_encryption_at_rest_uses_cmk', ORDERS_ARN, 'PASS', 'eu-west-1'],
      ['prowler', 's3_bucket_kms_encryption', 'arn:aws:s3:::acme-kafka-tiered-prod', 'PASS', 'eu-west-1'],
    ])
  })

  it('reads Prowler 2 json-asff, one finding per line, with the bucket name as the resource id', () => {
    const scan = parse(PROWLER_V2_ASFF)
    expect(scan.format).toBe('prowler-json-asff')
    expect(scan.findings.map((f) => [f.checkId, f.resourceRef, f.status, f.line, f.path])).toEqual([
      ['extra734', 'acme-kafka-tiered-prod', 'PASS', 1, '$[0]'],
      ['extra734', 'acme-kafka-logs', 'FAIL', 2, '$[1]'],
    ])
  })

  it('rejects an ASFF record without Resources[0].Id, naming the file and the format', () => {
    const doc = fixtureJson('prowler', PROWLER_ASFF) as { Resources: Record<string, unknown>[] }[]
    delete doc[1].Resources[0].Id
    expect(() => parseScanText('out.asff.json', JSON.stringify(doc))).toThrow(
      /^out\.asff\.json: looks like Prowler json-asff \(record \$\[1\]\) but is malformed at \$\.Resources\[0\]\.Id: /,
    )
  })

  it('names the line of a JSON Lines file that is not JSON', () => {
    const lines = scanFile('prowler', PROWLER_V2_ASFF).text.split('\n')
    lines[1] = lines[1].slice(0, 40)
    expect(() => parseScanText('v2.asff.json', lines.join('\n'))).toThrow(
      /^v2\.asff\.json: not valid JSON or JSON Lines \(line 2 is not JSON\); expected Prowler json-ocsf or json-asff/,
    )
  })
})

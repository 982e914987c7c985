import { describe, expect, it } from 'vitest'
import type { ScanFinding } from '@/lib/scanners/finding'
import type { ResourceFact } from '@/lib/scanners/match'
import { REASONS, listUnmatched, regradeFindings, summarizeByScanner } from '@/lib/scanners/regrade'
import { ORDERS_ARN, SERVERLESS_ARN } from './fixtures'

const finding = (over: Partial<ScanFinding>): ScanFinding => ({
  scanner: 'prowler',
  checkId: 'kafka_cluster_encryption_at_rest_uses_cmk',
  resourceRef: ORDERS_ARN,
  status: 'PASS',
  path: '$[0]',
  ...over,
})
const fact = (over: Partial<ResourceFact>): ResourceFact => ({
  refs: [ORDERS_ARN],
  locationName: 'orders-prod',
  model: 'CUSTOMER_MANAGED',
  keySelectable: true,
  keyRef: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  ...over,
})
const one = (f: ScanFinding, facts: ResourceFact[]) => regradeFindings([f], facts)[0]

describe('regradeFindings', () => {
  it('re-grades a PASS on a provider-managed key (s3_bucket_kms_encryption on aws/s3) as REGRADED_PROVIDER_KEY', () => {
    const r = one(finding({ checkId: 's3_bucket_kms_encryption', resourceRef: 'arn:aws:s3:::tiered' }), [
      fact({
        refs: ['arn:aws:s3:::tiered'],
        locationName: 'Tiered segments',
        model: 'PROVIDER_MANAGED',
        keySelectable: null,
      }),
    ])
    expect(r).toMatchObject({
      regrade: 'REGRADED_PROVIDER_KEY',
      matched: true,
      atRest: true,
      locationName: 'Tiered segments',
    })
    expect(r.reason).toBe('PASS — encrypted, but under a provider-managed key: not customer-owned')
  })

  it('treats a provider-owned key (SSE-S3) like a provider-managed one', () => {
    const r = one(finding({ checkId: 'CKV_AWS_19', scanner: 'checkov', resourceRef: 'aws_s3_bucket.wal' }), [
      fact({ refs: ['terraform:aws_s3_bucket.wal'], model: 'PROVIDER_OWNED', keySelectable: null }),
    ])
    expect(r.regrade).toBe('REGRADED_PROVIDER_KEY')
  })

  it("re-grades Prowler's PASS on MSK Serverless as REGRADED_NOT_SELECTABLE, before the provider-key rule", () => {
    const r = one(finding({ resourceRef: SERVERLESS_ARN }), [
      fact({
        refs: [SERVERLESS_ARN],
        locationName: 'events-serverless',
        model: 'PROVIDER_OWNED',
        keySelectable: false,
      }),
    ])
    expect(r.regrade).toBe('REGRADED_NOT_SELECTABLE')
    expect(r.reason).toBe('PASS — key not customer-selectable')
  })

  it('cannot re-grade a PASS on a matched resource whose key model is UNKNOWN', () => {
    const r = one(finding({}), [fact({ model: 'UNKNOWN', keySelectable: null, keyRef: undefined })])
    expect(r).toMatchObject({ regrade: 'CANNOT_REGRADE', matched: true, reason: 'cannot re-grade: key unknown' })
  })

  it('accepts a PASS on a customer key and names the key', () => {
    for (const model of ['CUSTOMER_MANAGED', 'BYOK', 'HYOK'] as const) {
      const r = one(finding({}), [fact({ model })])
      expect(r.regrade).toBe('ACCEPTED')
      expect(r.reason).toBe(
        `PASS — customer key confirmed (${model} arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab)`,
      )
    }
  })

  it('lists an ARN that matches no location as unmatched and cannot re-grade it', () => {
    const other = 'arn:aws:kafka:eu-west-1:111122223333:cluster/other/0000-1'
    const results = regradeFindings([finding({ resourceRef: other }), finding({})], [fact({})])
    expect(results[0]).toMatchObject({ matched: false, regrade: 'CANNOT_REGRADE', reason: REASONS.unmatched })
    expect(results[0].reason).toBe('no location or key in the review matches this resource')
    expect(listUnmatched(results).map((r) => r.resourceRef)).toEqual([other])
  })

  it('keeps a FAIL as FAILED, matched or not', () => {
    expect(one(finding({ status: 'FAIL' }), [fact({ model: 'PROVIDER_MANAGED' })])).toMatchObject({
      regrade: 'FAILED',
      matched: true,
      reason: REASONS.failed,
    })
    expect(one(finding({ status: 'FAIL' }), []).regrade).toBe('FAILED')
  })

  it('keeps the verdict of a check that is not about encryption at rest, saying so', () => {
    const transit = finding({ checkId: 'kafka_cluster_in_transit_encryption_enabled' })
    const facts = [fact({ model: 'PROVIDER_MANAGED' })]
    expect(one(transit, facts)).toMatchObject({
      atRest: false,
      regrade: 'ACCEPTED',
      reason: 'not an at-rest encryption check: PASS kept',
    })
    expect(one({ ...transit, status: 'FAIL' }, facts)).toMatchObject({
      regrade: 'FAILED',
      reason: 'not an at-rest encryption check: FAIL kept',
    })
    expect(listUnmatched(regradeFindings([transit], []))).toEqual([])
  })

  it('cannot re-grade a finding that is neither PASS nor FAIL, and names the scanner status', () => {
    const r = one(finding({ status: 'OTHER', rawStatus: 'MANUAL' }), [fact({})])
    expect(r).toMatchObject({
      regrade: 'CANNOT_REGRADE',
      reason: 'no PASS or FAIL to re-grade (scanner status MANUAL)',
    })
  })

  it('cannot re-grade when several matching locations disagree on the key, and names them', () => {
    const r = one(finding({ scanner: 'trivy', checkId: 'AVD-AWS-0088', resourceRef: 'module.data' }), [
      fact({ refs: ['terraform:module.data.aws_s3_bucket.a'], locationName: 'a', model: 'CUSTOMER_MANAGED' }),
      fact({ refs: ['terraform:module.data.aws_s3_bucket.b'], locationName: 'b', model: 'PROVIDER_MANAGED' }),
    ])
    expect(r).toMatchObject({
      matched: true,
      regrade: 'CANNOT_REGRADE',
      reason: 'several locations match this resource and disagree on its key: a, b',
    })
  })
})

describe('summarizeByScanner', () => {
  it('counts per scanner passes accepted, re-graded and not re-gradable, fails, other and unmatched', () => {
    const facts = [
      fact({}),
      fact({ refs: [SERVERLESS_ARN], locationName: 'serverless', model: 'PROVIDER_OWNED', keySelectable: false }),
      fact({ refs: ['arn:aws:s3:::tiered'], locationName: 'tiered', model: 'PROVIDER_MANAGED', keySelectable: null }),
    ]
    const results = regradeFindings(
      [
        finding({}),
        finding({ resourceRef: SERVERLESS_ARN }),
        finding({ checkId: 's3_bucket_kms_encryption', resourceRef: 'arn:aws:s3:::tiered' }),
        finding({ checkId: 's3_bucket_kms_encryption', resourceRef: 'arn:aws:s3:::unknown' }),
        finding({ checkId: 's3_bucket_kms_encryption', resourceRef: 'arn:aws:s3:::logs', status: 'FAIL' }),
        finding({ checkId: 'account_maintain_current_contact_details', status: 'OTHER', rawStatus: 'MANUAL' }),
        finding({ scanner: 'awsconfig', checkId: 'encrypted-volumes', resourceRef: 'vol-1', status: 'PASS' }),
      ],
      facts,
    )
    expect(summarizeByScanner(results)).toEqual({
      prowler: { passesAccepted: 1, passesRegraded: 2, passesCannotRegrade: 1, fails: 1, other: 1, unmatched: 2 },
      awsconfig: { passesAccepted: 0, passesRegraded: 0, passesCannotRegrade: 1, fails: 0, other: 0, unmatched: 1 },
    })
  })
})

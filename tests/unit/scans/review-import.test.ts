import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { factsFromReview } from '@/lib/scanners/facts-from-review'
import { ScanParseError } from '@/lib/scanners/finding'
import { parseScanFiles, planScanImport } from '@/lib/scanners/review-import'

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures')
const file = (rel: string) => ({ name: path.basename(rel), text: fs.readFileSync(path.join(FIXTURES, rel), 'utf8') })
const PROWLER = 'scanners/prowler/prowler-output-111122223333-20250901120000.ocsf.json'
const ORDERS_ARN = 'arn:aws:kafka:eu-west-1:111122223333:cluster/orders-prod/2f1d7e3a-8c4b-4e8a-9d7c-1a2b3c4d5e6f-3'

const facts = factsFromReview({
  templateId: 'amazon-msk-provisioned',
  locations: [
    {
      id: 'loc-msk',
      name: 'Broker data volumes',
      kind: 'BLOCK_VOLUME',
      resourceRef: ORDERS_ARN,
      encryption: 'CUSTOMER_MANAGED',
      keyId: 'key-aws',
      inScope: true,
      cmkSupported: 'yes',
    },
  ],
  keys: [{ id: 'key-aws', keyRef: 'alias/aws/kafka', ownership: 'PROVIDER_MANAGED' }],
})

const planOf = (files: { name: string; text: string }[]) => planScanImport(parseScanFiles(files), facts)

describe('planScanImport', () => {
  it('matches the Prowler MSK pass to its location by ARN and re-grades it', () => {
    const plan = planOf([file(PROWLER)])
    expect(plan.files.map((f) => [f.file, f.format, f.results.length])).toEqual([
      ['prowler-output-111122223333-20250901120000.ocsf.json', 'prowler-json-ocsf', 8],
    ])
    const orders = plan.files[0].results.filter((r) => r.resourceRef === ORDERS_ARN)
    expect(orders.map((r) => [r.checkId, r.regrade, r.locationId])).toEqual([
      ['kafka_cluster_encryption_at_rest_uses_cmk', 'REGRADED_PROVIDER_KEY', 'loc-msk'],
      ['kafka_cluster_in_transit_encryption_enabled', 'ACCEPTED', 'loc-msk'],
    ])
  })

  it('lists at-rest findings on resources no location matches as unmatched, with no location id', () => {
    const results = planOf([file(PROWLER)]).files[0].results
    const unmatched = results.filter((r) => r.atRest && !r.matched)
    expect(unmatched.map((r) => r.resourceRef)).toContain('arn:aws:s3:::acme-kafka-tiered-prod')
    expect(unmatched.every((r) => r.locationId === null)).toBe(true)
  })

  it('counts per scanner: passes accepted, passes re-graded, fails', () => {
    const summary = planOf([file(PROWLER), file('scanners/checkov/results_json.json')]).summary
    expect(summary.prowler).toMatchObject({ passesAccepted: 1, passesRegraded: 1, fails: 1, other: 1 })
    expect(summary.checkov?.fails).toBe(1)
  })

  it('refuses the whole import when one file is malformed, naming that file and the formats expected', () => {
    const bad = { name: 'not-a-scan.json', text: '{"hello": "world"}' }
    let error: unknown
    try {
      parseScanFiles([file(PROWLER), bad])
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ScanParseError)
    expect((error as Error).message).toMatch(/^not-a-scan\.json: not a scanner output Keyproof reads/)
    expect((error as Error).message).toContain('expected Prowler json-ocsf or json-asff')
  })

  it('names every malformed file, one per line', () => {
    const a = { name: 'a.json', text: 'nope' }
    const b = { name: 'b.json', text: '[1]' }
    expect(() => parseScanFiles([a, b])).toThrow(/^a\.json: .*\nb\.json: /)
  })
})

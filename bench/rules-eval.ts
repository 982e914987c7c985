// Times evaluate() on a 5,000-location review. Run: npx tsx bench/rules-eval.ts [locations]
import { performance } from 'node:perf_hooks'
import type { Encryption, KeyOwnership, LocationKind, Rotation } from '@/lib/domain/enums'
import type { ReviewSnapshot, SnapshotKey, SnapshotLocation } from '@/lib/domain/review-snapshot'
import { evaluate } from '@/lib/rules'

const LOCATIONS = Number(process.argv[2] ?? 5_000)
const KEYS = 500
const RUNS = 50
const WARMUP = 10
const TARGET_MS = 50

const ENCRYPTIONS: Encryption[] = ['CUSTOMER_MANAGED', 'CUSTOMER_MANAGED', 'BYOK', 'PROVIDER_MANAGED', 'EXTERNAL', 'CLIENT_SIDE', 'NONE', 'UNKNOWN']
const OWNERSHIPS: KeyOwnership[] = ['CUSTOMER_MANAGED', 'BYOK', 'EXTERNAL', 'PROVIDER_MANAGED']
const ROTATIONS: Rotation[] = ['AUTOMATIC', 'MANUAL', 'NONE']
const KINDS: LocationKind[] = ['BLOCK_VOLUME', 'INTERNAL_TOPIC', 'OBJECT_STORAGE', 'METADATA_LOG', 'LOG_SINK', 'SNAPSHOT']
const REGIONS = ['eu-west-1', 'eu-central-1', 'europe-west1', 'westeurope', 'us-east-1', 'mars-north-1', null]
const REASONS = ['n/a', 'Holds only synthetic load-test data', '', 'Decommissioned in 2025, volumes deleted']

function buildReview(): ReviewSnapshot {
  const keys: SnapshotKey[] = Array.from({ length: KEYS }, (_, i) => ({
    id: `k${i}`, keyRef: `arn:aws:kms:eu-west-1:111122223333:key/k${i}`, service: 'AWS_KMS',
    ownership: OWNERSHIPS[i % OWNERSHIPS.length], rotation: ROTATIONS[i % ROTATIONS.length],
    rotationPeriodDays: 365, rotationValidatedAt: i % 4 === 0 ? null : new Date('2026-10-01'),
  }))
  const locations: SnapshotLocation[] = Array.from({ length: LOCATIONS }, (_, i) => {
    const inScope = i % 10 !== 0
    return {
      id: `l${i}`, kind: KINDS[i % KINDS.length], name: `Location ${i}`, region: REGIONS[i % REGIONS.length],
      holds: ['RECORDS'], encryption: ENCRYPTIONS[i % ENCRYPTIONS.length], keyId: i % 7 === 0 ? null : `k${i % KEYS}`,
      inScope, exclusionReason: inScope ? null : REASONS[i % REASONS.length], cloudAccountId: i % 3 === 0 ? 'a1' : null,
      cmkSupported: (['yes', 'no', 'partial', 'unknown', null] as const)[i % 5],
    }
  })
  return {
    id: 'bench', deploymentModel: 'BYOC', keyRequirement: 'BYOK', templateId: 'apache-kafka-self-managed',
    allowedJurisdictions: ['EU'], regions: ['eu-west-1'],
    cloudAccounts: [{ id: 'a1', provider: 'AWS', accountRef: '111122223333', controlledBy: 'CUSTOMER', region: 'eu-west-1' }],
    locations, keys,
    exceptions: Array.from({ length: 1_000 }, (_, i) => ({
      id: `x${i}`, findingCode: 'KA-BELOW-REQUIREMENT', targetRef: `location:l${i * 5}`,
      expiresAt: new Date(i % 2 ? '2027-06-01' : '2026-01-01'), revokedAt: null,
    })),
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]

const review = buildReview()
const now = new Date('2026-11-26T12:00:00Z')
let findings = 0
for (let i = 0; i < WARMUP; i++) findings = evaluate(review, now).length
const timings: number[] = []
for (let i = 0; i < RUNS; i++) {
  const start = performance.now()
  evaluate(review, now)
  timings.push(performance.now() - start)
}
timings.sort((a, b) => a - b)
const median = percentile(timings, 0.5)
const p95 = percentile(timings, 0.95)
console.log(`evaluate: ${LOCATIONS} locations, ${KEYS} keys, ${review.exceptions.length} exceptions -> ${findings} findings`)
console.log(`runs ${RUNS} (after ${WARMUP} warm-up): median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${timings.at(-1)!.toFixed(2)} ms (target < ${TARGET_MS} ms)`)
if (p95 >= TARGET_MS) process.exitCode = 1

// Times evaluate() on a 5,000-location review with its gate records (the catalog's requests,
// ~500 evidence, ~50 drills). Run: npx tsx bench/rules-eval.ts [locations]
import { performance } from 'node:perf_hooks'
import type { Encryption, KeyOwnership, LocationKind, Rotation } from '@/lib/domain/enums'
import { requestsForNewReview } from '@/lib/domain/gate-catalog'
import { DRILL_OUTCOMES, DRILL_SCENARIOS, REQUEST_STATUSES } from '@/lib/domain/gate-enums'
import type {
  ReviewSnapshot,
  SnapshotDrill,
  SnapshotEvidence,
  SnapshotKey,
  SnapshotLocation,
  SnapshotRequest,
} from '@/lib/domain/review-snapshot'
import { evaluate } from '@/lib/rules'

const LOCATIONS = Number(process.argv[2] ?? 5_000)
const KEYS = 500
const EVIDENCE = 500
const DRILLS = 50
const RUNS = 50
const WARMUP = 10
const TARGET_MS = 50

const ENCRYPTIONS: Encryption[] = [
  'CUSTOMER_MANAGED',
  'CUSTOMER_MANAGED',
  'BYOK',
  'PROVIDER_MANAGED',
  'EXTERNAL',
  'CLIENT_SIDE',
  'NONE',
  'UNKNOWN',
]
const OWNERSHIPS: KeyOwnership[] = ['CUSTOMER_MANAGED', 'BYOK', 'EXTERNAL', 'PROVIDER_MANAGED']
const ROTATIONS: Rotation[] = ['AUTOMATIC', 'MANUAL', 'NONE']
const KINDS: LocationKind[] = [
  'BLOCK_VOLUME',
  'INTERNAL_TOPIC',
  'OBJECT_STORAGE',
  'METADATA_LOG',
  'LOG_SINK',
  'SNAPSHOT',
]
const REGIONS = ['eu-west-1', 'eu-central-1', 'europe-west1', 'westeurope', 'us-east-1', 'mars-north-1', null]
const REASONS = ['n/a', 'Holds only synthetic load-test data', '', 'Decommissioned in 2025, volumes deleted']

function buildReview(): ReviewSnapshot {
  const keys: SnapshotKey[] = Array.from({ length: KEYS }, (_, i) => ({
    id: `k${i}`,
    keyRef: `arn:aws:kms:eu-west-1:111122223333:key/k${i}`,
    service: 'AWS_KMS',
    ownership: OWNERSHIPS[i % OWNERSHIPS.length],
    rotation: ROTATIONS[i % ROTATIONS.length],
    rotationPeriodDays: 365,
    rotationValidatedAt: i % 4 === 0 ? null : new Date('2026-10-01'),
  }))
  const locations: SnapshotLocation[] = Array.from({ length: LOCATIONS }, (_, i) => {
    const inScope = i % 10 !== 0
    return {
      id: `l${i}`,
      kind: KINDS[i % KINDS.length],
      name: `Location ${i}`,
      region: REGIONS[i % REGIONS.length],
      holds: ['RECORDS'],
      encryption: ENCRYPTIONS[i % ENCRYPTIONS.length],
      keyId: i % 7 === 0 ? null : `k${i % KEYS}`,
      inScope,
      exclusionReason: inScope ? null : REASONS[i % REASONS.length],
      cloudAccountId: i % 3 === 0 ? 'a1' : null,
      cmkSupported: (['yes', 'no', 'partial', 'unknown', null] as const)[i % 5],
    }
  })
  const requests: SnapshotRequest[] = requestsForNewReview().map((request, i) => ({
    id: `q${i}`,
    gate: request.gate,
    code: request.code,
    title: request.title,
    required: request.required,
    status: REQUEST_STATUSES[i % REQUEST_STATUSES.length],
    assigneeId: i % 3 ? 'u1' : null,
    dueDate: new Date('2026-12-01'),
  }))
  const evidence: SnapshotEvidence[] = Array.from({ length: EVIDENCE }, (_, i) => ({
    id: `e${i}`,
    kind: 'FILE',
    title: `Evidence ${i}`,
    expiresAt: i % 3 === 0 ? null : new Date(Date.UTC(2026, 9 + (i % 4), 1 + (i % 28))),
    supersededById: i % 10 === 0 ? `e${i + 1}` : null,
    requestIds: [`q${i % requests.length}`],
    locationIds: i % 2 ? [`l${i}`, `l${i + 1}`] : [],
    keyIds: i % 5 === 0 ? [`k${i % KEYS}`] : [],
    drillIds: i % 7 === 0 ? [`d${i % DRILLS}`] : [],
  }))
  const drills: SnapshotDrill[] = Array.from({ length: DRILLS }, (_, i) => ({
    id: `d${i}`,
    scenario: DRILL_SCENARIOS[i % DRILL_SCENARIOS.length],
    outcome: DRILL_OUTCOMES[i % DRILL_OUTCOMES.length],
    performedOn: new Date(Date.UTC(2025, i % 12, 1 + (i % 28))),
    timeToRestoreMinutes: i % 4 ? 15 + i : null,
  }))
  return {
    requests,
    evidence,
    drills,
    costLines: Array.from({ length: 20 }, (_, i) => ({
      id: `c${i}`,
      category: 'STORAGE' as const,
      monthlyAmount: 100 + i,
      currency: i % 5 ? 'EUR' : 'USD',
      pricingVerifiedOn: i % 3 ? new Date('2026-09-01') : null,
    })),
    compatibilityChecks: Array.from({ length: 30 }, (_, i) => ({
      id: `cc${i}`,
      component: `client-${i}`,
      result: (['PASS', 'PARTIAL', 'FAIL', 'NOT_TESTED'] as const)[i % 4],
    })),
    migrationSteps: Array.from({ length: 12 }, (_, i) => ({
      id: `m${i}`,
      kind: 'OTHER' as const,
      status: i === 5 ? ('BLOCKED' as const) : ('PLANNED' as const),
    })),
    id: 'bench',
    deploymentModel: 'BYOC',
    keyRequirement: 'BYOK',
    templateId: 'apache-kafka-self-managed',
    allowedJurisdictions: ['EU'],
    regions: ['eu-west-1'],
    cloudAccounts: [
      { id: 'a1', provider: 'AWS', accountRef: '111122223333', controlledBy: 'CUSTOMER', region: 'eu-west-1' },
    ],
    locations,
    keys,
    exceptions: Array.from({ length: 1_000 }, (_, i) => ({
      id: `x${i}`,
      findingCode: 'KA-BELOW-REQUIREMENT',
      targetRef: `location:l${i * 5}`,
      expiresAt: new Date(i % 2 ? '2027-06-01' : '2026-01-01'),
      revokedAt: null,
    })),
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]

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
console.log(
  `evaluate: ${LOCATIONS} locations, ${KEYS} keys, ${review.exceptions.length} exceptions, ${review.requests!.length} requests, ${review.evidence!.length} evidence, ${review.drills!.length} drills -> ${findings} findings`,
)
console.log(
  `runs ${RUNS} (after ${WARMUP} warm-up): median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${timings.at(-1)!.toFixed(2)} ms (target < ${TARGET_MS} ms)`,
)
if (p95 >= TARGET_MS) process.exitCode = 1

// The numbers behind the review overview's charts (web page, report page and PDF draw the same data):
// gate status, key-model coverage of in-scope locations, evidence freshness and findings by severity.
import { GATES, SEVERITIES, type Encryption, type Gate, type KeyOwnership, type Severity } from './enums'
import { addDays } from './dates'
import { effectiveKeyModel, encryptionNeedsKey } from './key-model'
import { gateStatusOf, type GateStatus, type SignOffStatus } from './gate-status'
import type { GateReadiness } from './gate-readiness'
import type { SnapshotEvidence, SnapshotRequest } from './review-snapshot'
import { isOpenBlocker, type Finding } from '@/lib/rules/finding'
import { EVIDENCE_EXPIRY_WARNING_DAYS } from '@/lib/rules/evidence-expiry'

export const GATE_STATUS_ORDER: readonly GateStatus[] = ['SIGNED', 'READY_TO_SIGN', 'BLOCKED', 'IN_PROGRESS', 'STALE']

export const COVERAGE_MODELS = ['CUSTOMER', 'PROVIDER', 'UNKNOWN', 'UNENCRYPTED'] as const
export type CoverageModel = (typeof COVERAGE_MODELS)[number]
export const COVERAGE_MODEL_LABELS: Record<CoverageModel, string> = {
  CUSTOMER: 'Customer-controlled key',
  PROVIDER: 'Provider-managed key',
  UNKNOWN: 'Unknown',
  UNENCRYPTED: 'Unencrypted',
}

export const isCoverageModel = (value: unknown): value is CoverageModel =>
  typeof value === 'string' && (COVERAGE_MODELS as readonly string[]).includes(value)

export const FRESHNESS = ['CURRENT', 'EXPIRING', 'EXPIRED'] as const
export type Freshness = (typeof FRESHNESS)[number]
export const FRESHNESS_LABELS: Record<Freshness, string> = {
  CURRENT: 'Current',
  EXPIRING: `Expiring within ${EVIDENCE_EXPIRY_WARNING_DAYS} days`,
  EXPIRED: 'Expired',
}

/**
 * The key model a location is protected by, in four buckets. A model that needs a key from the
 * register (CMK, BYOK, HYOK, client-side) counts as customer-controlled only once one is mapped:
 * until then it is a claim the review cannot judge, so UNKNOWN.
 */
export function coverageModelOf(encryption: Encryption, key: { ownership: KeyOwnership } | null): CoverageModel {
  const model = effectiveKeyModel(encryption, key?.ownership ?? null)
  if (model === null) return 'UNKNOWN'
  if (model === 'NONE') return 'UNENCRYPTED'
  if (model === 'PROVIDER_MANAGED') return 'PROVIDER'
  return encryptionNeedsKey(encryption) && !key ? 'UNKNOWN' : 'CUSTOMER'
}

export function freshnessOf(expiresAt: Date | null, now: Date): Freshness {
  if (!expiresAt) return 'CURRENT'
  if (expiresAt.getTime() < now.getTime()) return 'EXPIRED'
  return expiresAt.getTime() <= addDays(now, EVIDENCE_EXPIRY_WARNING_DAYS).getTime() ? 'EXPIRING' : 'CURRENT'
}

export interface OverviewInput {
  locations: { id: string; encryption: Encryption; keyId: string | null; inScope: boolean }[]
  keys: { id: string; ownership: KeyOwnership }[]
  requests: Pick<SnapshotRequest, 'id' | 'gate'>[]
  evidence: Omit<SnapshotEvidence, 'kind' | 'title'>[]
  findings: readonly Finding[]
  readiness: readonly GateReadiness[]
  signOffStatus: Partial<Record<Gate, SignOffStatus>>
}

export interface GateBar {
  gate: Gate
  status: GateStatus
  openBlockers: number
  requiredSettled: number
  requiredTotal: number
}

export interface OverviewCharts {
  gates: GateBar[]
  gateStatusCounts: Record<GateStatus, number>
  coverage: { inScope: number; excluded: number; counts: Record<CoverageModel, number> }
  /** Current (not superseded) evidence only; `byGate` counts a piece once per gate it serves. */
  evidence: {
    total: number
    counts: Record<Freshness, number>
    byGate: { gate: Gate; counts: Record<Freshness, number> }[]
  }
  findings: {
    total: number
    counts: Record<Severity, number>
    acceptedRisks: number
    byGate: { gate: Gate; counts: Record<Severity, number> }[]
  }
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>

/** Which gates a piece of evidence serves: its requests' gates and the gates of what else it is linked to. */
function gatesServed(evidence: OverviewInput['evidence'][number], requestGate: Map<string, Gate>): Set<Gate> {
  const gates = new Set<Gate>()
  for (const id of evidence.requestIds) {
    const gate = requestGate.get(id)
    if (gate) gates.add(gate)
  }
  const linked: [Gate, number][] = [
    ['STORAGE_BOUNDARY', evidence.locationIds.length],
    ['KEY_ADMINISTRATION', evidence.keyIds.length],
    ['FAILURE_RECOVERY', evidence.drillIds.length],
    ['COST_MODEL', evidence.costLineIds?.length ?? 0],
    ['COMPATIBILITY', evidence.compatibilityCheckIds?.length ?? 0],
    ['MIGRATION_SAFETY', evidence.migrationStepIds?.length ?? 0],
  ]
  for (const [gate, count] of linked) if (count > 0) gates.add(gate)
  return gates
}

export function overviewCharts(input: OverviewInput, now: Date): OverviewCharts {
  const readiness = new Map(input.readiness.map((r) => [r.gate, r]))
  const gates = GATES.map((gate): GateBar => {
    const r = readiness.get(gate)
    const openBlockers = input.findings.filter((f) => f.gate === gate && isOpenBlocker(f)).length
    const status = r
      ? gateStatusOf(input.signOffStatus[gate] ?? null, r)
      : gateStatusOf(input.signOffStatus[gate] ?? null, { isReadyToSign: false, openBlockers })
    return {
      gate,
      status,
      openBlockers,
      requiredSettled: r ? r.requiredAccepted + r.requiredNotApplicable : 0,
      requiredTotal: r?.requiredTotal ?? 0,
    }
  })
  const gateStatusCounts = zeros(GATE_STATUS_ORDER)
  for (const g of gates) gateStatusCounts[g.status] += 1

  const keys = new Map(input.keys.map((k) => [k.id, k]))
  const coverageCounts = zeros(COVERAGE_MODELS)
  const inScope = input.locations.filter((l) => l.inScope)
  for (const l of inScope) coverageCounts[coverageModelOf(l.encryption, (l.keyId && keys.get(l.keyId)) || null)] += 1

  const requestGate = new Map(input.requests.map((r) => [r.id, r.gate]))
  const current = input.evidence.filter((e) => !e.supersededById)
  const freshness = zeros(FRESHNESS)
  const freshnessByGate = new Map(GATES.map((g) => [g, zeros(FRESHNESS)]))
  for (const e of current) {
    const f = freshnessOf(e.expiresAt, now)
    freshness[f] += 1
    for (const gate of gatesServed(e, requestGate)) freshnessByGate.get(gate)![f] += 1
  }

  const severity = zeros(SEVERITIES)
  const severityByGate = new Map(GATES.map((g) => [g, zeros(SEVERITIES)]))
  for (const f of input.findings) {
    severity[f.severity] += 1
    severityByGate.get(f.gate)![f.severity] += 1
  }
  return {
    gates,
    gateStatusCounts,
    coverage: { inScope: inScope.length, excluded: input.locations.length - inScope.length, counts: coverageCounts },
    evidence: {
      total: current.length,
      counts: freshness,
      byGate: GATES.map((gate) => ({ gate, counts: freshnessByGate.get(gate)! })),
    },
    findings: {
      total: input.findings.length,
      counts: severity,
      acceptedRisks: input.findings.filter((f) => f.acceptedRisk).length,
      byGate: GATES.map((gate) => ({ gate, counts: severityByGate.get(gate)! })),
    },
  }
}

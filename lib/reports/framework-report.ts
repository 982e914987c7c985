// The report's framework section: for each framework the organization chose, every clause with what covers it,
// its status and its open findings (lib/domain/framework-coverage.ts), judged from the review as it is now.
import {
  frameworkCoverage,
  type ClauseCoverage,
  type ClauseCoverageStatus,
  type CoverageGateStatus,
  type CoverageReviewState,
} from '@/lib/domain/framework-coverage'
import { FRAMEWORK_MAPPING, getFramework, type FrameworkId, type FrameworkMapping } from '@/lib/domain/frameworks'
import type { Gate } from '@/lib/domain/enums'
import type { RequestStatus } from '@/lib/domain/gate-enums'
import type { GateReadiness } from '@/lib/domain/gate-readiness'
import { gateStatusOf, type SignOffStatus } from '@/lib/domain/gate-status'

export interface ReportFramework {
  id: FrameworkId
  label: string
  name: string
  version: string
  mappingVersion: string
  counts: Record<ClauseCoverageStatus, number>
  clauses: ClauseCoverage[]
}

/** The coverage state of a review from its requests, gate statuses and findings. */
export function coverageStateFrom(input: {
  requests: readonly { code: string; status: RequestStatus }[]
  /** `gate` a Gate value (the report's gates carry it as a string). */
  gates: readonly { gate: Gate | string; status: CoverageGateStatus }[]
  findings: readonly { code: string; acceptedRisk?: unknown }[]
}): CoverageReviewState {
  return {
    requests: Object.fromEntries(input.requests.map((r) => [r.code, r.status])),
    gates: Object.fromEntries(input.gates.map((g) => [g.gate, g.status])) as CoverageReviewState['gates'],
    // A finding a live exception accepts is not open; warnings and info stay open until fixed.
    openFindings: [...new Set(input.findings.filter((f) => !f.acceptedRisk).map((f) => f.code))].sort(),
  }
}

/** The same, from the workspace's gate sign-off states and readiness (as the report derives gate statuses). */
export function coverageStateOfWorkspace(ws: {
  snapshot: { requests?: readonly { code: string; status: RequestStatus }[] }
  gateStates: readonly { gate: Gate; status: SignOffStatus }[]
  readiness: readonly ({ gate: Gate } & Pick<GateReadiness, 'isReadyToSign' | 'openBlockers'>)[]
  findings: readonly { code: string; acceptedRisk?: unknown }[]
}): CoverageReviewState {
  const readiness = new Map(ws.readiness.map((r) => [r.gate, r]))
  return coverageStateFrom({
    requests: ws.snapshot.requests ?? [],
    gates: ws.gateStates.map((g) => ({ gate: g.gate, status: gateStatusOf(g.status, readiness.get(g.gate)!) })),
    findings: ws.findings,
  })
}

export function frameworkReport(
  ids: readonly FrameworkId[],
  state: CoverageReviewState,
  mapping: FrameworkMapping = FRAMEWORK_MAPPING,
): ReportFramework[] {
  return ids.map((id) => {
    const framework = getFramework(mapping, id)
    const clauses = frameworkCoverage(mapping, id, state)
    const count = (status: ClauseCoverageStatus) => clauses.filter((c) => c.status === status).length
    return {
      id,
      label: framework.label,
      name: framework.name,
      version: framework.version,
      mappingVersion: mapping.version,
      counts: {
        ACCEPTED: count('ACCEPTED'),
        PARTIAL: count('PARTIAL'),
        NOT_ACCEPTED: count('NOT_ACCEPTED'),
        NOT_MAPPED: count('NOT_MAPPED'),
      },
      clauses,
    }
  })
}

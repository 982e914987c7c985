// How far a review's accepted evidence, signed gates and open findings go towards each clause of one
// framework: the lines an auditor reads ("PCI DSS 3.6.1: covered by KA-02, KA-03 — accepted").
import { EVIDENCE_EXPIRED_CODES } from '@/lib/rules/finding-codes'
import { GATE_LABELS, type Gate } from './enums'
import { findCatalogRequest } from './gate-catalog'
import type { RequestStatus } from './gate-enums'
import { clauseLabel, clausesOf, type FrameworkId, type FrameworkMapping } from './frameworks'

/** The gate statuses of the readiness report (lib/reports/report-types.ts `GateStatus`). */
export type CoverageGateStatus = 'SIGNED' | 'STALE' | 'READY_TO_SIGN' | 'BLOCKED' | 'IN_PROGRESS'

export interface CoverageReviewState {
  /** Status per evidence-request code; a code absent here is not part of the review. */
  requests: Readonly<Record<string, RequestStatus>>
  /** Status per gate; a gate absent here counts as not signed. */
  gates: Readonly<Partial<Record<Gate, CoverageGateStatus>>>
  /** Codes of the findings that are open (blockers without a live exception, and warnings). */
  openFindings: readonly string[]
}

export type ClauseCoverageStatus = 'ACCEPTED' | 'PARTIAL' | 'NOT_ACCEPTED' | 'NOT_MAPPED'

export interface ClauseCoverage {
  id: string
  title: string
  /** The clause's request codes that exist in this review, in mapping order. */
  coveredBy: string[]
  status: ClauseCoverageStatus
  /** Open findings that bear on the clause: its own codes, plus expired evidence in the gates it draws on. */
  openFindings: string[]
  line: string
}

const STATUS_WORDS: Record<ClauseCoverageStatus, string> = {
  ACCEPTED: 'accepted',
  PARTIAL: 'partly accepted',
  NOT_ACCEPTED: 'not accepted',
  NOT_MAPPED: 'no Keyproof evidence maps to it',
}

export function frameworkCoverage(
  mapping: FrameworkMapping,
  framework: FrameworkId,
  state: CoverageReviewState,
): ClauseCoverage[] {
  const open = new Set(state.openFindings)
  return clausesOf(mapping, framework).map((clause) => {
    const coveredBy = clause.maps.requests.filter((code) => Object.hasOwn(state.requests, code))
    const statuses = coveredBy.map((code) => state.requests[code])
    const accepted = statuses.filter((status) => status === 'ACCEPTED').length
    const settled = statuses.filter((status) => status === 'ACCEPTED' || status === 'NOT_APPLICABLE').length
    const gatesSigned = clause.maps.gates.filter((gate) => state.gates[gate] === 'SIGNED').length
    const allGatesSigned = gatesSigned === clause.maps.gates.length

    // Expired evidence anywhere in a gate the clause draws requests from fails the clause closed:
    // the codes alone do not say which request the expired file answered.
    const requestGates = new Set(coveredBy.map((code) => findCatalogRequest(code)?.gate).filter((g) => g !== undefined))
    const implied = [...requestGates].map((gate) => EVIDENCE_EXPIRED_CODES[gate])
    const openFindings = [...new Set([...clause.maps.findings, ...implied])].filter((code) => open.has(code))

    let status: ClauseCoverageStatus
    if (coveredBy.length === 0 && clause.maps.gates.length === 0) status = 'NOT_MAPPED'
    else if (
      settled === coveredBy.length &&
      (accepted > 0 || (coveredBy.length === 0 && gatesSigned > 0)) &&
      allGatesSigned &&
      openFindings.length === 0
    )
      status = 'ACCEPTED'
    else if (accepted > 0 || gatesSigned > 0) status = 'PARTIAL'
    else status = 'NOT_ACCEPTED'

    return {
      id: clause.id,
      title: clause.title,
      coveredBy,
      status,
      openFindings,
      line: coverageLine(clauseLabel(mapping, clause), coveredBy, status, openFindings, [
        ...(accepted < coveredBy.length ? [`${accepted} of ${coveredBy.length} accepted`] : []),
        ...unsignedGates(clause.maps.gates, state),
      ]),
    }
  })
}

function unsignedGates(gates: readonly Gate[], state: CoverageReviewState): string[] {
  const unsigned = gates.filter((gate) => state.gates[gate] !== 'SIGNED').map((gate) => GATE_LABELS[gate])
  if (unsigned.length === 0) return []
  const names = unsigned.length === 1 ? unsigned[0] : `${unsigned.slice(0, -1).join(', ')} and ${unsigned.at(-1)}`
  return [`${names} ${unsigned.length === 1 ? 'gate' : 'gates'} not signed`]
}

function coverageLine(
  label: string,
  coveredBy: string[],
  status: ClauseCoverageStatus,
  openFindings: string[],
  shortfalls: string[],
): string {
  if (status === 'NOT_MAPPED') return `${label}: ${STATUS_WORDS.NOT_MAPPED}`
  const by = coveredBy.length > 0 ? `covered by ${coveredBy.join(', ')}` : 'covered by gate sign-off only'
  const detail = status === 'PARTIAL' && shortfalls.length > 0 ? ` (${shortfalls.join('; ')})` : ''
  const findings = openFindings.length > 0 ? `; open findings: ${openFindings.join(', ')}` : ''
  return `${label}: ${by} — ${STATUS_WORDS[status]}${detail}${findings}`
}

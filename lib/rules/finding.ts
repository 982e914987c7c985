// A finding, the refs that name its target, and the order findings are shown in.
import { GATES, SEVERITIES, type Gate, type Severity, type SourceStatus } from '@/lib/domain/enums'
import { FINDING_CODES, type FindingCode } from './finding-codes'

export interface AcceptedRisk {
  exceptionId: string
  expiresAt: Date
}

export interface Finding {
  code: FindingCode
  severity: Severity
  gate: Gate
  /**
   * `location:<id>`, `key:<id>`, `review:<id>`, `kind:<LocationKind>`, `region:<code>`, `request:<id>`,
   * `evidence:<id>`, `drill:<id>`, `cost-line:<id>`, `compatibility-check:<id>` or `migration-step:<id>`.
   */
  targetRef: string
  /** Says what is wrong and what to do about it. */
  message: string
  /** Set on a blocker that a live exception covers. */
  acceptedRisk?: AcceptedRisk
  /** How the template fact the finding rests on is known, shown as a pill beside it. */
  sourceStatus?: SourceStatus
}

export const locationRef = (id: string) => `location:${id}`
export const keyRef = (id: string) => `key:${id}`
export const reviewRef = (id: string) => `review:${id}`
export const kindRef = (kind: string) => `kind:${kind}`
export const regionRef = (region: string) => `region:${region}`
export const requestRef = (id: string) => `request:${id}`
export const evidenceRef = (id: string) => `evidence:${id}`
export const drillRef = (id: string) => `drill:${id}`
export const costLineRef = (id: string) => `cost-line:${id}`
export const compatibilityCheckRef = (id: string) => `compatibility-check:${id}`
export const migrationStepRef = (id: string) => `migration-step:${id}`

export function makeFinding(code: FindingCode, targetRef: string, message: string): Finding {
  const { gate, severity } = FINDING_CODES[code]
  return { code, severity, gate, targetRef, message }
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const SEVERITY_RANK = new Map(SEVERITIES.map((severity, rank) => [severity, rank]))
const GATE_RANK = new Map(GATES.map((gate, rank) => [gate, rank]))

/** Blockers first, then gate order, then code, then target. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK.get(a.severity)! - SEVERITY_RANK.get(b.severity)! ||
    GATE_RANK.get(a.gate)! - GATE_RANK.get(b.gate)! ||
    byText(a.code, b.code) ||
    byText(a.targetRef, b.targetRef)
  )
}

export function isOpenBlocker(finding: Finding): boolean {
  return finding.severity === 'BLOCKER' && !finding.acceptedRisk
}

// What an approval stands on. The decision form and the DAL ask the same questions: is the scope stated (the
// four boundary statements, the regions, the allowed jurisdictions), is every gate signed and current, are
// exceptions in use; and what lapses soon after the decision (exceptions, evidence), shown as warnings.
import { addDays, formatInstant } from './dates'
import type { DecisionOutcome } from './decision-staleness'
import type { Gate } from './enums'
import { GATE_LABELS } from './enums'
import { isExceptionLive } from './exception-live'
import type { ReviewSnapshot, SnapshotBoundaries } from './review-snapshot'

export const DECISION_WARNING_DAYS = 30

export interface ApprovalScope {
  regions: readonly string[]
  allowedJurisdictions: readonly string[]
  boundaries: SnapshotBoundaries
}

const BOUNDARIES: [keyof SnapshotBoundaries, string][] = [
  ['control', 'the control boundary statement'],
  ['cryptographic', 'the cryptographic boundary statement'],
  ['operational', 'the operational boundary statement'],
  ['recovery', 'the recovery boundary statement'],
]

/** What the scope still lacks for an approval, in words; empty when it is complete. */
export function approvalScopeGaps(scope: ApprovalScope): string[] {
  const gaps = BOUNDARIES.filter(([k]) => !scope.boundaries[k].trim()).map(([, words]) => words)
  if (scope.regions.length === 0) gaps.push('the regions')
  if (scope.allowedJurisdictions.length === 0) gaps.push('the allowed jurisdictions')
  return gaps
}

export interface DecisionInput extends ApprovalScope {
  gates: readonly { gate: Gate; status: 'SIGNED' | 'STALE' | null }[]
  /** Blockers covered by a live exception now. */
  acceptedRisks: number
}

export interface DecisionOption {
  outcome: DecisionOutcome
  allowed: boolean
  /** Why it is refused, each a sentence; empty when allowed. */
  reasons: string[]
}

export function decisionOptions(input: DecisionInput): DecisionOption[] {
  const unsigned = input.gates
    .filter((g) => g.status !== 'SIGNED')
    .map((g) => `${GATE_LABELS[g.gate]}${g.status === 'STALE' ? ' (stale)' : ''}`)
  const gaps = approvalScopeGaps(input)
  const common: string[] = []
  if (unsigned.length) common.push(`Every gate must be signed and current to approve. Not yet: ${unsigned.join(', ')}.`)
  if (gaps.length) common.push(`The scope must be stated first. Missing: ${gaps.join(', ')}.`)
  const approved = [...common]
  if (input.acceptedRisks)
    approved.push(
      `${input.acceptedRisks} finding${input.acceptedRisks > 1 ? 's are' : ' is'} covered by live exceptions: ` +
        'approve with exceptions instead.',
    )
  const withExceptions = [...common]
  if (!input.acceptedRisks) withExceptions.push('No live exception is in use: approve without exceptions.')
  return [
    { outcome: 'APPROVED', allowed: approved.length === 0, reasons: approved },
    { outcome: 'APPROVED_WITH_EXCEPTIONS', allowed: withExceptions.length === 0, reasons: withExceptions },
    { outcome: 'REJECTED', allowed: true, reasons: [] },
  ]
}

/** The approval the rules allow, to pre-select; never a refused one, and never a rejection by default. */
export function preselectedOutcome(options: readonly DecisionOption[]): DecisionOutcome | null {
  return options.find((o) => o.allowed && o.outcome !== 'REJECTED')?.outcome ?? null
}

export interface Expiring {
  what: string
  expiresAt: Date
}

/** Exceptions and evidence that lapse within DECISION_WARNING_DAYS of the decision, soonest first. */
export function decisionWarnings(expiring: readonly Expiring[], now: Date): string[] {
  const limit = addDays(now, DECISION_WARNING_DAYS).getTime()
  return expiring
    .filter((x) => x.expiresAt.getTime() > now.getTime() && x.expiresAt.getTime() <= limit)
    .sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime())
    .map(
      (x) =>
        `${x.what} expires ${formatInstant(x.expiresAt)}, within ${DECISION_WARNING_DAYS} days of this decision: ` +
        'the decision will go stale then.',
    )
}

/** What lapses by itself: live exceptions and current evidence with an expiry, named for a person. */
export function expiringItems(
  snapshot: Pick<ReviewSnapshot, 'exceptions' | 'evidence'>,
  label: (targetRef: string) => string,
  now: Date,
): Expiring[] {
  const exceptions = snapshot.exceptions
    .filter((x) => isExceptionLive(x, now))
    .map((x) => ({ what: `Exception for ${x.findingCode} on “${label(x.targetRef)}”`, expiresAt: x.expiresAt }))
  const evidence = (snapshot.evidence ?? []).flatMap((e) =>
    e.expiresAt && !e.supersededById ? [{ what: `Evidence “${e.title}”`, expiresAt: e.expiresAt }] : [],
  )
  return [...exceptions, ...evidence]
}

/** What the approval rules read from a review's workspace (the DAL evaluates it after the review lock). */
export function decisionInputOf(ws: {
  review: { regions: string[]; allowedJurisdictions: string[] }
  snapshot: { boundaries?: { control: string; cryptographic: string; operational: string; recovery: string } }
  gateStates: { gate: Gate; status: 'SIGNED' | 'STALE' | null }[]
  findings: { acceptedRisk?: unknown }[]
}) {
  return {
    regions: ws.review.regions,
    allowedJurisdictions: ws.review.allowedJurisdictions,
    boundaries: ws.snapshot.boundaries ?? { control: '', cryptographic: '', operational: '', recovery: '' },
    gates: ws.gateStates.map((g) => ({ gate: g.gate, status: g.status })),
    acceptedRisks: ws.findings.filter((f) => f.acceptedRisk).length,
  }
}

// A decision keeps watching what it approved. It records the fingerprint of every gate when it is taken; later,
// a gate whose fingerprint moved (an exception lapsed, a record changed) or a blocker that is open again (evidence
// expired) makes the approval stale: "decision stale — re-review needed", with what changed, per gate. Pure: the
// DAL passes the gate states and findings computed now; the notification sweep imports the same two functions.
import { createHash } from 'node:crypto'
import { DECISION_STALE_CODES, FINDING_CODES } from '@/lib/rules/finding-codes'
import { isOpenBlocker, makeFinding, reviewRef, type Finding } from '@/lib/rules/finding'
import { GATES, GATE_LABELS, type Gate } from './enums'

export type DecisionOutcome = 'APPROVED' | 'APPROVED_WITH_EXCEPTIONS' | 'REJECTED'

/** What the decision recorded when it was taken. */
export interface RecordedDecision {
  outcome: DecisionOutcome
  /** The decision fingerprint (decisionFingerprintOf at the time); null on a review never decided. */
  fingerprint: string | null
  /** Each gate's fingerprint at the time; absent on decisions recorded before gates were kept one by one. */
  gateFingerprints?: Partial<Record<Gate, string>> | null
}

/** A gate as the staleness check reads it: its fingerprint now and its sign-offs (each with what changed since). */
export interface GateNow {
  gate: Gate
  fingerprint: string
  signOffs: readonly { fingerprint: string; changed: readonly string[] }[]
}

export interface DecisionStaleness {
  isStale: boolean
  /** Only the gates with something changed, in gate order. */
  gates: { gate: Gate; changes: string[] }[]
}

/** One fingerprint for the whole decision: each gate's, in the order given (gate order). */
export function decisionFingerprintOf(gateStates: readonly { gate: Gate; fingerprint: string }[]): string {
  return createHash('sha256')
    .update(gateStates.map((g) => `${g.gate}:${g.fingerprint}`).join('\n'))
    .digest('hex')
}

const firstSentence = (text: string) => text.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? text

function basisChanges(gate: GateNow, atDecision: string | undefined, wholeDecisionMoved: boolean): string[] {
  if (atDecision !== undefined) {
    if (atDecision === gate.fingerprint) return []
    const signed = gate.signOffs.find((s) => s.fingerprint === atDecision)
    return signed?.changed.length ? [...signed.changed] : ['the gate’s basis changed since the decision']
  }
  // An older decision kept one fingerprint: blame the gates whose sign-offs no longer hold.
  if (!wholeDecisionMoved || gate.signOffs.some((s) => s.fingerprint === gate.fingerprint)) return []
  const latest = gate.signOffs.at(-1)
  return latest?.changed.length ? [...latest.changed] : ['the gate’s basis changed since the decision']
}

/**
 * Whether an approval still holds. A rejection does not go stale: nothing it refused becomes true by itself.
 * `findings` are the rules' findings now, without decision-stale ones.
 */
export function decisionStaleness(
  decision: RecordedDecision | null,
  gateStates: readonly GateNow[],
  findings: readonly Finding[],
): DecisionStaleness {
  if (!decision || decision.outcome === 'REJECTED' || !decision.fingerprint) return { isStale: false, gates: [] }
  const wholeDecisionMoved = decisionFingerprintOf(gateStates) !== decision.fingerprint
  const stateOf = new Map(gateStates.map((g) => [g.gate, g]))
  const gates = GATES.flatMap((gate) => {
    const state = stateOf.get(gate)
    const changes = state ? basisChanges(state, decision.gateFingerprints?.[gate], wholeDecisionMoved) : []
    for (const f of findings)
      if (f.gate === gate && isOpenBlocker(f) && !isDecisionStaleCode(f.code))
        changes.push(`open blocker ${f.code} (${FINDING_CODES[f.code].title}): ${firstSentence(f.message)}`)
    return changes.length ? [{ gate, changes }] : []
  })
  return { isStale: gates.length > 0, gates }
}

const STALE_CODES = new Set<string>(Object.values(DECISION_STALE_CODES))
export const isDecisionStaleCode = (code: string) => STALE_CODES.has(code)

/** One blocker per gate whose approval no longer holds, in that gate, saying what changed. */
export function decisionStaleFindings(reviewId: string, staleness: DecisionStaleness): Finding[] {
  return staleness.gates.map(({ gate, changes }) =>
    makeFinding(
      DECISION_STALE_CODES[gate],
      reviewRef(reviewId),
      `Decision stale — re-review needed: since the decision, ${GATE_LABELS[gate]} changed: ${changes.join('; ')}. ` +
        'Start a re-review to decide again on the review as it is now.',
    ),
  )
}

/** Every change, each prefixed with its gate, for banners, My work and the report. */
export function stalenessChanges(staleness: DecisionStaleness): string[] {
  return staleness.gates.flatMap(({ gate, changes }) => changes.map((c) => `${GATE_LABELS[gate]}: ${c}`))
}

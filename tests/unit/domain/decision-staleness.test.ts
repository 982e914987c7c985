// Issue 10, item 7: after the decision someone watches. An approval goes stale when a gate it rested on changes
// (an exception lapses), or a blocker opens again (evidence expires); a rejection does not.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { GATES, type Gate } from '@/lib/domain/enums'
import {
  decisionFingerprintOf,
  decisionStaleFindings,
  decisionStaleness,
  stalenessChanges,
  type GateNow,
  type RecordedDecision,
} from '@/lib/domain/decision-staleness'
import { makeFinding, type Finding } from '@/lib/rules/finding'

const fp = (seed: string) => createHash('sha256').update(seed).digest('hex')
const gatesAt = (seed: string): GateNow[] =>
  GATES.map((gate) => ({
    gate,
    fingerprint: fp(`${gate}:${seed}`),
    signOffs: [{ fingerprint: fp(`${gate}:${seed}`), changed: [] }],
  }))

function decided(
  gates: GateNow[],
  outcome: RecordedDecision['outcome'] = 'APPROVED_WITH_EXCEPTIONS',
): RecordedDecision {
  return {
    outcome,
    fingerprint: decisionFingerprintOf(gates),
    gateFingerprints: Object.fromEntries(gates.map((g) => [g.gate, g.fingerprint])) as Record<Gate, string>,
  }
}

/** The gates after one of them moved: its sign-off now reads as stale with what changed. */
function moved(gates: GateNow[], gate: Gate, changed: string[]): GateNow[] {
  return gates.map((g) =>
    g.gate === gate
      ? { gate, fingerprint: fp(`${gate}:after`), signOffs: [{ fingerprint: g.fingerprint, changed }] }
      : g,
  )
}

const lapse = 'exception for KA-CONTROLLER-CLAIM no longer live (expired or revoked)'
const returned = {
  ...makeFinding('KA-CONTROLLER-CLAIM', 'location:cp', '"Control plane" is a vendor control plane. Prove it.'),
}

describe('decisionFingerprintOf', () => {
  it('is the SHA-256 of the gate fingerprints, one "GATE:fingerprint" per line in gate order', () => {
    const gates = gatesAt('x')
    const expected = createHash('sha256')
      .update(gates.map((g) => `${g.gate}:${g.fingerprint}`).join('\n'))
      .digest('hex')
    expect(decisionFingerprintOf(gates)).toBe(expected)
    expect(decisionFingerprintOf(moved(gates, 'COST_MODEL', []))).not.toBe(expected)
  })
})

describe('decisionStaleness', () => {
  it('an approval whose gates and findings are as they were is current', () => {
    const gates = gatesAt('signed')
    expect(decisionStaleness(decided(gates), gates, [])).toEqual({ isStale: false, gates: [] })
  })

  it('a lapsed exception makes the approval stale in its gate, saying what changed and what is open again', () => {
    const gates = gatesAt('signed')
    const staleness = decisionStaleness(decided(gates), moved(gates, 'KEY_ADMINISTRATION', [lapse]), [returned])
    expect(staleness.isStale).toBe(true)
    expect(staleness.gates).toEqual([
      {
        gate: 'KEY_ADMINISTRATION',
        changes: [
          lapse,
          'open blocker KA-CONTROLLER-CLAIM (Customer key claimed on a location a vendor or provider controls): ' +
            '"Control plane" is a vendor control plane.',
        ],
      },
    ])
    expect(stalenessChanges(staleness)).toEqual([
      `Key administration: ${lapse}`,
      expect.stringContaining('KA-CONTROLLER'),
    ])
  })

  it('evidence that expired after the decision (same fingerprint, a blocker open again) makes it stale', () => {
    const gates = gatesAt('signed')
    const expired = makeFinding(
      'CM-EVIDENCE-EXPIRED',
      'evidence:e1',
      'Evidence "Pricing" expired on 2027-01-01 and no longer supports request CM-01. Upload a current one.',
    )
    const staleness = decisionStaleness(decided(gates), gates, [expired])
    expect(staleness.gates.map((g) => g.gate)).toEqual(['COST_MODEL'])
    expect(staleness.gates[0].changes[0]).toContain('expired on 2027-01-01')
  })

  it('ignores warnings, accepted risks and its own decision-stale findings', () => {
    const gates = gatesAt('signed')
    const warning = makeFinding('KA-NO-ROTATION', 'key:k1', 'Key k1 does not rotate.')
    const accepted: Finding = { ...returned, acceptedRisk: { exceptionId: 'x', expiresAt: new Date('2027-01-01') } }
    const own = makeFinding('KA-DECISION-STALE', 'review:r1', 'Decision stale.')
    expect(decisionStaleness(decided(gates), gates, [warning, accepted, own]).isStale).toBe(false)
  })

  it('a rejection, or a review not decided, never goes stale', () => {
    const gates = gatesAt('signed')
    expect(decisionStaleness(decided(gates, 'REJECTED'), moved(gates, 'COST_MODEL', ['x']), [returned]).isStale).toBe(
      false,
    )
    expect(decisionStaleness(null, gates, [returned]).isStale).toBe(false)
  })

  it('an older decision with only its overall fingerprint blames the gates whose sign-offs no longer hold', () => {
    const gates = gatesAt('signed')
    const { gateFingerprints: _, ...old } = decided(gates)
    const staleness = decisionStaleness(old, moved(gates, 'COMPATIBILITY', ['record “librdkafka 2.6.1” added']), [])
    expect(staleness.gates).toEqual([{ gate: 'COMPATIBILITY', changes: ['record “librdkafka 2.6.1” added'] }])
  })
})

describe('decisionStaleFindings', () => {
  it('puts one "decision stale — re-review needed" blocker in each gate that changed', () => {
    const gates = gatesAt('signed')
    const staleness = decisionStaleness(decided(gates), moved(gates, 'KEY_ADMINISTRATION', [lapse]), [])
    const findings = decisionStaleFindings('r1', staleness)
    expect(findings).toEqual([
      {
        code: 'KA-DECISION-STALE',
        gate: 'KEY_ADMINISTRATION',
        severity: 'BLOCKER',
        targetRef: 'review:r1',
        message: expect.stringMatching(/^Decision stale — re-review needed: .*no longer live/),
      },
    ])
  })
})

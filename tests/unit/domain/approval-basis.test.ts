// Issue 10, item 6: an approval needs its basis, warns about what lapses soon after it, and the form never
// pre-selects an option the rules will refuse.
import { describe, expect, it } from 'vitest'
import {
  approvalScopeGaps,
  decisionOptions,
  decisionWarnings,
  preselectedOutcome,
  type DecisionInput,
} from '@/lib/domain/approval-basis'
import { formatInstant } from '@/lib/domain/dates'
import { GATES } from '@/lib/domain/enums'

const NOW = new Date('2026-11-26T12:00:00Z')
const stated = { control: 'c', cryptographic: 'k', operational: 'o', recovery: 'r' }
const input = (overrides: Partial<DecisionInput> = {}): DecisionInput => ({
  regions: ['eu-west-1'],
  allowedJurisdictions: ['EU'],
  boundaries: stated,
  gates: GATES.map((gate) => ({ gate, status: 'SIGNED' as const })),
  acceptedRisks: 0,
  ...overrides,
})
const allowed = (i: DecisionInput) =>
  decisionOptions(i)
    .filter((o) => o.allowed)
    .map((o) => o.outcome)

describe('approval basis', () => {
  it('lists every missing boundary statement, the regions and the allowed jurisdictions', () => {
    const gaps = approvalScopeGaps({
      regions: [],
      allowedJurisdictions: [],
      boundaries: { control: ' ', cryptographic: '', operational: 'Ops by us', recovery: '' },
    })
    expect(gaps).toEqual([
      'the control boundary statement',
      'the cryptographic boundary statement',
      'the recovery boundary statement',
      'the regions',
      'the allowed jurisdictions',
    ])
    expect(approvalScopeGaps(input())).toEqual([])
  })

  it('refuses both approvals while the scope has gaps, saying which, and leaves rejection open', () => {
    const options = decisionOptions(input({ regions: [], boundaries: { ...stated, control: '' } }))
    expect(allowed(input({ regions: [] }))).toEqual(['REJECTED'])
    expect(options[0].reasons).toEqual([
      'The scope must be stated first. Missing: the control boundary statement, the regions.',
    ])
  })

  it('allows exactly one approval by whether exceptions are in use, and pre-selects it', () => {
    expect(allowed(input())).toEqual(['APPROVED', 'REJECTED'])
    expect(preselectedOutcome(decisionOptions(input()))).toBe('APPROVED')
    expect(allowed(input({ acceptedRisks: 2 }))).toEqual(['APPROVED_WITH_EXCEPTIONS', 'REJECTED'])
    expect(preselectedOutcome(decisionOptions(input({ acceptedRisks: 2 })))).toBe('APPROVED_WITH_EXCEPTIONS')
  })

  it('pre-selects nothing when no approval is allowed (never a refused option, never a rejection by default)', () => {
    const unsigned = input({
      gates: GATES.map((gate) => ({ gate, status: gate === 'COST_MODEL' ? 'STALE' : 'SIGNED' })),
    })
    expect(preselectedOutcome(decisionOptions(unsigned))).toBeNull()
    expect(decisionOptions(unsigned)[0].reasons[0]).toBe(
      'Every gate must be signed and current to approve. Not yet: Cost model (stale).',
    )
  })
})

describe('decision warnings', () => {
  it('warns of an exception expiring the same day, with time and zone, and of evidence within 30 days', () => {
    const sameDay = new Date('2026-11-26T23:59:59Z')
    const warnings = decisionWarnings(
      [
        { what: 'Evidence “Key policy export”', expiresAt: new Date('2026-12-20T00:00:00Z') },
        { what: 'Exception for KA-CONTROLLER-CLAIM on “Control plane”', expiresAt: sameDay },
        { what: 'Evidence “Far away”', expiresAt: new Date('2027-03-01T00:00:00Z') },
        { what: 'Evidence “Already gone”', expiresAt: new Date('2026-11-01T00:00:00Z') },
      ],
      NOW,
    )
    expect(warnings).toEqual([
      'Exception for KA-CONTROLLER-CLAIM on “Control plane” expires 2026-11-26 23:59:59 UTC, within 30 days of ' +
        'this decision: the decision will go stale then.',
      'Evidence “Key policy export” expires 2026-12-20 00:00:00 UTC, within 30 days of this decision: the ' +
        'decision will go stale then.',
    ])
    expect(formatInstant(sameDay)).toBe('2026-11-26 23:59:59 UTC')
  })
})

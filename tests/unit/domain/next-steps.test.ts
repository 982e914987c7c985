import { describe, expect, it } from 'vitest'
import { addDays } from '@/lib/domain/dates'
import type { Role } from '@/lib/domain/enums'
import { NEXT_STEP_IDS, nextSteps, type NextStep } from '@/lib/domain/next-steps'
import type { ReviewSnapshot, SnapshotRequest } from '@/lib/domain/review-snapshot'
import { evaluate } from '@/lib/rules'
import { buildKey, buildLocation, buildRequest, buildSnapshot, NOW } from '../rules/snapshot-builders'

const USER = 'u-me'
const stepsFor = (snapshot: ReviewSnapshot, roles: Role[], now = NOW) =>
  nextSteps(snapshot, evaluate(snapshot, now), roles, USER, now)
const brief = (steps: NextStep[]) => steps.map((step) => `${step.id} ${step.count}: ${step.text}`)
const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
const BOUNDARIES = {
  control: 'Customer account 1111',
  cryptographic: 'KMS in eu-west-1',
  operational: 'Platform team only',
  recovery: 'Runbook R-3',
}
// A clean review whose scope is complete, so only what a test adds shows up.
const scoped = (overrides: Partial<ReviewSnapshot> = {}) =>
  buildSnapshot({ regions: ['eu-west-1'], allowedJurisdictions: ['EU'], boundaries: BOUNDARIES, ...overrides })
const request = (id: string, overrides: Partial<SnapshotRequest> = {}) =>
  buildRequest({ id, gate: 'COST_MODEL', code: 'CM-01', status: 'OPEN', assigneeId: USER, ...overrides })

describe('next steps: platform owner', () => {
  it('has nothing to do on a clean review', () => {
    expect(stepsFor(scoped(), ['PLATFORM_OWNER'])).toEqual([])
  })

  it('counts locations without a key, unencrypted and with unknown encryption', () => {
    const snapshot = scoped({
      locations: [
        buildLocation({ id: 'l1' }),
        ...['a', 'b', 'c', 'd'].map((id) => buildLocation({ id, keyId: null })),
        buildLocation({ id: 'n', encryption: 'NONE', keyId: null }),
        buildLocation({ id: 'u1', encryption: 'UNKNOWN', keyId: null }),
        buildLocation({ id: 'u2', encryption: 'UNKNOWN', keyId: null }),
        buildLocation({
          id: 'out',
          encryption: 'UNKNOWN',
          keyId: null,
          inScope: false,
          exclusionReason: 'Holds only synthetic load-test data',
        }),
      ],
    })
    const steps = stepsFor(snapshot, ['PLATFORM_OWNER'])
    expect(brief(steps)).toEqual([
      'owner.locations-no-key 4: 4 locations have no key',
      'owner.locations-unencrypted 1: 1 location is not encrypted',
      'owner.locations-unknown-encryption 2: 2 locations have unknown encryption',
    ])
    expect(steps.map((step) => step.href)).toEqual([
      'inventory?filter=no-key',
      'inventory?filter=unencrypted',
      'inventory?filter=unknown-encryption',
    ])
    expect(steps.every((step) => step.role === 'PLATFORM_OWNER' && step.severity === 'action')).toBe(true)
  })

  it('does not count a location whose missing key a live exception accepts', () => {
    const snapshot = scoped({
      locations: [buildLocation({ id: 'l1', keyId: null }), buildLocation({ id: 'l2', keyId: null })],
      exceptions: [
        {
          id: 'x1',
          findingCode: 'SB-NO-KEY',
          targetRef: 'location:l1',
          expiresAt: new Date('2027-01-01'),
          revokedAt: null,
        },
      ],
    })
    expect(brief(stepsFor(snapshot, ['PLATFORM_OWNER']))).toEqual(['owner.locations-no-key 1: 1 location has no key'])
  })

  it('counts requests that wait for this user, and unassigned ones, by status', () => {
    const snapshot = scoped({
      requests: [
        request('mine1'),
        request('mine2'),
        request('mine3', { status: 'CHANGES_REQUESTED' }),
        request('submitted', { status: 'SUBMITTED' }),
        request('accepted', { status: 'ACCEPTED' }),
        request('na', { status: 'NOT_APPLICABLE' }),
        request('other', { assigneeId: 'u-other' }),
        request('free1', { assigneeId: null }),
        request('free2', { assigneeId: null, status: 'CHANGES_REQUESTED' }),
      ],
      exceptions: [],
    })
    const owner = stepsFor(snapshot, ['PLATFORM_OWNER']).filter((step) => step.id.startsWith('owner.requests'))
    expect(brief(owner)).toEqual([
      'owner.requests-waiting 3: 3 evidence requests wait for you (1 sent back for changes)',
      'owner.requests-unassigned 2: 2 open evidence requests have no assignee',
    ])
    expect(owner.map((step) => step.href)).toEqual(['gates?assignee=me', 'gates?assignee=none'])
  })

  it('words a single waiting request in the singular', () => {
    expect(brief(stepsFor(scoped({ requests: [request('q1', { required: false })] }), ['PLATFORM_OWNER']))).toEqual([
      'owner.requests-waiting 1: 1 evidence request waits for you',
    ])
  })

  it.each<[string, Date | null, string[]]>([
    ['no due date', null, []],
    ['due yesterday', day('2026-11-25'), ['owner.requests-overdue 1: 1 evidence request is overdue']],
    ['due today', day('2026-11-26'), ['owner.requests-due-soon 1: 1 evidence request is due within 7 days']],
    [
      'due in exactly 7 days',
      day('2026-12-03'),
      ['owner.requests-due-soon 1: 1 evidence request is due within 7 days'],
    ],
    ['due in 8 days', day('2026-12-04'), []],
  ])('a waiting request with %s', (_, dueDate, expected) => {
    const snapshot = scoped({ requests: [request('q1', { dueDate, required: false })] })
    const steps = stepsFor(snapshot, ['PLATFORM_OWNER']).filter(
      (step) => step.id.startsWith('owner.requests-') && step.id !== 'owner.requests-waiting',
    )
    expect(brief(steps)).toEqual(expected)
  })

  it('counts due dates only for requests that wait on this user or nobody', () => {
    const snapshot = scoped({
      requests: [
        request('mine', { dueDate: day('2026-11-01'), required: false }),
        request('free', { dueDate: day('2026-11-01'), required: false, assigneeId: null }),
        request('other', { dueDate: day('2026-11-01'), required: false, assigneeId: 'u-other' }),
        request('submitted', { dueDate: day('2026-11-01'), required: false, status: 'SUBMITTED' }),
      ],
    })
    expect(stepsFor(snapshot, ['PLATFORM_OWNER']).find((step) => step.id === 'owner.requests-overdue')?.count).toBe(2)
  })

  it('lists the required drills that have not passed', () => {
    const steps = stepsFor(scoped({ drills: [] }), ['PLATFORM_OWNER'])
    expect(steps.find((step) => step.id === 'owner.drills-missing')).toMatchObject({
      count: 2,
      text: '2 required recovery drills have not passed: key disabled, key rotation',
      href: 'gates/failure-recovery',
    })
  })
})

describe('next steps: security reviewer', () => {
  it('has nothing to do on a clean, fully scoped review', () => {
    expect(stepsFor(scoped(), ['SECURITY_REVIEWER'])).toEqual([])
  })

  it('counts submitted requests to review', () => {
    const snapshot = scoped({
      requests: [
        request('a', { status: 'SUBMITTED', required: false }),
        request('b', { status: 'SUBMITTED', required: false }),
        request('c'),
      ],
    })
    expect(
      stepsFor(snapshot, ['SECURITY_REVIEWER']).find((step) => step.id === 'reviewer.requests-submitted'),
    ).toMatchObject({
      count: 2,
      text: '2 submitted evidence requests wait for review',
      href: 'gates?status=submitted',
      severity: 'action',
    })
  })

  it('lists scope gaps: regions, jurisdictions and empty boundary statements', () => {
    const snapshot = scoped({
      regions: [],
      allowedJurisdictions: [],
      boundaries: { ...BOUNDARIES, operational: '  ', recovery: '' },
    })
    expect(stepsFor(snapshot, ['SECURITY_REVIEWER'])).toEqual([
      {
        id: 'reviewer.scope-gaps',
        role: 'SECURITY_REVIEWER',
        count: 4,
        href: 'scope',
        severity: 'action',
        text: 'Scope has 4 gaps: no regions, no allowed jurisdictions, no operational boundary statement, no recovery boundary statement',
      },
    ])
  })

  it('does not judge boundary statements the snapshot does not carry', () => {
    expect(stepsFor(scoped({ boundaries: undefined }), ['SECURITY_REVIEWER'])).toEqual([])
  })

  it('reports open blockers as information, with the number of gates they hold back', () => {
    const snapshot = scoped({ drills: [], locations: [buildLocation({ id: 'l1', keyId: null })] })
    expect(stepsFor(snapshot, ['SECURITY_REVIEWER'])).toEqual([
      {
        id: 'reviewer.open-blockers',
        role: 'SECURITY_REVIEWER',
        count: 3,
        text: '3 open blockers in 2 gates',
        href: 'findings?severity=blocker',
        severity: 'info',
      },
    ])
  })
})

describe('next steps: compliance', () => {
  const accepted = (gate: SnapshotRequest['gate'], id: string) =>
    buildRequest({ id, gate, code: 'XX-01', status: 'ACCEPTED' })

  it('lists the gates ready to sign, leaving out gates already signed and gates still blocked', () => {
    const snapshot = scoped({
      requests: [
        accepted('COMPATIBILITY', 'a'),
        accepted('COST_MODEL', 'b'),
        accepted('AUDIT_EVIDENCE', 'c'),
        accepted('FAILURE_RECOVERY', 'd'),
      ],
      signedGates: ['AUDIT_EVIDENCE'],
      drills: [],
    })
    expect(stepsFor(snapshot, ['COMPLIANCE'])).toEqual([
      {
        id: 'compliance.gates-ready',
        role: 'COMPLIANCE',
        count: 2,
        text: '2 gates are ready to sign: Compatibility, Cost model',
        href: 'sign-off',
        severity: 'action',
      },
      {
        id: 'compliance.gates-blocked',
        role: 'COMPLIANCE',
        count: 1,
        text: '1 gate is blocked by open findings: Failure recovery',
        href: 'gates',
        severity: 'info',
      },
    ])
  })

  it('has nothing ready while the snapshot carries no requests', () => {
    expect(stepsFor(scoped({ requests: [] }), ['COMPLIANCE'])).toEqual([])
  })

  it('says "decision stale — re-review needed" with what changed, instead of gates to sign', () => {
    const changes = [
      'Key administration: exception for KA-CONTROLLER-CLAIM no longer live (expired or revoked)',
      'Key administration: open blocker KA-CONTROLLER-CLAIM',
      'Cost model: record “KMS requests” changed',
    ]
    const snapshot = scoped({ requests: [accepted('COMPATIBILITY', 'a')], decisionStale: { changes } })
    expect(stepsFor(snapshot, ['COMPLIANCE'])).toEqual([
      {
        id: 'compliance.decision-stale',
        role: 'COMPLIANCE',
        count: 3,
        text: `Decision stale — re-review needed: ${changes[0]}; ${changes[1]} and 1 more`,
        href: 'sign-off',
        severity: 'action',
      },
    ])
    expect(stepsFor(snapshot, ['PLATFORM_OWNER'])).toEqual([])
  })
})

describe('next steps: proposed exclusions', () => {
  it('asks the security reviewer to decide proposed exclusions, which stay in scope meanwhile', () => {
    const snapshot = scoped({
      locations: [buildLocation({ id: 'l1' }), buildLocation({ id: 'l2', exclusionProposed: true })],
    })
    expect(brief(stepsFor(snapshot, ['SECURITY_REVIEWER']))).toEqual([
      'reviewer.exclusions-proposed 1: 1 proposed exclusion waits for your decision (still in scope)',
    ])
    expect(stepsFor(snapshot, ['SECURITY_REVIEWER'])[0].href).toBe('inventory?filter=exclusion-proposed')
  })
})

describe('next steps: roles', () => {
  const busy = () =>
    scoped({
      regions: [],
      drills: [],
      requests: [
        request('mine', { gate: 'MIGRATION_SAFETY', code: 'MS-01' }),
        request('sub', { status: 'SUBMITTED', gate: 'COMPATIBILITY', code: 'CO-01' }),
        buildRequest({ id: 'ok', gate: 'COST_MODEL', code: 'CM-02', status: 'ACCEPTED' }),
      ],
      keys: [buildKey()],
    })

  it('gives an admin nothing review-specific', () => {
    expect(stepsFor(busy(), ['ADMIN'])).toEqual([])
  })

  it('gives nobody anything without roles', () => {
    expect(stepsFor(busy(), [])).toEqual([])
  })

  it('unions the steps of several roles: actions first, then by role', () => {
    const steps = stepsFor(busy(), ['COMPLIANCE', 'SECURITY_REVIEWER', 'PLATFORM_OWNER', 'ADMIN', 'PLATFORM_OWNER'])
    expect(steps.map((step) => `${step.severity} ${step.id}`)).toEqual([
      'action owner.requests-waiting',
      'action owner.drills-missing',
      'action reviewer.requests-submitted',
      'action reviewer.scope-gaps',
      'action compliance.gates-ready',
      'info reviewer.open-blockers',
      'info compliance.gates-blocked',
    ])
  })

  it('uses only known, unique step ids', () => {
    const steps = stepsFor(busy(), ['PLATFORM_OWNER', 'SECURITY_REVIEWER', 'COMPLIANCE'])
    for (const step of steps) expect(NEXT_STEP_IDS).toContain(step.id)
    expect(new Set(steps.map((step) => step.id)).size).toBe(steps.length)
    expect(new Set(NEXT_STEP_IDS).size).toBe(NEXT_STEP_IDS.length)
  })

  it('depends on now only through due dates', () => {
    const snapshot = scoped({ requests: [request('q1', { dueDate: day('2026-11-30'), required: false })] })
    expect(brief(stepsFor(snapshot, ['PLATFORM_OWNER'], NOW))).toContain(
      'owner.requests-due-soon 1: 1 evidence request is due within 7 days',
    )
    expect(brief(stepsFor(snapshot, ['PLATFORM_OWNER'], addDays(NOW, 5)))).toContain(
      'owner.requests-overdue 1: 1 evidence request is overdue',
    )
  })
})

import { describe, expect, it } from 'vitest'
import { GATES } from '@/lib/domain/enums'
import { gateReadiness } from '@/lib/domain/gate-readiness'
import type { RequestStatus } from '@/lib/domain/gate-enums'
import type { SnapshotRequest } from '@/lib/domain/review-snapshot'
import { evaluate, type Finding } from '@/lib/rules'
import { buildRequest, buildSnapshot, NOW } from '../rules/snapshot-builders'

const costRequest = (id: string, status: RequestStatus, required = true): SnapshotRequest =>
  buildRequest({ id, gate: 'COST_MODEL', code: `CM-0${id.slice(-1)}`, status, required })
const readinessOf = (
  requests: SnapshotRequest[],
  extra: Finding[] = [],
  signedGates?: ReturnType<typeof buildSnapshot>['signedGates'],
) => {
  const snapshot = buildSnapshot({ requests, signedGates })
  return gateReadiness(snapshot, [...evaluate(snapshot, NOW), ...extra])
}
const blocker = (overrides: Partial<Finding> = {}): Finding => ({
  code: 'CO-CHECK-FAILED',
  severity: 'BLOCKER',
  gate: 'COST_MODEL',
  targetRef: 'compatibility-check:x',
  message: 'm',
  ...overrides,
})

describe('gate readiness', () => {
  it('has one row per gate in scorecard order', () => {
    expect(readinessOf([]).map((row) => row.gate)).toEqual([...GATES])
  })

  it('is never ready for a gate without requests (fail closed)', () => {
    expect(readinessOf([]).every((row) => !row.isReadyToSign)).toBe(true)
  })

  it.each<[string, SnapshotRequest[], object]>([
    [
      'all required accepted',
      [costRequest('q1', 'ACCEPTED'), costRequest('q2', 'ACCEPTED')],
      { requiredTotal: 2, requiredAccepted: 2, requiredNotApplicable: 0, openBlockers: 0, isReadyToSign: true },
    ],
    [
      'one accepted, one not applicable',
      [costRequest('q1', 'ACCEPTED'), costRequest('q2', 'NOT_APPLICABLE')],
      { requiredTotal: 2, requiredAccepted: 1, requiredNotApplicable: 1, openBlockers: 0, isReadyToSign: true },
    ],
    [
      'one required still submitted',
      [costRequest('q1', 'ACCEPTED'), costRequest('q2', 'SUBMITTED')],
      { requiredTotal: 2, requiredAccepted: 1, requiredNotApplicable: 0, openBlockers: 1, isReadyToSign: false },
    ],
    [
      'only optional requests, open',
      [costRequest('q4', 'OPEN', false)],
      { requiredTotal: 0, requiredAccepted: 0, requiredNotApplicable: 0, openBlockers: 0, isReadyToSign: true },
    ],
  ])('cost model with %s', (_, requests, expected) => {
    expect(readinessOf(requests).find((row) => row.gate === 'COST_MODEL')).toMatchObject(expected)
  })

  it('is not ready with an open blocker, and ready again when an exception accepts it', () => {
    const requests = [costRequest('q1', 'ACCEPTED')]
    expect(readinessOf(requests, [blocker()]).find((row) => row.gate === 'COST_MODEL')).toMatchObject({
      openBlockers: 1,
      isReadyToSign: false,
    })
    const accepted = blocker({ acceptedRisk: { exceptionId: 'x1', expiresAt: new Date('2027-01-01') } })
    expect(readinessOf(requests, [accepted]).find((row) => row.gate === 'COST_MODEL')).toMatchObject({
      openBlockers: 0,
      isReadyToSign: true,
    })
  })

  it('ignores warnings', () => {
    const warning = blocker({ severity: 'WARNING' })
    expect(
      readinessOf([costRequest('q1', 'ACCEPTED')], [warning]).find((row) => row.gate === 'COST_MODEL')!.isReadyToSign,
    ).toBe(true)
  })

  it('marks gates with a current sign-off as signed', () => {
    const rows = readinessOf([costRequest('q1', 'ACCEPTED')], [], ['COST_MODEL'])
    expect(rows.filter((row) => row.isSigned).map((row) => row.gate)).toEqual(['COST_MODEL'])
  })
})

import { describe, expect, it } from 'vitest'
import { GATES } from '@/lib/domain/enums'
import { GATE_CODE_PREFIXES } from '@/lib/domain/gate-catalog'
import type { RequestStatus } from '@/lib/domain/gate-enums'
import { evaluate, FINDING_CODES, REQUEST_NOT_ACCEPTED_CODES } from '@/lib/rules'
import { buildRequest, buildSnapshot, codesAndTargets, NOW } from './snapshot-builders'

const requestFindings = (snapshot: ReturnType<typeof buildSnapshot>) =>
  evaluate(snapshot, NOW).filter((f) => f.code.endsWith('-REQUEST-NOT-ACCEPTED'))

describe('required evidence request rule', () => {
  it.each<[boolean, RequestStatus, string[]]>([
    [true, 'OPEN', ['FR-REQUEST-NOT-ACCEPTED request:q1']],
    [true, 'SUBMITTED', ['FR-REQUEST-NOT-ACCEPTED request:q1']],
    [true, 'CHANGES_REQUESTED', ['FR-REQUEST-NOT-ACCEPTED request:q1']],
    [true, 'ACCEPTED', []],
    [true, 'NOT_APPLICABLE', []],
    [false, 'OPEN', []],
    [false, 'SUBMITTED', []],
    [false, 'CHANGES_REQUESTED', []],
  ])('required %s, status %s gives %j', (required, status, expected) => {
    const snapshot = buildSnapshot({ requests: [buildRequest({ id: 'q1', required, status })] })
    expect(codesAndTargets(evaluate(snapshot, NOW))).toEqual(expected)
  })

  it.each(GATES)('blocks gate %s with its own code', (gate) => {
    const snapshot = buildSnapshot({
      requests: [buildRequest({ id: 'q1', gate, code: `${GATE_CODE_PREFIXES[gate]}-01`, status: 'OPEN' })],
    })
    const [finding] = requestFindings(snapshot)
    expect(finding).toMatchObject({
      code: `${GATE_CODE_PREFIXES[gate]}-REQUEST-NOT-ACCEPTED`,
      gate,
      severity: 'BLOCKER',
      targetRef: 'request:q1',
    })
    expect(REQUEST_NOT_ACCEPTED_CODES[gate]).toBe(finding.code)
    expect(FINDING_CODES[finding.code]).toMatchObject({ gate, severity: 'BLOCKER' })
  })

  it.each<[RequestStatus, RegExp]>([
    ['OPEN', /FR-01 "Disabled-key drill" is still open\. Upload evidence/],
    ['SUBMITTED', /waits for a security reviewer, who did not upload it/],
    ['CHANGES_REQUESTED', /sent back for changes\. Read the reviewer's note/],
  ])('tells the user what to do with a %s request', (status, text) => {
    const [finding] = requestFindings(buildSnapshot({ requests: [buildRequest({ id: 'q1', status })] }))
    expect(finding.message).toMatch(text)
  })

  it('reports each unsettled required request once, across gates', () => {
    const snapshot = buildSnapshot({
      requests: [
        buildRequest({ id: 'a', gate: 'COMPATIBILITY', code: 'CO-01', status: 'OPEN' }),
        buildRequest({ id: 'b', gate: 'COMPATIBILITY', code: 'CO-02', status: 'ACCEPTED' }),
        buildRequest({ id: 'c', gate: 'COST_MODEL', code: 'CM-01', status: 'SUBMITTED' }),
        buildRequest({ id: 'd', gate: 'COST_MODEL', code: 'CM-04', required: false, status: 'OPEN' }),
      ],
    })
    expect(codesAndTargets(evaluate(snapshot, NOW))).toEqual([
      'CO-REQUEST-NOT-ACCEPTED request:a',
      'CM-REQUEST-NOT-ACCEPTED request:c',
    ])
  })

  it('lets a live exception accept the risk of an unaccepted request, and a lapsed one not', () => {
    const requests = [buildRequest({ id: 'q1', status: 'OPEN' })]
    const exception = { id: 'x1', findingCode: 'FR-REQUEST-NOT-ACCEPTED', targetRef: 'request:q1', revokedAt: null }
    const live = evaluate(
      buildSnapshot({ requests, exceptions: [{ ...exception, expiresAt: new Date('2027-01-01') }] }),
      NOW,
    )
    expect(live[0].acceptedRisk).toEqual({ exceptionId: 'x1', expiresAt: new Date('2027-01-01') })
    const lapsed = evaluate(buildSnapshot({ requests, exceptions: [{ ...exception, expiresAt: NOW }] }), NOW)
    expect(lapsed[0].acceptedRisk).toBeUndefined()
  })
})

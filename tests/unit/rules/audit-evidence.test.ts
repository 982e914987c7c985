import { describe, expect, it } from 'vitest'
import type { Encryption, KeyOwnership } from '@/lib/domain/enums'
import type { RequestStatus } from '@/lib/domain/gate-enums'
import { evaluate } from '@/lib/rules'
import { buildKey, buildLocation, buildRequest, buildSnapshot, codesAndTargets, NOW } from './snapshot-builders'

const keyLogRequest = (status: RequestStatus, code = 'AE-01') =>
  buildRequest({ id: 'q1', gate: 'AUDIT_EVIDENCE', code, title: 'Key usage and administration log', status })

describe('audit evidence rule: key usage log waived', () => {
  it.each<[RequestStatus, string, string[]]>([
    ['NOT_APPLICABLE', 'AE-01', ['AE-KEY-LOG-WAIVED request:q1']],
    ['ACCEPTED', 'AE-01', []],
    ['OPEN', 'AE-01', ['AE-REQUEST-NOT-ACCEPTED request:q1']],
    ['NOT_APPLICABLE', 'AE-03', []],
  ])('with a customer-managed key, %s request %s gives %j', (status, code, expected) => {
    expect(codesAndTargets(evaluate(buildSnapshot({ requests: [keyLogRequest(status, code)] }), NOW), 'AE-')).toEqual(
      expected,
    )
  })

  it.each<[Encryption, KeyOwnership | null, string[]]>([
    ['PROVIDER_MANAGED', null, []],
    ['PROVIDER_MANAGED', 'PROVIDER_MANAGED', []],
    ['PROVIDER_MANAGED', 'BYOK', ['AE-KEY-LOG-WAIVED request:q1']],
    ['EXTERNAL', null, ['AE-KEY-LOG-WAIVED request:q1']],
  ])('a %s location with a %s key in the register gives %j', (encryption, ownership, expected) => {
    const snapshot = buildSnapshot({
      keyRequirement: 'PROVIDER_MANAGED',
      locations: [buildLocation({ id: 'l1', encryption, keyId: null })],
      keys: ownership ? [buildKey({ ownership })] : [],
      requests: [keyLogRequest('NOT_APPLICABLE')],
    })
    expect(codesAndTargets(evaluate(snapshot, NOW), 'AE-')).toEqual(expected)
  })

  it('warns on the audit-evidence gate and asks to reopen the request', () => {
    const [finding] = evaluate(buildSnapshot({ requests: [keyLogRequest('NOT_APPLICABLE')] }), NOW)
    expect(finding).toMatchObject({ severity: 'WARNING', gate: 'AUDIT_EVIDENCE' })
    expect(finding.message).toContain('Reopen it and attach the log export')
  })
})

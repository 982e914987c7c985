import { describe, expect, it } from 'vitest'
import type { CompatibilityResult } from '@/lib/domain/gate-enums'
import { evaluate } from '@/lib/rules'
import { buildCompatibilityCheck, buildSnapshot, codesAndTargets, NOW } from './snapshot-builders'

const compat = (snapshot: ReturnType<typeof buildSnapshot>) => codesAndTargets(evaluate(snapshot, NOW), 'CO-')

describe('compatibility rules', () => {
  it.each<[CompatibilityResult, string[], string | null]>([
    ['PASS', [], null],
    ['FAIL', ['CO-CHECK-FAILED compatibility-check:cc2'], 'BLOCKER'],
    ['PARTIAL', ['CO-CHECK-INCOMPLETE compatibility-check:cc2'], 'WARNING'],
    ['NOT_TESTED', ['CO-CHECK-INCOMPLETE compatibility-check:cc2'], 'WARNING'],
  ])('a %s check gives %j', (result, expected, severity) => {
    const snapshot = buildSnapshot({
      compatibilityChecks: [buildCompatibilityCheck({ id: 'cc1' }), buildCompatibilityCheck({ id: 'cc2', result })],
    })
    const findings = evaluate(snapshot, NOW)
    expect(codesAndTargets(findings)).toEqual(expected)
    if (severity) expect(findings[0]).toMatchObject({ severity, gate: 'COMPATIBILITY' })
  })

  it('warns when no compatibility check is recorded', () => {
    expect(compat(buildSnapshot({ compatibilityChecks: [] }))).toEqual(['CO-NO-CHECKS review:r1'])
  })

  it('names the component and version and says what to do', () => {
    const check = buildCompatibilityCheck({
      id: 'cc1',
      component: 'Debezium Postgres connector',
      componentVersion: '2.7',
      result: 'FAIL',
    })
    expect(evaluate(buildSnapshot({ compatibilityChecks: [check] }), NOW)[0].message).toBe(
      'Debezium Postgres connector 2.7 failed against the target platform. Fix or replace it and test again, or show it will not run on the target.',
    )
    const [partial] = evaluate(
      buildSnapshot({
        compatibilityChecks: [
          buildCompatibilityCheck({ id: 'cc1', component: 'kcat', componentVersion: undefined, result: 'NOT_TESTED' }),
        ],
      }),
      NOW,
    )
    expect(partial.message).toMatch(/^kcat is not tested against the target\. Test it fully in staging/)
  })
})

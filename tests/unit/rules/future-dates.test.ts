// Issue 10, item 1: a record dated after today says something that has not happened, so it proves nothing.
import { describe, expect, it } from 'vitest'
import { isFutureDay } from '@/lib/domain/dates'
import { evaluate } from '@/lib/rules'
import { buildCostLine, buildDrill, buildKey, buildSnapshot, codesAndTargets, NOW } from './snapshot-builders'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

describe('isFutureDay', () => {
  it.each([
    ['2026-11-26', '2026-11-26T12:00:00Z', false],
    ['2026-11-27', '2026-11-26T10:00:00Z', false], // midnight of the 27th in UTC+14
    ['2026-11-27', '2026-11-26T09:59:59Z', true], // still the 26th everywhere
    ['2026-11-27', '2026-11-26T12:00:00Z', false],
    ['2026-11-28', '2026-11-26T23:59:59Z', true],
    ['2099-12-31', '2026-11-26T12:00:00Z', true],
  ])('%s at %s is in the future: %s', (date, now, expected) => {
    expect(isFutureDay(day(date), new Date(now))).toBe(expected)
  })
})

describe('future-dated records', () => {
  it('a passed disabled-key drill dated 2099-12-31 does not clear the missing-drill blocker', () => {
    const snapshot = buildSnapshot({
      drills: [
        buildDrill({ id: 'future', scenario: 'KEY_DISABLED', performedOn: day('2099-12-31') }),
        buildDrill({ id: 'd-rotation', scenario: 'KEY_ROTATION' }),
      ],
    })
    expect(codesAndTargets(evaluate(snapshot, NOW), 'FR-')).toEqual([
      'FR-NO-KEY-DISABLED-DRILL review:r1',
      'FR-DRILL-FUTURE-DATED drill:future',
    ])
  })

  it('a future drill does not hide an earlier failure either', () => {
    const snapshot = buildSnapshot({
      drills: [
        buildDrill({ id: 'pass', scenario: 'KEY_DISABLED' }),
        buildDrill({ id: 'fail', scenario: 'KEY_ROTATION', outcome: 'FAILED', performedOn: day('2026-11-01') }),
        buildDrill({ id: 'future', scenario: 'KEY_ROTATION', performedOn: day('2099-01-01') }),
      ],
    })
    expect(codesAndTargets(evaluate(snapshot, NOW), 'FR-')).toEqual([
      'FR-NO-KEY-ROTATION-DRILL review:r1',
      'FR-DRILL-FAILED drill:fail',
      'FR-DRILL-FUTURE-DATED drill:future',
    ])
  })

  it('a cost line "pricing verified on 2099-01-01" is not verified, so the 180-day rule still holds', () => {
    const snapshot = buildSnapshot({ costLines: [buildCostLine({ id: 'c1', pricingVerifiedOn: day('2099-01-01') })] })
    const findings = evaluate(snapshot, NOW).filter((f) => f.code === 'CM-PRICING-UNVERIFIED')
    expect(findings.map((f) => f.targetRef)).toEqual(['cost-line:c1'])
    expect(findings[0].message).toContain('a date still to come')
  })

  it('a key "rotation validated on 2099-01-01" is not validated', () => {
    const snapshot = buildSnapshot({ keys: [buildKey({ rotationValidatedAt: day('2099-01-01') })] })
    const findings = evaluate(snapshot, NOW).filter((f) => f.code === 'KA-ROTATION-NOT-VALIDATED')
    expect(findings.map((f) => f.targetRef)).toEqual(['key:k1'])
    expect(findings[0].message).toContain('2099-01-01')
  })

  it('records dated today count', () => {
    const today = day('2026-11-26')
    const snapshot = buildSnapshot({
      drills: [
        buildDrill({ id: 'd1', scenario: 'KEY_DISABLED', performedOn: today }),
        buildDrill({ id: 'd2', scenario: 'KEY_ROTATION', performedOn: today }),
      ],
      costLines: [buildCostLine({ id: 'c1', pricingVerifiedOn: today })],
      keys: [buildKey({ rotationValidatedAt: today })],
    })
    expect(evaluate(snapshot, NOW)).toEqual([])
  })
})

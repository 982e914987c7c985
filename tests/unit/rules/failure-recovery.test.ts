import { describe, expect, it } from 'vitest'
import { addDays } from '@/lib/domain/dates'
import type { SnapshotDrill } from '@/lib/domain/review-snapshot'
import { evaluate } from '@/lib/rules'
import { buildDrill, buildSnapshot, codesAndTargets, NOW } from './snapshot-builders'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
const recovery = (drills: SnapshotDrill[]) => codesAndTargets(evaluate(buildSnapshot({ drills }), NOW), 'FR-')
const rotationPassed = buildDrill({ id: 'rot', scenario: 'KEY_ROTATION' })
const disabledPassed = buildDrill({ id: 'dis', scenario: 'KEY_DISABLED' })

describe('failure recovery rules: required drills', () => {
  it.each<[string, SnapshotDrill[], string[]]>([
    ['both passed', [disabledPassed, rotationPassed], []],
    ['no drills at all', [], ['FR-NO-KEY-DISABLED-DRILL review:r1', 'FR-NO-KEY-ROTATION-DRILL review:r1']],
    ['only rotation passed', [rotationPassed], ['FR-NO-KEY-DISABLED-DRILL review:r1']],
    ['only disabled passed', [disabledPassed], ['FR-NO-KEY-ROTATION-DRILL review:r1']],
    [
      'other scenarios passed',
      [
        buildDrill({ id: 'b', scenario: 'BROKER_FAILURE' }),
        buildDrill({ id: 'x', scenario: 'KEY_DELETION_SCHEDULED' }),
      ],
      ['FR-NO-KEY-DISABLED-DRILL review:r1', 'FR-NO-KEY-ROTATION-DRILL review:r1'],
    ],
    [
      'disabled only partly passed',
      [rotationPassed, buildDrill({ id: 'p', scenario: 'KEY_DISABLED', outcome: 'PARTIAL' })],
      ['FR-NO-KEY-DISABLED-DRILL review:r1', 'FR-DRILL-FAILED drill:p'],
    ],
  ])('%s gives %j', (_, drills, expected) => {
    expect(recovery(drills)).toEqual(expected)
  })

  it('blocks the failure-recovery gate and says how to run the missing drill', () => {
    const [finding] = evaluate(buildSnapshot({ drills: [rotationPassed] }), NOW)
    expect(finding).toMatchObject({ code: 'FR-NO-KEY-DISABLED-DRILL', severity: 'BLOCKER', gate: 'FAILURE_RECOVERY' })
    expect(finding.message).toMatch(/^No key disabled drill has passed\. Run one: disable the key in staging/)
  })

  it('says so when drills of the scenario were recorded but none passed', () => {
    const findings = evaluate(
      buildSnapshot({ drills: [rotationPassed, buildDrill({ id: 'f', scenario: 'KEY_DISABLED', outcome: 'FAILED' })] }),
      NOW,
    )
    expect(findings.find((f) => f.code === 'FR-NO-KEY-DISABLED-DRILL')!.message).toContain(
      'yet (the drills recorded did not pass)',
    )
  })
})

describe('failure recovery rules: failed drills', () => {
  const failed = (performedOn: string, outcome: SnapshotDrill['outcome'] = 'FAILED') =>
    buildDrill({ id: 'f', scenario: 'BROKER_FAILURE', outcome, performedOn: day(performedOn) })
  const passed = (performedOn: string, scenario: SnapshotDrill['scenario'] = 'BROKER_FAILURE') =>
    buildDrill({ id: `p-${performedOn}`, scenario, performedOn: day(performedOn) })

  it.each<[string, SnapshotDrill[], string[]]>([
    ['a failure with no pass', [failed('2026-09-01')], ['FR-DRILL-FAILED drill:f']],
    ['a partial pass with no pass', [failed('2026-09-01', 'PARTIAL')], ['FR-DRILL-FAILED drill:f']],
    ['a failure followed by a pass', [failed('2026-09-01'), passed('2026-09-20')], []],
    ['a failure and a pass on the same day', [failed('2026-09-01'), passed('2026-09-01')], []],
    ['a pass followed by a failure', [passed('2026-08-01'), failed('2026-09-01')], ['FR-DRILL-FAILED drill:f']],
    [
      'a failure followed by a pass of another scenario',
      [failed('2026-09-01'), passed('2026-09-20', 'REGION_FAILOVER')],
      ['FR-DRILL-FAILED drill:f'],
    ],
  ])('%s gives %j', (_, drills, expected) => {
    expect(recovery([disabledPassed, rotationPassed, ...drills])).toEqual(expected)
  })

  it('warns, dating the failure and asking for a repeat', () => {
    const finding = evaluate(buildSnapshot({ drills: [disabledPassed, rotationPassed, failed('2026-09-01')] }), NOW)[0]
    expect(finding).toMatchObject({ severity: 'WARNING', gate: 'FAILURE_RECOVERY' })
    expect(finding.message).toBe(
      'The broker failure drill of 2026-09-01 failed and no later drill of that scenario passed. Fix what failed, repeat the drill and record the result.',
    )
  })
})

describe('failure recovery rules: stale drills', () => {
  const rotationOn = (performedOn: Date, id = 'rot') => buildDrill({ id, scenario: 'KEY_ROTATION', performedOn })

  it.each<[string, Date, string[]]>([
    ['a month old', addDays(NOW, -30), []],
    ['exactly 365 days old', addDays(NOW, -365), []],
    ['365 days and a millisecond old', new Date(addDays(NOW, -365).getTime() - 1), ['FR-DRILL-STALE drill:rot']],
    ['two years old', addDays(NOW, -730), ['FR-DRILL-STALE drill:rot']],
  ])('a passed rotation drill %s gives %j', (_, performedOn, expected) => {
    expect(recovery([disabledPassed, rotationOn(performedOn)])).toEqual(expected)
  })

  it('judges only the latest pass of a scenario', () => {
    expect(
      recovery([disabledPassed, rotationOn(addDays(NOW, -800), 'old'), rotationOn(addDays(NOW, -10), 'new')]),
    ).toEqual([])
    expect(
      recovery([disabledPassed, rotationOn(addDays(NOW, -800), 'old'), rotationOn(addDays(NOW, -400), 'newer')]),
    ).toEqual(['FR-DRILL-STALE drill:newer'])
  })

  it('does not count failed drills as stale', () => {
    expect(
      recovery([
        disabledPassed,
        rotationPassed,
        buildDrill({ id: 'f', scenario: 'REGION_FAILOVER', outcome: 'FAILED', performedOn: addDays(NOW, -900) }),
      ]),
    ).toEqual(['FR-DRILL-FAILED drill:f'])
  })
})

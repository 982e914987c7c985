// Failure recovery: the disabled-key and rotation drills have passed, failures were followed by a
// pass, and the latest pass of each scenario is recent enough to still describe the platform.
import { isFutureDay, isOlderThanDays, isoDate } from '@/lib/domain/dates'
import { DRILL_OUTCOME_LABELS, DRILL_SCENARIO_LABELS, type DrillScenario } from '@/lib/domain/gate-enums'
import type { SnapshotDrill } from '@/lib/domain/review-snapshot'
import type { RuleContext } from './context'
import type { FindingCode } from './finding-codes'
import { drillRef, makeFinding, reviewRef, type Finding } from './finding'

export const DRILL_RETEST_DAYS = 365

const MISSING_DRILL_CODES: [DrillScenario, FindingCode, string][] = [
  [
    'KEY_DISABLED',
    'FR-NO-KEY-DISABLED-DRILL',
    'disable the key in staging, record what stops working and how service is restored, and the time it took',
  ],
  [
    'KEY_ROTATION',
    'FR-NO-KEY-ROTATION-DRILL',
    'rotate the key in staging, confirm producers and consumers keep working and old data stays readable',
  ],
]

const isFuture = (drill: SnapshotDrill, now: Date) => isFutureDay(drill.performedOn, now)

/** The latest passed drill of each scenario (ties keep the first seen); a drill dated after `now` has not happened. */
function latestPassedByScenario(drills: readonly SnapshotDrill[], now: Date): Map<DrillScenario, SnapshotDrill> {
  const latest = new Map<DrillScenario, SnapshotDrill>()
  for (const drill of drills) {
    if (drill.outcome !== 'PASSED' || isFuture(drill, now)) continue
    const current = latest.get(drill.scenario)
    if (!current || drill.performedOn.getTime() > current.performedOn.getTime()) latest.set(drill.scenario, drill)
  }
  return latest
}

export function failureRecoveryFindings(context: RuleContext, now: Date): Finding[] {
  const { snapshot } = context
  const drills = context.drills.filter((drill) => !isFuture(drill, now))
  const latestPassed = latestPassedByScenario(drills, now)
  const findings: Finding[] = context.drills
    .filter((drill) => isFuture(drill, now))
    .map((drill) =>
      makeFinding(
        'FR-DRILL-FUTURE-DATED',
        drillRef(drill.id),
        `The ${DRILL_SCENARIO_LABELS[drill.scenario].toLowerCase()} drill is dated ${isoDate(drill.performedOn)}, ` +
          'a date still to come, so it does not count. Correct its date, or withdraw it if it has not been run.',
      ),
    )
  for (const [scenario, code, how] of MISSING_DRILL_CODES) {
    if (latestPassed.has(scenario)) continue
    const tried = drills.some((drill) => drill.scenario === scenario)
    findings.push(
      makeFinding(
        code,
        reviewRef(snapshot.id),
        `No ${DRILL_SCENARIO_LABELS[scenario].toLowerCase()} drill has ` +
          `passed${tried ? ' yet (the drills recorded did not pass)' : ''}. Run one: ${how}; then record it as a ` +
          `recovery drill.`,
      ),
    )
  }
  for (const drill of drills) {
    if (drill.outcome === 'PASSED') continue
    const pass = latestPassed.get(drill.scenario)
    // Drills are dated by day, so a pass on the same day as the failure counts as the retest.
    if (pass && pass.performedOn.getTime() >= drill.performedOn.getTime()) continue
    findings.push(
      makeFinding(
        'FR-DRILL-FAILED',
        drillRef(drill.id),
        `The ${DRILL_SCENARIO_LABELS[drill.scenario].toLowerCase()} drill of ${isoDate(drill.performedOn)} ` +
          `${DRILL_OUTCOME_LABELS[drill.outcome].toLowerCase()} and no later drill of that scenario passed. Fix ` +
          `what failed, repeat the drill and record the result.`,
      ),
    )
  }
  for (const pass of latestPassed.values()) {
    if (!isOlderThanDays(pass.performedOn, DRILL_RETEST_DAYS, now)) continue
    findings.push(
      makeFinding(
        'FR-DRILL-STALE',
        drillRef(pass.id),
        `The last passed ${DRILL_SCENARIO_LABELS[pass.scenario].toLowerCase()} drill was on ` +
          `${isoDate(pass.performedOn)}, more than ${DRILL_RETEST_DAYS} days ago. Repeat it so it reflects the ` +
          `platform as it runs today.`,
      ),
    )
  }
  return findings
}

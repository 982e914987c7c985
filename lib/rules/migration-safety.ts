// Migration safety: the plan can be rolled back and is watched for a while before the old platform
// goes, and nothing in it is stuck.
import { MIGRATION_STEP_KIND_LABELS, type MigrationStepKind } from '@/lib/domain/gate-enums'
import type { RuleContext } from './context'
import type { FindingCode } from './finding-codes'
import { makeFinding, migrationStepRef, reviewRef, type Finding } from './finding'

const REQUIRED_STEPS: [MigrationStepKind, FindingCode, string][] = [
  [
    'ROLLBACK',
    'MS-NO-ROLLBACK-STEP',
    'Add a rollback step: what triggers it, who decides, the steps, and how long after cutover it stays possible.',
  ],
  [
    'VALIDATION_WINDOW',
    'MS-NO-VALIDATION-WINDOW',
    'Add a validation window: how long source and target run side by side, what is compared, and when the old ' +
      'cluster and its key are retired.',
  ],
]

/** Migration is out of the review when every migration-safety request is marked not applicable. */
function isMigrationNotApplicable(context: RuleContext): boolean {
  const requests = context.requests.filter((request) => request.gate === 'MIGRATION_SAFETY')
  return requests.length > 0 && requests.every((request) => request.status === 'NOT_APPLICABLE')
}

export function migrationSafetyFindings(context: RuleContext): Finding[] {
  const { migrationSteps, snapshot } = context
  const findings: Finding[] = []
  for (const step of migrationSteps) {
    if (step.status !== 'BLOCKED') continue
    const name = step.description
      ? `"${step.description}"`
      : `The ${MIGRATION_STEP_KIND_LABELS[step.kind].toLowerCase()} step`
    findings.push(
      makeFinding(
        'MS-STEP-BLOCKED',
        migrationStepRef(step.id),
        `Migration step ${name} is blocked. Resolve what blocks it or change the plan, then update its status.`,
      ),
    )
  }
  if (isMigrationNotApplicable(context)) return findings
  const kinds = new Set(migrationSteps.map((step) => step.kind))
  for (const [kind, code, what] of REQUIRED_STEPS) {
    if (!kinds.has(kind))
      findings.push(
        makeFinding(
          code,
          reviewRef(snapshot.id),
          `The migration plan has no ${MIGRATION_STEP_KIND_LABELS[kind].toLowerCase()} step. ${what}`,
        ),
      )
  }
  return findings
}

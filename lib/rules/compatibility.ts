// Compatibility: the workloads the organization runs were tested against the target, and passed.
import { COMPATIBILITY_RESULT_LABELS } from '@/lib/domain/gate-enums'
import type { SnapshotCompatibilityCheck } from '@/lib/domain/review-snapshot'
import type { RuleContext } from './context'
import { compatibilityCheckRef, makeFinding, reviewRef, type Finding } from './finding'

const componentName = (check: SnapshotCompatibilityCheck) =>
  check.componentVersion ? `${check.component} ${check.componentVersion}` : check.component

function checkFindings(check: SnapshotCompatibilityCheck): Finding[] {
  const ref = compatibilityCheckRef(check.id)
  switch (check.result) {
    case 'FAIL':
      return [
        makeFinding(
          'CO-CHECK-FAILED',
          ref,
          `${componentName(check)} failed against the target platform. Fix or replace it and test again, or show ` +
            `it will not run on the target.`,
        ),
      ]
    case 'PARTIAL':
    case 'NOT_TESTED':
      return [
        makeFinding(
          'CO-CHECK-INCOMPLETE',
          ref,
          `${componentName(check)} is ${COMPATIBILITY_RESULT_LABELS[check.result].toLowerCase()} against the ` +
            `target. Test it fully in staging and record what works and what does not.`,
        ),
      ]
    default:
      return []
  }
}

export function compatibilityFindings(context: RuleContext): Finding[] {
  if (context.compatibilityChecks.length === 0) {
    return [
      makeFinding(
        'CO-NO-CHECKS',
        reviewRef(context.snapshot.id),
        'No compatibility checks are recorded. Add one per client library and version, connector and admin tool ' +
          'used in production, with the result of testing it against the target.',
      ),
    ]
  }
  return context.compatibilityChecks.flatMap(checkFindings)
}

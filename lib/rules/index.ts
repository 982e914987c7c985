// The findings engine: a pure function of a review snapshot and the current time.
import type { ReviewSnapshot } from '@/lib/domain/review-snapshot'
import { auditEvidenceFindings } from './audit-evidence'
import { compatibilityFindings } from './compatibility'
import { configurationFindings } from './configuration'
import { buildRuleContext, type RuleContext } from './context'
import { costModelFindings } from './cost-model'
import { evidenceExpiryFindings } from './evidence-expiry'
import { evidenceRequestFindings } from './evidence-requests'
import { applyExceptions } from './exceptions'
import { failureRecoveryFindings } from './failure-recovery'
import { compareFindings, type Finding } from './finding'
import { jurisdictionFindings } from './jurisdiction'
import { keyAdministrationFindings } from './key-administration'
import { migrationSafetyFindings } from './migration-safety'
import { scannerFindings } from './scanners'
import { storageBoundaryFindings } from './storage-boundary'
import { templateCoverageFindings } from './template-coverage'

type RuleSet = (context: RuleContext, now: Date) => Finding[]

const RULE_SETS: RuleSet[] = [
  storageBoundaryFindings,
  templateCoverageFindings,
  jurisdictionFindings,
  keyAdministrationFindings,
  scannerFindings,
  compatibilityFindings,
  auditEvidenceFindings,
  costModelFindings,
  failureRecoveryFindings,
  migrationSafetyFindings,
  evidenceRequestFindings,
  evidenceExpiryFindings,
  configurationFindings,
]

export function evaluate(snapshot: ReviewSnapshot, now: Date): Finding[] {
  const context = buildRuleContext(snapshot)
  const findings = RULE_SETS.flatMap((ruleSet) => ruleSet(context, now))
  return applyExceptions(findings, snapshot.exceptions, now).sort(compareFindings)
}

export {
  DECISION_STALE_CODES,
  EVIDENCE_EXPIRED_CODES,
  EVIDENCE_EXPIRING_CODES,
  FINDING_CODES,
  isFindingCode,
  REQUEST_NOT_ACCEPTED_CODES,
  type FindingCode,
  type FindingCodeInfo,
} from './finding-codes'
export {
  compareFindings,
  compatibilityCheckRef,
  costLineRef,
  drillRef,
  evidenceRef,
  isOpenBlocker,
  keyRef,
  kindRef,
  locationRef,
  migrationStepRef,
  regionRef,
  requestRef,
  reviewRef,
  type AcceptedRisk,
  type Finding,
} from './finding'
export { isExceptionLive } from './exceptions'
export { countWords, openBlockersForGate, summarize, type FindingCounts, type FindingSummary } from './summary'
export { EVIDENCE_EXPIRY_WARNING_DAYS } from './evidence-expiry'
export { DRILL_RETEST_DAYS } from './failure-recovery'
export { PRICING_RECHECK_DAYS } from './cost-model'

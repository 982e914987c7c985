// The findings engine: a pure function of a review snapshot and the current time.
import type { ReviewSnapshot } from '@/lib/domain/review-snapshot'
import { buildRuleContext } from './context'
import { applyExceptions } from './exceptions'
import { compareFindings, type Finding } from './finding'
import { jurisdictionFindings } from './jurisdiction'
import { keyAdministrationFindings } from './key-administration'
import { storageBoundaryFindings } from './storage-boundary'
import { templateCoverageFindings } from './template-coverage'

const RULE_SETS = [storageBoundaryFindings, templateCoverageFindings, jurisdictionFindings, keyAdministrationFindings]

export function evaluate(snapshot: ReviewSnapshot, now: Date): Finding[] {
  const context = buildRuleContext(snapshot)
  const findings = RULE_SETS.flatMap((ruleSet) => ruleSet(context))
  return applyExceptions(findings, snapshot.exceptions, now).sort(compareFindings)
}

export { FINDING_CODES, isFindingCode, type FindingCode, type FindingCodeInfo } from './finding-codes'
export {
  compareFindings, isOpenBlocker, keyRef, kindRef, locationRef, regionRef, reviewRef,
  type AcceptedRisk, type Finding,
} from './finding'
export { isExceptionLive } from './exceptions'
export { openBlockersForGate, summarize, type FindingCounts, type FindingSummary } from './summary'

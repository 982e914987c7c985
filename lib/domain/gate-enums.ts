// Closed value sets of the gates' records: evidence requests, evidence, drills, cost lines,
// compatibility checks and migration steps. Values mirror the Prisma enums; labels are for people.

export const REQUEST_STATUSES = ['OPEN', 'SUBMITTED', 'ACCEPTED', 'CHANGES_REQUESTED', 'NOT_APPLICABLE'] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]
export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  OPEN: 'Open',
  SUBMITTED: 'Submitted',
  ACCEPTED: 'Accepted',
  CHANGES_REQUESTED: 'Changes requested',
  NOT_APPLICABLE: 'Not applicable',
}

/** A request in one of these states waits on the platform owner (an upload or a corrected upload). */
export const REQUEST_STATUSES_AWAITING_EVIDENCE: readonly RequestStatus[] = ['OPEN', 'CHANGES_REQUESTED']

/** True when the request no longer holds its gate back. */
export function isRequestSettled(status: RequestStatus): boolean {
  return status === 'ACCEPTED' || status === 'NOT_APPLICABLE'
}

export const EVIDENCE_KINDS = ['FILE', 'LINK'] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  FILE: 'File',
  LINK: 'Link',
}

export const DRILL_SCENARIOS = [
  'KEY_ROTATION',
  'KEY_DISABLED',
  'KEY_DELETION_SCHEDULED',
  'BROKER_FAILURE',
  'OBJECT_STORE_ACCESS_FAILURE',
  'REGION_FAILOVER',
  'MIGRATION_ROLLBACK',
] as const
export type DrillScenario = (typeof DRILL_SCENARIOS)[number]
export const DRILL_SCENARIO_LABELS: Record<DrillScenario, string> = {
  KEY_ROTATION: 'Key rotation',
  KEY_DISABLED: 'Key disabled',
  KEY_DELETION_SCHEDULED: 'Key deletion scheduled',
  BROKER_FAILURE: 'Broker failure',
  OBJECT_STORE_ACCESS_FAILURE: 'Object-store access failure',
  REGION_FAILOVER: 'Region failover',
  MIGRATION_ROLLBACK: 'Migration rollback',
}

/** The drills a review cannot pass without (design section 4). */
export const REQUIRED_DRILL_SCENARIOS: readonly DrillScenario[] = ['KEY_DISABLED', 'KEY_ROTATION']

export const DRILL_OUTCOMES = ['PASSED', 'PARTIAL', 'FAILED'] as const
export type DrillOutcome = (typeof DRILL_OUTCOMES)[number]
export const DRILL_OUTCOME_LABELS: Record<DrillOutcome, string> = {
  PASSED: 'Passed',
  PARTIAL: 'Partly passed',
  FAILED: 'Failed',
}

export const COST_CATEGORIES = [
  'STORAGE',
  'KEY_REQUESTS',
  'CROSS_ZONE_TRAFFIC',
  'PRIVATE_CONNECTIVITY',
  'RETENTION',
  'MIGRATION',
  'OTHER',
] as const
export type CostCategory = (typeof COST_CATEGORIES)[number]
export const COST_CATEGORY_LABELS: Record<CostCategory, string> = {
  STORAGE: 'Storage',
  KEY_REQUESTS: 'Key-service requests and key fees',
  CROSS_ZONE_TRAFFIC: 'Cross-zone traffic',
  PRIVATE_CONNECTIVITY: 'Private connectivity',
  RETENTION: 'Retention',
  MIGRATION: 'Migration',
  OTHER: 'Other',
}

export const COMPATIBILITY_RESULTS = ['PASS', 'PARTIAL', 'FAIL', 'NOT_TESTED'] as const
export type CompatibilityResult = (typeof COMPATIBILITY_RESULTS)[number]
export const COMPATIBILITY_RESULT_LABELS: Record<CompatibilityResult, string> = {
  PASS: 'Pass',
  PARTIAL: 'Partial',
  FAIL: 'Fail',
  NOT_TESTED: 'Not tested',
}

export const MIGRATION_STEP_KINDS = [
  'TOPIC_MAPPING',
  'OFFSETS',
  'CONSUMER_PROGRESS',
  'PRODUCER_CUTOVER',
  'ROLLBACK',
  'VALIDATION_WINDOW',
  'OTHER',
] as const
export type MigrationStepKind = (typeof MIGRATION_STEP_KINDS)[number]
export const MIGRATION_STEP_KIND_LABELS: Record<MigrationStepKind, string> = {
  TOPIC_MAPPING: 'Topic mapping',
  OFFSETS: 'Offsets',
  CONSUMER_PROGRESS: 'Consumer progress',
  PRODUCER_CUTOVER: 'Producer cutover',
  ROLLBACK: 'Rollback',
  VALIDATION_WINDOW: 'Validation window',
  OTHER: 'Other',
}

export const MIGRATION_STEP_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'BLOCKED'] as const
export type MigrationStepStatus = (typeof MIGRATION_STEP_STATUSES)[number]
export const MIGRATION_STEP_STATUS_LABELS: Record<MigrationStepStatus, string> = {
  PLANNED: 'Planned',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  BLOCKED: 'Blocked',
}

// The closed catalog of finding codes. Codes are stable: exceptions and sign-offs refer to them.
import type { Gate, Severity } from '@/lib/domain/enums'
import { GATE_CODE_PREFIXES } from '@/lib/domain/gate-catalog'

export interface FindingCodeInfo {
  title: string
  gate: Gate
  severity: Severity
}

export const FINDING_CODES = {
  'SB-INVENTORY-EMPTY': { title: 'No storage location in scope', gate: 'STORAGE_BOUNDARY', severity: 'BLOCKER' },
  'SB-ENCRYPTION-MISSING': {
    title: 'In-scope location not encrypted, or encryption unknown',
    gate: 'STORAGE_BOUNDARY',
    severity: 'BLOCKER',
  },
  'SB-NO-KEY': { title: 'In-scope location has no key mapped', gate: 'STORAGE_BOUNDARY', severity: 'BLOCKER' },
  'SB-EXCLUSION-REASON': {
    title: 'Location excluded without a reason of substance',
    gate: 'STORAGE_BOUNDARY',
    severity: 'BLOCKER',
  },
  'SB-TEMPLATE-KIND-MISSING': {
    title: 'A location kind the template expects is missing',
    gate: 'STORAGE_BOUNDARY',
    severity: 'WARNING',
  },
  'SB-TEMPLATE-UNKNOWN': { title: 'Template not in the catalog', gate: 'STORAGE_BOUNDARY', severity: 'WARNING' },
  'SB-JURISDICTION': {
    title: 'Region outside the allowed jurisdictions',
    gate: 'STORAGE_BOUNDARY',
    severity: 'BLOCKER',
  },
  'SB-JURISDICTION-UNKNOWN': {
    title: 'Region with an unknown jurisdiction',
    gate: 'STORAGE_BOUNDARY',
    severity: 'WARNING',
  },
  'SB-REGION-MISSING': { title: 'In-scope location without a region', gate: 'STORAGE_BOUNDARY', severity: 'WARNING' },
  'KA-BELOW-REQUIREMENT': {
    title: 'Key model weaker than the key requirement',
    gate: 'KEY_ADMINISTRATION',
    severity: 'BLOCKER',
  },
  'KA-CMK-UNSUPPORTED': {
    title: 'Platform offers no customer-managed key for this location',
    gate: 'KEY_ADMINISTRATION',
    severity: 'BLOCKER',
  },
  'KA-CMK-UNVERIFIED': {
    title: 'Customer-managed key support partial or unknown',
    gate: 'KEY_ADMINISTRATION',
    severity: 'WARNING',
  },
  'KA-CONTROLLER-CLAIM': {
    title: 'Customer key claimed on a location a vendor or provider controls',
    gate: 'KEY_ADMINISTRATION',
    severity: 'BLOCKER',
  },
  'KA-VENDOR-TERM': {
    title: 'The vendor uses this key term for another key model',
    gate: 'KEY_ADMINISTRATION',
    severity: 'WARNING',
  },
  'KA-BYOC-NOT-BYOK': {
    title: 'BYOC does not imply a customer-controlled key',
    gate: 'KEY_ADMINISTRATION',
    severity: 'WARNING',
  },
  'KA-NO-ROTATION': { title: 'Key without rotation', gate: 'KEY_ADMINISTRATION', severity: 'WARNING' },
  'KA-ROTATION-NOT-VALIDATED': {
    title: 'Key rotation never validated',
    gate: 'KEY_ADMINISTRATION',
    severity: 'WARNING',
  },
  'KA-SCAN-PROVIDER-KEY': {
    title: 'Scanner pass re-graded: encrypted under a provider-managed key',
    gate: 'KEY_ADMINISTRATION',
    severity: 'WARNING',
  },
  'KA-SCAN-NOT-SELECTABLE': {
    title: 'Scanner pass re-graded: no customer key can be chosen',
    gate: 'KEY_ADMINISTRATION',
    severity: 'WARNING',
  },

  'CO-CHECK-FAILED': { title: 'Compatibility check failed', gate: 'COMPATIBILITY', severity: 'BLOCKER' },
  'CO-CHECK-INCOMPLETE': {
    title: 'Compatibility check partial or not tested',
    gate: 'COMPATIBILITY',
    severity: 'WARNING',
  },
  'CO-NO-CHECKS': { title: 'No compatibility checks recorded', gate: 'COMPATIBILITY', severity: 'WARNING' },
  'AE-KEY-LOG-WAIVED': {
    title: 'Key usage log waived while customer-controlled keys are in use',
    gate: 'AUDIT_EVIDENCE',
    severity: 'WARNING',
  },
  'CM-NO-KEY-REQUEST-COST': {
    title: 'Customer-controlled keys without a key-service cost line',
    gate: 'COST_MODEL',
    severity: 'WARNING',
  },
  'CM-PRICING-UNVERIFIED': {
    title: 'Cost line pricing not verified in the last 180 days',
    gate: 'COST_MODEL',
    severity: 'WARNING',
  },
  'CM-MIXED-CURRENCY': { title: 'Cost lines in more than one currency', gate: 'COST_MODEL', severity: 'INFO' },
  'FR-NO-KEY-DISABLED-DRILL': { title: 'No passed disabled-key drill', gate: 'FAILURE_RECOVERY', severity: 'BLOCKER' },
  'FR-NO-KEY-ROTATION-DRILL': { title: 'No passed key rotation drill', gate: 'FAILURE_RECOVERY', severity: 'BLOCKER' },
  'FR-DRILL-FAILED': {
    title: 'Drill failed or partly passed, with no later pass',
    gate: 'FAILURE_RECOVERY',
    severity: 'WARNING',
  },
  'FR-DRILL-FUTURE-DATED': {
    title: 'Drill dated in the future',
    gate: 'FAILURE_RECOVERY',
    severity: 'WARNING',
  },
  'FR-DRILL-STALE': {
    title: 'Latest passed drill of a scenario is over a year old',
    gate: 'FAILURE_RECOVERY',
    severity: 'WARNING',
  },
  'MS-STEP-BLOCKED': { title: 'Migration step blocked', gate: 'MIGRATION_SAFETY', severity: 'BLOCKER' },
  'MS-NO-ROLLBACK-STEP': {
    title: 'Migration plan has no rollback step',
    gate: 'MIGRATION_SAFETY',
    severity: 'WARNING',
  },
  'MS-NO-VALIDATION-WINDOW': {
    title: 'Migration plan has no validation window',
    gate: 'MIGRATION_SAFETY',
    severity: 'WARNING',
  },

  // Facts imported from configuration outputs (lib/rules/configuration.ts).
  'KA-CLAIM-CONTRADICTS-SOURCE': {
    title: 'A claimed value contradicts an imported configuration',
    gate: 'KEY_ADMINISTRATION',
    severity: 'BLOCKER',
  },
  'KA-PROVIDER-KEY-CLAIMED-CUSTOMER': {
    title: 'Claimed customer-managed, but the key is provider-managed',
    gate: 'KEY_ADMINISTRATION',
    severity: 'BLOCKER',
  },
  'KA-KEY-PENDING-DELETION': { title: 'Key pending deletion', gate: 'KEY_ADMINISTRATION', severity: 'BLOCKER' },
  'KA-KEY-MATERIAL-EXPIRES': {
    title: 'Imported key material expires',
    gate: 'KEY_ADMINISTRATION',
    severity: 'WARNING',
  },
  'KA-DECRYPT-OUTSIDE-REVIEW': {
    title: "A principal outside the review's accounts can decrypt",
    gate: 'KEY_ADMINISTRATION',
    severity: 'BLOCKER',
  },
  'KA-DECRYPT-VIA-IAM': {
    title: 'Who can decrypt depends on IAM policies not supplied',
    gate: 'KEY_ADMINISTRATION',
    severity: 'WARNING',
  },
  'KA-DECRYPT-ANY-PRINCIPAL': {
    title: 'Key policy lets any principal use the key, under conditions not evaluated',
    gate: 'KEY_ADMINISTRATION',
    severity: 'WARNING',
  },
  'MS-KEY-FIXED-AT-CREATION': {
    title: 'Requirement not met, and the key cannot be changed in place',
    gate: 'MIGRATION_SAFETY',
    severity: 'WARNING',
  },

  // One code per gate for the cross-gate rules, so a finding's gate follows from its code.
  'CO-REQUEST-NOT-ACCEPTED': {
    title: 'Required evidence request not accepted',
    gate: 'COMPATIBILITY',
    severity: 'BLOCKER',
  },
  'SB-REQUEST-NOT-ACCEPTED': {
    title: 'Required evidence request not accepted',
    gate: 'STORAGE_BOUNDARY',
    severity: 'BLOCKER',
  },
  'KA-REQUEST-NOT-ACCEPTED': {
    title: 'Required evidence request not accepted',
    gate: 'KEY_ADMINISTRATION',
    severity: 'BLOCKER',
  },
  'AE-REQUEST-NOT-ACCEPTED': {
    title: 'Required evidence request not accepted',
    gate: 'AUDIT_EVIDENCE',
    severity: 'BLOCKER',
  },
  'CM-REQUEST-NOT-ACCEPTED': {
    title: 'Required evidence request not accepted',
    gate: 'COST_MODEL',
    severity: 'BLOCKER',
  },
  'FR-REQUEST-NOT-ACCEPTED': {
    title: 'Required evidence request not accepted',
    gate: 'FAILURE_RECOVERY',
    severity: 'BLOCKER',
  },
  'MS-REQUEST-NOT-ACCEPTED': {
    title: 'Required evidence request not accepted',
    gate: 'MIGRATION_SAFETY',
    severity: 'BLOCKER',
  },
  'CO-EVIDENCE-EXPIRED': { title: 'Evidence past its expiry', gate: 'COMPATIBILITY', severity: 'BLOCKER' },
  'SB-EVIDENCE-EXPIRED': { title: 'Evidence past its expiry', gate: 'STORAGE_BOUNDARY', severity: 'BLOCKER' },
  'KA-EVIDENCE-EXPIRED': { title: 'Evidence past its expiry', gate: 'KEY_ADMINISTRATION', severity: 'BLOCKER' },
  'AE-EVIDENCE-EXPIRED': { title: 'Evidence past its expiry', gate: 'AUDIT_EVIDENCE', severity: 'BLOCKER' },
  'CM-EVIDENCE-EXPIRED': { title: 'Evidence past its expiry', gate: 'COST_MODEL', severity: 'BLOCKER' },
  'FR-EVIDENCE-EXPIRED': { title: 'Evidence past its expiry', gate: 'FAILURE_RECOVERY', severity: 'BLOCKER' },
  'MS-EVIDENCE-EXPIRED': { title: 'Evidence past its expiry', gate: 'MIGRATION_SAFETY', severity: 'BLOCKER' },
  'CO-DECISION-STALE': { title: 'Decision stale — re-review needed', gate: 'COMPATIBILITY', severity: 'BLOCKER' },
  'SB-DECISION-STALE': { title: 'Decision stale — re-review needed', gate: 'STORAGE_BOUNDARY', severity: 'BLOCKER' },
  'KA-DECISION-STALE': { title: 'Decision stale — re-review needed', gate: 'KEY_ADMINISTRATION', severity: 'BLOCKER' },
  'AE-DECISION-STALE': { title: 'Decision stale — re-review needed', gate: 'AUDIT_EVIDENCE', severity: 'BLOCKER' },
  'CM-DECISION-STALE': { title: 'Decision stale — re-review needed', gate: 'COST_MODEL', severity: 'BLOCKER' },
  'FR-DECISION-STALE': { title: 'Decision stale — re-review needed', gate: 'FAILURE_RECOVERY', severity: 'BLOCKER' },
  'MS-DECISION-STALE': { title: 'Decision stale — re-review needed', gate: 'MIGRATION_SAFETY', severity: 'BLOCKER' },
  'CO-EVIDENCE-EXPIRING': { title: 'Evidence expires within 30 days', gate: 'COMPATIBILITY', severity: 'WARNING' },
  'SB-EVIDENCE-EXPIRING': { title: 'Evidence expires within 30 days', gate: 'STORAGE_BOUNDARY', severity: 'WARNING' },
  'KA-EVIDENCE-EXPIRING': { title: 'Evidence expires within 30 days', gate: 'KEY_ADMINISTRATION', severity: 'WARNING' },
  'AE-EVIDENCE-EXPIRING': { title: 'Evidence expires within 30 days', gate: 'AUDIT_EVIDENCE', severity: 'WARNING' },
  'CM-EVIDENCE-EXPIRING': { title: 'Evidence expires within 30 days', gate: 'COST_MODEL', severity: 'WARNING' },
  'FR-EVIDENCE-EXPIRING': { title: 'Evidence expires within 30 days', gate: 'FAILURE_RECOVERY', severity: 'WARNING' },
  'MS-EVIDENCE-EXPIRING': { title: 'Evidence expires within 30 days', gate: 'MIGRATION_SAFETY', severity: 'WARNING' },
} as const satisfies Record<string, FindingCodeInfo>

export type FindingCode = keyof typeof FINDING_CODES

export function isFindingCode(value: string): value is FindingCode {
  return Object.hasOwn(FINDING_CODES, value)
}

type PerGateCode<Suffix extends string> = `${(typeof GATE_CODE_PREFIXES)[Gate]}-${Suffix}` & FindingCode

function perGate<Suffix extends string>(suffix: Suffix): Readonly<Record<Gate, PerGateCode<Suffix>>> {
  const entries = Object.entries(GATE_CODE_PREFIXES).map(([gate, prefix]) => [gate, `${prefix}-${suffix}`])
  return Object.fromEntries(entries) as Record<Gate, PerGateCode<Suffix>>
}

/** The cross-gate codes, by the gate the finding belongs to. */
export const REQUEST_NOT_ACCEPTED_CODES = perGate('REQUEST-NOT-ACCEPTED')
export const EVIDENCE_EXPIRED_CODES = perGate('EVIDENCE-EXPIRED')
export const EVIDENCE_EXPIRING_CODES = perGate('EVIDENCE-EXPIRING')
export const DECISION_STALE_CODES = perGate('DECISION-STALE')

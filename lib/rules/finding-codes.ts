// The closed catalog of finding codes. Codes are stable: exceptions and sign-offs refer to them.
import type { Gate, Severity } from '@/lib/domain/enums'

export interface FindingCodeInfo {
  title: string
  gate: Gate
  severity: Severity
}

export const FINDING_CODES = {
  'SB-INVENTORY-EMPTY': { title: 'No storage location in scope', gate: 'STORAGE_BOUNDARY', severity: 'BLOCKER' },
  'SB-ENCRYPTION-MISSING': { title: 'In-scope location not encrypted, or encryption unknown', gate: 'STORAGE_BOUNDARY', severity: 'BLOCKER' },
  'SB-NO-KEY': { title: 'In-scope location has no key mapped', gate: 'STORAGE_BOUNDARY', severity: 'BLOCKER' },
  'SB-EXCLUSION-REASON': { title: 'Location excluded without a reason of substance', gate: 'STORAGE_BOUNDARY', severity: 'BLOCKER' },
  'SB-TEMPLATE-KIND-MISSING': { title: 'A location kind the template expects is missing', gate: 'STORAGE_BOUNDARY', severity: 'WARNING' },
  'SB-TEMPLATE-UNKNOWN': { title: 'Template not in the catalog', gate: 'STORAGE_BOUNDARY', severity: 'WARNING' },
  'SB-JURISDICTION': { title: 'Region outside the allowed jurisdictions', gate: 'STORAGE_BOUNDARY', severity: 'BLOCKER' },
  'SB-JURISDICTION-UNKNOWN': { title: 'Region with an unknown jurisdiction', gate: 'STORAGE_BOUNDARY', severity: 'WARNING' },
  'SB-REGION-MISSING': { title: 'In-scope location without a region', gate: 'STORAGE_BOUNDARY', severity: 'WARNING' },
  'KA-BELOW-REQUIREMENT': { title: 'Key model weaker than the key requirement', gate: 'KEY_ADMINISTRATION', severity: 'BLOCKER' },
  'KA-CMK-UNSUPPORTED': { title: 'Platform offers no customer-managed key for this location', gate: 'KEY_ADMINISTRATION', severity: 'BLOCKER' },
  'KA-CMK-UNVERIFIED': { title: 'Customer-managed key support partial or unknown', gate: 'KEY_ADMINISTRATION', severity: 'WARNING' },
  'KA-BYOC-NOT-BYOK': { title: 'BYOC does not imply a customer-controlled key', gate: 'KEY_ADMINISTRATION', severity: 'WARNING' },
  'KA-NO-ROTATION': { title: 'Key without rotation', gate: 'KEY_ADMINISTRATION', severity: 'WARNING' },
  'KA-ROTATION-NOT-VALIDATED': { title: 'Key rotation never validated', gate: 'KEY_ADMINISTRATION', severity: 'WARNING' },
} as const satisfies Record<string, FindingCodeInfo>

export type FindingCode = keyof typeof FINDING_CODES

export function isFindingCode(value: string): value is FindingCode {
  return Object.hasOwn(FINDING_CODES, value)
}

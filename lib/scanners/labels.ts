// How scanners and re-grades are named to people (the scans page, the report, findings).
import type { Scanner } from './finding'
import type { Regrade } from './regrade'

export const SCANNER_LABELS: Record<Scanner, string> = {
  prowler: 'Prowler',
  checkov: 'checkov',
  trivy: 'Trivy',
  securityhub: 'AWS Security Hub',
  awsconfig: 'AWS Config',
}

export const REGRADE_LABELS: Record<Regrade, string> = {
  ACCEPTED: 'Accepted',
  REGRADED_PROVIDER_KEY: 'Re-graded: provider-managed key',
  REGRADED_NOT_SELECTABLE: 'Re-graded: key not selectable',
  CANNOT_REGRADE: 'Cannot re-grade',
  FAILED: 'Failed',
}

export function isScanner(value: string): value is Scanner {
  return Object.hasOwn(SCANNER_LABELS, value)
}

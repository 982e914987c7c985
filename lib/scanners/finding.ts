// The one normalized scanner finding every parser returns, and the error for a file no parser can read.
// Pure: no I/O. `path` is the JSON path of the finding in its file (for JSON Lines, `$[i]` counts records).
import { z } from 'zod'
import { jsonPath } from '@/lib/config-import/json-path'

export const SCANNERS = ['prowler', 'checkov', 'trivy', 'securityhub', 'awsconfig'] as const
export type Scanner = (typeof SCANNERS)[number]

export const FINDING_STATUSES = ['PASS', 'FAIL', 'OTHER'] as const
export type FindingStatus = (typeof FINDING_STATUSES)[number]

export interface ScanFinding {
  scanner: Scanner
  checkId: string
  /** An ARN, a resource id or name, or an IaC address such as `module.x.aws_msk_cluster.this`. */
  resourceRef: string
  resourceType?: string
  region?: string
  status: FindingStatus
  /** The scanner's own word for the status when it was neither a pass nor a fail (MANUAL, SKIPPED, …). */
  rawStatus?: string
  title?: string
  path: string
  /** 1-based line of the record, for JSON Lines input. */
  line?: number
}

export const SCAN_FORMATS = [
  'prowler-json-ocsf',
  'prowler-json-asff',
  'checkov-json',
  'trivy-json',
  'securityhub-get-findings',
  'awsconfig-compliance-details',
  'empty',
] as const
export type ScanFormat = (typeof SCAN_FORMATS)[number]

export interface ParsedScan {
  file: string
  format: ScanFormat
  findings: ScanFinding[]
}

/** What the error messages list as readable. */
export const EXPECTED_FORMATS =
  'Prowler json-ocsf or json-asff (JSON array or JSON Lines), checkov -o json, trivy config -f json, ' +
  'aws securityhub get-findings, or aws configservice get-compliance-details-by-config-rule'

/** A scan file that is not JSON, not a known format, or a known format that is malformed. */
export class ScanParseError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ScanParseError'
  }
}

/** Validates `value` against a format's schema; the error names the file, the format and the first problem. */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown, file: string, formatLabel: string): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where = jsonPath('$', ...issue.path.map((p) => (typeof p === 'number' ? p : String(p))))
  throw new ScanParseError(`${file}: looks like ${formatLabel} but is malformed at ${where}: ${issue.message}`)
}

/** Maps a scanner's status word onto PASS/FAIL/OTHER, keeping the raw word for OTHER. */
export function statusOf(raw: string, pass: readonly string[], fail: readonly string[]) {
  if (pass.includes(raw)) return { status: 'PASS' as const }
  if (fail.includes(raw)) return { status: 'FAIL' as const }
  return { status: 'OTHER' as const, rawStatus: raw }
}

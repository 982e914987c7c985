// Reads one scan file: recognizes the format by its shape, then parses it with that format's schema.
import { jsonPath } from '@/lib/config-import/json-path'
import { isAsffRecord, parseAsffRecord, parseSecurityHubGetFindings } from './asff'
import { isAwsConfigComplianceDetails, parseAwsConfigComplianceDetails } from './aws-config'
import { isCheckovReport, isCheckovSummaryOnly, parseCheckov } from './checkov'
import { EXPECTED_FORMATS, ScanParseError, type ParsedScan } from './finding'
import { isProwlerOcsfRecord, parseProwlerOcsfRecord } from './prowler-ocsf'
import { readJsonOrLines } from './read-json'
import { isTrivyReport, parseTrivy } from './trivy'

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function describeShape(v: unknown): string {
  if (Array.isArray(v)) return v.length ? `a JSON array whose first item is ${describeShape(v[0])}` : 'an empty array'
  if (isObject(v)) {
    const keys = Object.keys(v)
    return keys.length
      ? `an object with ${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', …' : ''}`
      : 'an empty object'
  }
  return v === null ? 'null' : `a ${typeof v}`
}

function unknownFormat(file: string, v: unknown): ScanParseError {
  return new ScanParseError(
    `${file}: not a scanner output Keyproof reads (found ${describeShape(v)}); expected ${EXPECTED_FORMATS}`,
  )
}

/** A list of finding records: Prowler OCSF or ASFF, from a JSON array or JSON Lines. */
function parseRecords(file: string, records: unknown[], lines?: number[]): ParsedScan {
  const first = records[0]
  if (isProwlerOcsfRecord(first)) {
    const findings = records.map((r, i) => parseProwlerOcsfRecord(r, file, i, lines?.[i]))
    return { file, format: 'prowler-json-ocsf', findings }
  }
  if (isAsffRecord(first)) {
    const findings = records.map((r, i) => parseAsffRecord(r, file, jsonPath('$', i), 'Prowler json-asff', lines?.[i]))
    return { file, format: 'prowler-json-asff', findings }
  }
  throw unknownFormat(file, records)
}

/** Parses a scan file's text; throws ScanParseError naming the file and the formats expected. */
export function parseScanText(file: string, text: string): ParsedScan {
  const input = readJsonOrLines(file, text)
  if (input.kind === 'lines') return parseRecords(file, input.records, input.lines)
  const v = input.value
  if (Array.isArray(v)) {
    if (!v.length) return { file, format: 'empty', findings: [] }
    if (isCheckovReport(v[0])) return { file, format: 'checkov-json', findings: parseCheckov(v, file) }
    return parseRecords(file, v)
  }
  if (isObject(v) && 'Findings' in v) {
    return { file, format: 'securityhub-get-findings', findings: parseSecurityHubGetFindings(v, file) }
  }
  if (isAwsConfigComplianceDetails(v)) {
    return { file, format: 'awsconfig-compliance-details', findings: parseAwsConfigComplianceDetails(v, file) }
  }
  if (isCheckovReport(v) || isCheckovSummaryOnly(v))
    return { file, format: 'checkov-json', findings: parseCheckov(v, file) }
  if (isTrivyReport(v)) return { file, format: 'trivy-json', findings: parseTrivy(v, file) }
  // A single finding object: a one-record JSON Lines file.
  if (isProwlerOcsfRecord(v) || isAsffRecord(v)) return parseRecords(file, [v], [1])
  throw unknownFormat(file, v)
}

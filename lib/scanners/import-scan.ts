// The core of `npm run import-scan`: parse scan files, build facts from configuration output, re-grade.
// Pure: the CLI (scripts/import-scan.ts) reads the files and prints.
import type { MergedResult } from '@/lib/config-import/result'
import { factsFromConfig } from './facts-from-config'
import type { FindingStatus, ScanFormat, Scanner } from './finding'
import { parseScanText } from './parse-scan'
import {
  listUnmatched,
  regradeFindings,
  summarizeByScanner,
  type Regrade,
  type RegradedFinding,
  type ScannerSummary,
} from './regrade'

export interface ImportScanRow {
  scanner: Scanner
  checkId: string
  resourceRef: string
  status: FindingStatus
  regrade: Regrade
  reason: string
  file: string
  path: string
}

export interface ImportScanReport {
  files: { file: string; format: ScanFormat; findings: number }[]
  results: (RegradedFinding & { file: string })[]
  rows: ImportScanRow[]
  summary: Partial<Record<Scanner, ScannerSummary>>
  unmatched: (RegradedFinding & { file: string })[]
}

/** Throws ScanParseError for a file that is not a readable scan output. */
export function runImportScan(
  scanFiles: { name: string; text: string }[],
  config: MergedResult | null,
): ImportScanReport {
  const facts = config ? factsFromConfig(config) : []
  const parsed = scanFiles.map((f) => parseScanText(f.name, f.text))
  const results = parsed.flatMap((p) => regradeFindings(p.findings, facts).map((r) => ({ ...r, file: p.file })))
  return {
    files: parsed.map((p) => ({ file: p.file, format: p.format, findings: p.findings.length })),
    results,
    rows: results.map((r) => ({
      scanner: r.scanner,
      checkId: r.checkId,
      resourceRef: r.resourceRef,
      status: r.status,
      regrade: r.regrade,
      reason: r.reason,
      file: r.file,
      path: r.path,
    })),
    summary: summarizeByScanner(results),
    unmatched: listUnmatched(results),
  }
}

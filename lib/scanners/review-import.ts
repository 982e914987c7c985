// Plans the import of scanner files into a review: parse every file first (all or none), then, with the
// review's facts read under its lock, match each finding to a location and re-grade it. Pure: the DAL reads
// the files and stores the plan (lib/dal/scan-import.ts).
import { ScanParseError, type ParsedScan, type ScanFormat } from './finding'
import type { ReviewResourceFact } from './facts-from-review'
import { indexFacts, matchFacts } from './match'
import { parseScanText } from './parse-scan'
import { regradeFindings, summarizeByScanner, type RegradedFinding } from './regrade'

/** More findings than this in one import is refused: split the scan by account or region. */
export const MAX_IMPORT_FINDINGS = 100_000

export interface PlannedScanResult extends RegradedFinding {
  locationId: string | null
}

export interface PlannedScanFile {
  file: string
  format: ScanFormat
  results: PlannedScanResult[]
}

export interface ScanImportPlan {
  files: PlannedScanFile[]
  summary: ReturnType<typeof summarizeByScanner>
}

/** Throws ScanParseError naming every file that cannot be read, one per line, so that nothing is stored. */
export function parseScanFiles(files: readonly { name: string; text: string }[]): ParsedScan[] {
  const problems: string[] = []
  const parsed = files.flatMap((f) => {
    try {
      return [parseScanText(f.name, f.text)]
    } catch (e) {
      if (!(e instanceof ScanParseError)) throw e
      problems.push(e.message)
      return []
    }
  })
  if (problems.length) throw new ScanParseError(problems.join('\n'))
  const total = parsed.reduce((n, p) => n + p.findings.length, 0)
  if (total > MAX_IMPORT_FINDINGS)
    throw new ScanParseError(
      `These files hold ${total.toLocaleString('en-US')} findings; one import takes at most ` +
        `${MAX_IMPORT_FINDINGS.toLocaleString('en-US')}. Import them in smaller parts.`,
    )
  return parsed
}

export function planScanImport(parsed: readonly ParsedScan[], facts: readonly ReviewResourceFact[]): ScanImportPlan {
  const index = indexFacts(facts)
  const files = parsed.map((p) => ({
    file: p.file,
    format: p.format,
    results: regradeFindings(p.findings, facts).map((r, i) => {
      const match = matchFacts(p.findings[i], index)[0] as ReviewResourceFact | undefined
      return { ...r, locationId: match?.locationId ?? null }
    }),
  }))
  return { files, summary: summarizeByScanner(files.flatMap((p) => p.results)) }
}

// The report's scanner section: the files imported, the counts per scanner, and each pass Keyproof re-grades,
// judged from the review as it is now (lib/scanners/scan-overview.ts).
import type { ReviewFactsInput } from '@/lib/scanners/facts-from-review'
import { REGRADE_LABELS, SCANNER_LABELS, isScanner } from '@/lib/scanners/labels'
import type { StoredScanResult } from '@/lib/scanners/live-regrade'
import type { ScannerSummary } from '@/lib/scanners/regrade'
import { scanOverview } from '@/lib/scanners/scan-overview'

export interface ReportScans {
  files: { fileName: string; format: string; findings: number; importedAt: string; sha256: string | null }[]
  perScanner: ({ scanner: string; label: string } & ScannerSummary)[]
  regrades: {
    scanner: string
    checkId: string
    resourceRef: string
    location: string
    regrade: string
    reason: string
  }[]
  unmatched: number
}

export interface ScanReportInput {
  results: readonly StoredScanResult[]
  files: readonly { fileName: string; format: string; findings: number; importedAt: Date; sha256: string | null }[]
}

export function scanReportFrom(scans: ScanReportInput, review: ReviewFactsInput): ReportScans {
  const overview = scanOverview(scans.results, review)
  const label = (s: string) => (isScanner(s) ? SCANNER_LABELS[s] : s)
  return {
    files: scans.files.map((f) => ({ ...f, importedAt: f.importedAt.toISOString() })),
    perScanner: Object.entries(overview.summary).map(([scanner, counts]) => ({
      scanner,
      label: label(scanner),
      ...counts,
    })),
    regrades: overview.regraded.map((r) => ({
      scanner: label(r.scanner),
      checkId: r.checkId,
      resourceRef: r.resourceRef,
      location: r.location!.name,
      regrade: REGRADE_LABELS[r.regrade],
      reason: r.reason,
    })),
    unmatched: overview.unmatched.length,
  }
}

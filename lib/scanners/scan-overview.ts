// What the scans page and the report say about a review's imported scanner results: the current result of
// each check on each resource, judged against the review now, with the counts per scanner.
import type { ReviewFactsInput } from './facts-from-review'
import {
  currentScanResults,
  liveRegrades,
  summarizeLive,
  type LiveScanResult,
  type StoredScanResult,
} from './live-regrade'

export interface ScanOverview<T extends StoredScanResult> {
  results: LiveScanResult<T>[]
  summary: ReturnType<typeof summarizeLive>
  /** Passes Keyproof re-grades (provider-managed key, or no customer key can be chosen). */
  regraded: LiveScanResult<T>[]
  /** At-rest findings on resources no in-scope location matches: candidates for the inventory. */
  unmatched: LiveScanResult<T>[]
}

export function scanOverview<T extends StoredScanResult>(
  stored: readonly T[],
  review: ReviewFactsInput,
): ScanOverview<T> {
  const results = liveRegrades(currentScanResults(stored), review)
  return {
    results,
    summary: summarizeLive(results),
    regraded: results.filter((r) => r.status === 'PASS' && r.regrade.startsWith('REGRADED_')),
    unmatched: results.filter((r) => r.atRest && !r.location),
  }
}

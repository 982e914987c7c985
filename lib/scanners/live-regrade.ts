// Stored scanner findings judged against the review as it is now: the match made on import is kept (by
// location id), the verdict follows the location's current encryption and key. The findings engine, the
// scans page and the report all read re-grades through here, so they agree.
import type { FindingStatus, ScanFinding, Scanner } from './finding'
import { factOfLocation, regradeOnLocation, type ReviewFactLocation, type ReviewFactsInput } from './facts-from-review'
import { isScanner } from './labels'
import { summarizeByScanner, type Regrade } from './regrade'

export interface StoredScanResult {
  scanner: string
  checkId: string
  resourceRef: string
  status: FindingStatus
  rawStatus: string | null
  locationId: string | null
  importedAt: Date
}

export type LiveScanResult<T extends StoredScanResult> = T & {
  regrade: Regrade
  reason: string
  atRest: boolean
  /** The matched location when it is still in scope; null otherwise. */
  location: ReviewFactLocation | null
}

const keyOf = (r: StoredScanResult) => `${r.scanner}\u0000${r.checkId}\u0000${r.resourceRef}`

/** The latest import's result for each scanner, check and resource: a re-scan replaces what it re-reports. */
export function currentScanResults<T extends StoredScanResult>(results: readonly T[]): T[] {
  const latest = new Map<string, T>()
  for (const r of results) {
    const seen = latest.get(keyOf(r))
    if (!seen || r.importedAt.getTime() >= seen.importedAt.getTime()) latest.set(keyOf(r), r)
  }
  return [...latest.values()]
}

export function liveRegrades<T extends StoredScanResult>(
  results: readonly T[],
  review: ReviewFactsInput,
): LiveScanResult<T>[] {
  const locations = new Map(review.locations.map((l) => [l.id, l]))
  const keys = new Map(review.keys.map((k) => [k.id, k]))
  return results.flatMap((r) => {
    if (!isScanner(r.scanner)) return []
    const found = r.locationId ? locations.get(r.locationId) : undefined
    const location = found?.inScope ? found : null
    const key = (location?.keyId && keys.get(location.keyId)) || null
    const finding: ScanFinding = {
      scanner: r.scanner,
      checkId: r.checkId,
      resourceRef: r.resourceRef,
      status: r.status,
      ...(r.rawStatus ? { rawStatus: r.rawStatus } : {}),
      path: '$',
    }
    const fact = location ? factOfLocation(location, key, review.templateId) : null
    return [{ ...r, ...regradeOnLocation(finding, fact), location }]
  })
}

/** The counts per scanner of results judged now; "matched" means matched to a location still in scope. */
export function summarizeLive<T extends StoredScanResult>(live: readonly LiveScanResult<T>[]) {
  return summarizeByScanner(
    live.map((r) => ({
      scanner: r.scanner as Scanner,
      status: r.status,
      regrade: r.regrade,
      atRest: r.atRest,
      matched: r.location !== null,
    })),
  )
}

// Live exceptions turn matching blockers into accepted risks. Live is a function of `now`:
// an exception lapses at its expiry without anyone touching it.
import type { SnapshotException } from '@/lib/domain/review-snapshot'
import type { Finding } from './finding'
import { isExceptionLive } from '@/lib/domain/exception-live'

const matchKey = (findingCode: string, targetRef: string) => `${findingCode}\u0000${targetRef}`

export { isExceptionLive }

export function applyExceptions(findings: Finding[], exceptions: readonly SnapshotException[], now: Date): Finding[] {
  const liveByMatch = new Map<string, SnapshotException>()
  for (const exception of exceptions) {
    if (!isExceptionLive(exception, now)) continue
    const key = matchKey(exception.findingCode, exception.targetRef)
    const current = liveByMatch.get(key)
    if (!current || exception.expiresAt > current.expiresAt) liveByMatch.set(key, exception)
  }
  if (liveByMatch.size === 0) return findings
  return findings.map((finding) => {
    const exception =
      finding.severity === 'BLOCKER' ? liveByMatch.get(matchKey(finding.code, finding.targetRef)) : undefined
    return exception
      ? { ...finding, acceptedRisk: { exceptionId: exception.id, expiresAt: exception.expiresAt } }
      : finding
  })
}

// A decision records one fingerprint over every gate's fingerprint at the moment it was made; it is stale
// when the gates computed now no longer add up to it (an exception lapsed, evidence expired, a basis moved).
import { createHash } from 'node:crypto'
import { GATE_LABELS, type Gate } from './enums'

/** The sha256 hex of `gate:fingerprint` lines joined by `\n`, in the order given (gate order). */
export function decisionFingerprintOf(gateStates: { gate: string; fingerprint: string }[]): string {
  return createHash('sha256')
    .update(gateStates.map((g) => `${g.gate}:${g.fingerprint}`).join('\n'))
    .digest('hex')
}

interface GateStateLike {
  gate: string
  fingerprint: string
  status?: string | null
  basis?: { requests?: { code: string; evidence: { expiresAt: string | null }[] }[] }
}

export function decisionStaleness(
  review: { decisionFingerprint: string | null; status: string },
  gateStates: GateStateLike[],
  now: Date,
): { isStale: boolean; changed: string[] } {
  if (review.status !== 'DECIDED' || !review.decisionFingerprint) return { isStale: false, changed: [] }
  if (decisionFingerprintOf(gateStates) === review.decisionFingerprint) return { isStale: false, changed: [] }
  const label = (gate: string) => GATE_LABELS[gate as Gate] ?? gate
  const changed = gateStates.flatMap((g) => {
    const expired = (g.basis?.requests ?? []).filter((r) =>
      r.evidence.some((e) => e.expiresAt !== null && new Date(e.expiresAt).getTime() <= now.getTime()),
    )
    return [
      ...(g.status === 'STALE' ? [`${label(g.gate)} sign-off is stale`] : []),
      ...expired.map((r) => `evidence on ${r.code} expired`),
    ]
  })
  return { isStale: true, changed: changed.length ? changed : ['the gates changed since the decision'] }
}

// Per gate: how far its required evidence is, how many blockers stand open, and whether
// compliance can sign it now. A gate can be signed only with no open blocker (design section 4).
import { isOpenBlocker, type Finding } from '@/lib/rules/finding'
import { GATES, type Gate } from './enums'
import type { ReviewSnapshot } from './review-snapshot'

export interface GateReadiness {
  gate: Gate
  requiredTotal: number
  requiredAccepted: number
  requiredNotApplicable: number
  openBlockers: number
  /**
   * No open blocker, every required request accepted or not applicable, and the gate has requests
   * at all (a snapshot without requests is never ready: fail closed).
   */
  isReadyToSign: boolean
  /** A current (not stale) sign-off exists, as the snapshot's `signedGates` says. */
  isSigned: boolean
}

export function gateReadiness(snapshot: ReviewSnapshot, findings: readonly Finding[]): GateReadiness[] {
  const rows = new Map(
    GATES.map((gate) => [
      gate,
      { gate, requests: 0, requiredTotal: 0, requiredAccepted: 0, requiredNotApplicable: 0, openBlockers: 0 },
    ]),
  )
  for (const request of snapshot.requests ?? []) {
    const row = rows.get(request.gate)!
    row.requests += 1
    if (!request.required) continue
    row.requiredTotal += 1
    if (request.status === 'ACCEPTED') row.requiredAccepted += 1
    if (request.status === 'NOT_APPLICABLE') row.requiredNotApplicable += 1
  }
  for (const finding of findings) if (isOpenBlocker(finding)) rows.get(finding.gate)!.openBlockers += 1
  const signed = new Set(snapshot.signedGates ?? [])
  return [...rows.values()].map(({ requests, ...row }) => ({
    ...row,
    isReadyToSign:
      requests > 0 && row.openBlockers === 0 && row.requiredAccepted + row.requiredNotApplicable === row.requiredTotal,
    isSigned: signed.has(row.gate),
  }))
}

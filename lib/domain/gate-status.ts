// A gate's status, derived: its sign-offs decide SIGNED or STALE; otherwise its readiness decides.
import type { GateReadiness } from './gate-readiness'

export type GateStatus = 'SIGNED' | 'STALE' | 'READY_TO_SIGN' | 'BLOCKED' | 'IN_PROGRESS'
/** What the sign-offs alone say: SIGNED (quorum of current signers), STALE (signed, none current), or nothing. */
export type SignOffStatus = Extract<GateStatus, 'SIGNED' | 'STALE'> | null

export function gateStatusOf(
  signOffStatus: SignOffStatus,
  readiness: Pick<GateReadiness, 'isReadyToSign' | 'openBlockers'>,
): GateStatus {
  if (signOffStatus) return signOffStatus
  if (readiness.isReadyToSign) return 'READY_TO_SIGN'
  return readiness.openBlockers ? 'BLOCKED' : 'IN_PROGRESS'
}

// Words and tones for review states, shared by tables, headers and panels.
import type { Tone } from '@/components/ui/status-pill'
import type { Encryption, ReviewStatus, Severity } from '@/lib/domain/enums'
import type { GateStatus } from '@/lib/domain/gate-status'

export const REVIEW_STATUS_TONE: Record<ReviewStatus, Tone> = { DRAFT: 'neutral', IN_PROGRESS: 'info', DECIDED: 'good' }
export const SEVERITY_TONE: Record<Severity, Tone> = { BLOCKER: 'bad', WARNING: 'warn', INFO: 'info' }
export const ENCRYPTION_TONE: Record<Encryption, Tone> = {
  NONE: 'bad',
  UNKNOWN: 'warn',
  PROVIDER_MANAGED: 'neutral',
  CUSTOMER_MANAGED: 'good',
  BYOK: 'good',
  EXTERNAL: 'good',
  CLIENT_SIDE: 'info',
}
export const formatDate = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : '—')
/** An instant with its time and zone, e.g. `2026-12-01 23:59 UTC`: expiries are read to the minute. */
export const formatDateTime = (d: Date | null | undefined) =>
  d ? `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '—'

export const GATE_STATUS_LABEL: Record<GateStatus, string> = {
  SIGNED: 'Signed',
  STALE: 'Stale — changed since signed',
  READY_TO_SIGN: 'Ready to sign',
  BLOCKED: 'Blocked',
  IN_PROGRESS: 'In progress',
}
export const GATE_STATUS_TONE: Record<GateStatus, Tone> = {
  SIGNED: 'good',
  STALE: 'warn',
  READY_TO_SIGN: 'info',
  BLOCKED: 'bad',
  IN_PROGRESS: 'neutral',
}

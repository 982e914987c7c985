import type { Tone } from '@/components/ui/status-pill'
import type { GateStatus } from '@/lib/reports/report-types'

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

// Colours of the charts and the map, shared by the web (SVG) and the PDF so both read the same. Every
// colour is paired with a word wherever it is shown; none is meant to be read alone.
import type { Severity } from '@/lib/domain/enums'
import type { GateStatus } from '@/lib/domain/gate-status'
import type { CoverageModel, Freshness } from '@/lib/domain/overview-charts'

export const GATE_STATUS_COLOR: Record<GateStatus, string> = {
  SIGNED: '#059669',
  READY_TO_SIGN: '#0284c7',
  BLOCKED: '#dc2626',
  IN_PROGRESS: '#94a3b8',
  STALE: '#d97706',
}
export const COVERAGE_COLOR: Record<CoverageModel, string> = {
  CUSTOMER: '#059669',
  PROVIDER: '#64748b',
  UNKNOWN: '#d97706',
  UNENCRYPTED: '#dc2626',
}
export const FRESHNESS_COLOR: Record<Freshness, string> = {
  CURRENT: '#059669',
  EXPIRING: '#d97706',
  EXPIRED: '#dc2626',
}
export const SEVERITY_COLOR: Record<Severity, string> = {
  BLOCKER: '#dc2626',
  WARNING: '#d97706',
  INFO: '#0284c7',
}
/** Light fills behind map nodes, by key model; people and accounts use NEUTRAL_FILL. */
export const COVERAGE_FILL: Record<CoverageModel, string> = {
  CUSTOMER: '#ecfdf5',
  PROVIDER: '#f1f5f9',
  UNKNOWN: '#fffbeb',
  UNENCRYPTED: '#fef2f2',
}
export const NEUTRAL_FILL = '#ffffff'
export const INK = '#0f172a'
export const MUTED = '#475569'
export const RULE = '#cbd5e1'
export const BAND_FILL = '#f8fafc'

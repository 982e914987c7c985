// Words for the PDF: enum values to the labels people see on screen, dates in UTC, sizes.
import {
  DATA_CLASSIFICATION_LABELS,
  DEPLOYMENT_MODEL_LABELS,
  ENCRYPTION_LABELS,
  GATE_LABELS,
  HOLDS_LABELS,
  KEY_OWNERSHIP_LABELS,
  KEY_REQUIREMENT_LABELS,
  KEY_SERVICE_LABELS,
  LOCATION_KIND_LABELS,
  REVIEW_STATUS_LABELS,
  ROTATION_LABELS,
  CMK_SUPPORT_LABELS,
} from '@/lib/domain/enums'
import type { ExceptionStatus, GateStatus } from './report-types'

/** The label for a known enum value; anything else (already a label, free text) is shown as it is. */
function labelFrom(labels: Record<string, string>) {
  return (value: string | null | undefined) =>
    value == null ? '' : Object.hasOwn(labels, value) ? labels[value] : value
}

export const label = {
  deploymentModel: labelFrom(DEPLOYMENT_MODEL_LABELS),
  keyRequirement: labelFrom(KEY_REQUIREMENT_LABELS),
  dataClassification: labelFrom(DATA_CLASSIFICATION_LABELS),
  reviewStatus: labelFrom(REVIEW_STATUS_LABELS),
  encryption: labelFrom(ENCRYPTION_LABELS),
  kind: labelFrom(LOCATION_KIND_LABELS),
  holds: labelFrom(HOLDS_LABELS),
  service: labelFrom(KEY_SERVICE_LABELS),
  ownership: labelFrom(KEY_OWNERSHIP_LABELS),
  rotation: labelFrom(ROTATION_LABELS),
  cmkSupport: labelFrom(CMK_SUPPORT_LABELS),
  gate: labelFrom(GATE_LABELS),
  decision: labelFrom({
    APPROVED: 'Approved',
    APPROVED_WITH_EXCEPTIONS: 'Approved with exceptions',
    REJECTED: 'Rejected',
  }),
}

export const GATE_STATUS_WORDS: Record<GateStatus, string> = {
  SIGNED: 'Signed',
  STALE: 'Stale — changed since signed',
  READY_TO_SIGN: 'Ready to sign',
  BLOCKED: 'Blocked',
  IN_PROGRESS: 'In progress',
}

export const EXCEPTION_STATUS_WORDS: Record<ExceptionStatus, string> = {
  REQUESTED: 'Requested',
  LIVE: 'Live',
  EXPIRED: 'Expired',
  REVOKED: 'Revoked',
}

function parse(value: string): Date | null {
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** `2026-11-26` (UTC); an unparseable value is shown as given. */
export function formatDate(value: string | null | undefined, empty = '—'): string {
  if (!value) return empty
  const date = parse(value)
  return date ? date.toISOString().slice(0, 10) : value
}

/** `2026-11-26 09:14 UTC`. */
export function formatDateTime(value: string | null | undefined, empty = '—'): string {
  if (!value) return empty
  const date = parse(value)
  return date ? `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC` : value
}

export function formatBytes(bytes: number | null | undefined): string {
  if (bytes == null) return '—'
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`
}

export { plural } from '@/lib/domain/plural'

/** Lists as prose: `a, b and c`; empty lists as `empty`. */
export function listWords(items: string[], empty = '—'): string {
  if (items.length === 0) return empty
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

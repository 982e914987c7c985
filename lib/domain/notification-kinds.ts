// What Keyproof tells people about, and how each kind reaches them by email unless they choose otherwise.
// The in-app inbox always gets every notice; the preference decides the email (immediate, daily digest, off).
import type { Role } from './enums'

export const NOTIFICATION_KINDS = [
  'REQUEST_DUE',
  'REQUEST_OVERDUE',
  'EVIDENCE_EXPIRING',
  'EXCEPTION_LAPSING',
  'REVIEW_DUE',
  'SIGNOFF_STALE',
  'DECISION_STALE',
  'REQUEST_SUBMITTED',
  'REQUEST_ACCEPTED',
  'REQUEST_SENT_BACK',
  'REQUEST_ASSIGNED',
  'GATE_SIGNED',
  'DECISION_MADE',
  'MENTION',
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

export const EMAIL_MODES = ['IMMEDIATE', 'DIGEST', 'OFF'] as const
export type EmailMode = (typeof EMAIL_MODES)[number]
export const EMAIL_MODE_LABELS: Record<EmailMode, string> = {
  IMMEDIATE: 'Immediately',
  DIGEST: 'Daily digest',
  OFF: 'Off',
}

export const NOTIFICATION_GROUPS = ['Reminders', 'Went stale', 'Activity'] as const
export type NotificationGroup = (typeof NOTIFICATION_GROUPS)[number]

interface KindInfo {
  label: string
  group: NotificationGroup
  defaultEmail: EmailMode
}

export const NOTIFICATION_KIND_INFO: Record<NotificationKind, KindInfo> = {
  REQUEST_DUE: { label: 'An evidence request is due within 3 days', group: 'Reminders', defaultEmail: 'IMMEDIATE' },
  REQUEST_OVERDUE: { label: 'An evidence request is overdue', group: 'Reminders', defaultEmail: 'IMMEDIATE' },
  EVIDENCE_EXPIRING: { label: 'Evidence expires in 30 or 7 days', group: 'Reminders', defaultEmail: 'IMMEDIATE' },
  EXCEPTION_LAPSING: { label: 'An exception lapses in 14 or 3 days', group: 'Reminders', defaultEmail: 'IMMEDIATE' },
  REVIEW_DUE: { label: 'A review is due within 7 days or overdue', group: 'Reminders', defaultEmail: 'DIGEST' },
  SIGNOFF_STALE: { label: 'A signed gate went stale', group: 'Went stale', defaultEmail: 'IMMEDIATE' },
  DECISION_STALE: { label: 'A decision went stale', group: 'Went stale', defaultEmail: 'IMMEDIATE' },
  REQUEST_SUBMITTED: { label: 'Evidence was submitted for review', group: 'Activity', defaultEmail: 'DIGEST' },
  REQUEST_ACCEPTED: { label: 'Your evidence was accepted', group: 'Activity', defaultEmail: 'DIGEST' },
  REQUEST_SENT_BACK: { label: 'Your evidence was sent back', group: 'Activity', defaultEmail: 'IMMEDIATE' },
  REQUEST_ASSIGNED: { label: 'A request was assigned to you', group: 'Activity', defaultEmail: 'IMMEDIATE' },
  GATE_SIGNED: { label: 'A gate was signed', group: 'Activity', defaultEmail: 'DIGEST' },
  DECISION_MADE: { label: 'A review was decided', group: 'Activity', defaultEmail: 'IMMEDIATE' },
  MENTION: { label: 'Someone mentioned you in a comment', group: 'Activity', defaultEmail: 'IMMEDIATE' },
}

/** Who a notice is for: named people and everyone active in the organization with one of the roles. */
export interface Audience {
  userIds: string[]
  roles: Role[]
}

/** A notice to create for every member of its audience (the DAL resolves the audience and preferences). */
export interface NoticeSpec {
  organizationId: string
  kind: NotificationKind
  subjectId: string
  /** With kind and subject, what makes the notice unique per person: a date, a threshold, an event id. */
  window: string
  reviewId: string | null
  title: string
  body: string
  href: string
  audience: Audience
  /** People never told about their own action. */
  excludeUserIds?: string[]
}

/** The email a person gets for a kind: their preference, else the kind's default. */
export function emailModeFor(kind: NotificationKind, preferences: ReadonlyMap<NotificationKind, EmailMode>) {
  return preferences.get(kind) ?? NOTIFICATION_KIND_INFO[kind].defaultEmail
}

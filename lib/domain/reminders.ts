// Which reminders are due at `now`: requests due in 3 days or overdue, evidence expiring in 30 and 7 days,
// exceptions lapsing in 14 and 3 days, reviews due in 7 days or overdue. Each reminder names its threshold
// and date as its window, so one sweep or many, on one worker or several, tell each person once.
import { DAY_MS, isoDate, startOfUtcDay } from './dates'
import type { Gate } from './enums'
import { gateSlug } from './gate-slug'
import type { NoticeSpec } from './notification-kinds'
import type { OutgoingEvent } from './activity-notices'

export interface ReminderInput {
  requests: {
    id: string
    organizationId: string
    reviewId: string
    reviewTitle: string
    code: string
    title: string
    gate: Gate
    dueDate: Date
    assigneeId: string | null
  }[]
  evidence: {
    id: string
    organizationId: string
    reviewId: string
    reviewTitle: string
    expiresAt: Date
    uploadedById: string
    /** The requests it answers, for the link and the wording (never the evidence's own content). */
    requests: { code: string; gate: Gate; assigneeId: string | null }[]
  }[]
  exceptions: {
    id: string
    organizationId: string
    reviewId: string
    reviewTitle: string
    findingCode: string
    expiresAt: Date
    requestedById: string
    approvedById: string | null
  }[]
  reviews: { id: string; organizationId: string; title: string; dueDate: Date; createdById: string }[]
}

/** Whole calendar days (UTC) from today to `date`: 0 today, 1 tomorrow, negative when past. */
export const daysUntil = (date: Date, now: Date) =>
  Math.round((startOfUtcDay(date).getTime() - startOfUtcDay(now).getTime()) / DAY_MS)

const inDays = (days: number) => (days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`)

/** The tightest threshold `days` falls within, or null when it is further out than all of them. */
export function thresholdFor(days: number, thresholds: readonly number[]): number | null {
  const fitting = thresholds.filter((t) => days <= t)
  return fitting.length ? Math.min(...fitting) : null
}

const REQUEST_DUE_DAYS = [3] as const
const EVIDENCE_DAYS = [30, 7] as const
const EXCEPTION_DAYS = [14, 3] as const
const REVIEW_DUE_DAYS = [7] as const

export function dueReminders(input: ReminderInput, now: Date): NoticeSpec[] {
  const notices: NoticeSpec[] = []
  for (const r of input.requests) {
    const days = daysUntil(r.dueDate, now)
    const due = isoDate(r.dueDate)
    const audience = r.assigneeId
      ? { userIds: [r.assigneeId], roles: [] }
      : { userIds: [], roles: ['PLATFORM_OWNER' as const] }
    const base = {
      organizationId: r.organizationId,
      subjectId: r.id,
      reviewId: r.reviewId,
      href: `/reviews/${r.reviewId}/gates/${gateSlug(r.gate)}`,
      audience,
    }
    if (days < 0)
      notices.push({
        ...base,
        kind: 'REQUEST_OVERDUE',
        window: `overdue:${due}`,
        title: `${r.code} is overdue`,
        body: `Evidence request ${r.code} (${r.title}) in “${r.reviewTitle}” was due on ${due}.`,
      })
    else if (thresholdFor(days, REQUEST_DUE_DAYS) !== null)
      notices.push({
        ...base,
        kind: 'REQUEST_DUE',
        window: `due-3d:${due}`,
        title: `${r.code} is due ${inDays(days)}`,
        body: `Evidence request ${r.code} (${r.title}) in “${r.reviewTitle}” is due on ${due}.`,
      })
  }
  for (const e of input.evidence) {
    const days = daysUntil(e.expiresAt, now)
    const threshold = days < 0 ? null : thresholdFor(days, EVIDENCE_DAYS)
    if (threshold === null) continue
    const first = e.requests[0]
    const codes = e.requests.map((q) => q.code)
    const assignees = e.requests.flatMap((q) => (q.assigneeId ? [q.assigneeId] : []))
    notices.push({
      organizationId: e.organizationId,
      kind: 'EVIDENCE_EXPIRING',
      subjectId: e.id,
      window: `${threshold}d:${isoDate(e.expiresAt)}`,
      reviewId: e.reviewId,
      title: `Evidence expires ${inDays(days)}`,
      body:
        `Evidence${codes.length ? ` for ${codes.join(', ')}` : ''} in “${e.reviewTitle}” expires on ` +
        `${isoDate(e.expiresAt)}. Add a current version before then.`,
      href: first ? `/reviews/${e.reviewId}/gates/${gateSlug(first.gate)}` : `/evidence`,
      audience: { userIds: [e.uploadedById, ...assignees], roles: [] },
    })
  }
  for (const x of input.exceptions) {
    const days = daysUntil(x.expiresAt, now)
    const threshold = days < 0 ? null : thresholdFor(days, EXCEPTION_DAYS)
    if (threshold === null) continue
    notices.push({
      organizationId: x.organizationId,
      kind: 'EXCEPTION_LAPSING',
      subjectId: x.id,
      window: `${threshold}d:${isoDate(x.expiresAt)}`,
      reviewId: x.reviewId,
      title: `Exception for ${x.findingCode} lapses ${inDays(days)}`,
      body:
        `The exception for ${x.findingCode} in “${x.reviewTitle}” lapses on ${isoDate(x.expiresAt)}; ` +
        `its blocker returns and the gate's sign-off goes stale.`,
      href: `/reviews/${x.reviewId}/sign-off`,
      audience: { userIds: [x.requestedById, ...(x.approvedById ? [x.approvedById] : [])], roles: ['COMPLIANCE'] },
    })
  }
  for (const r of input.reviews) {
    const days = daysUntil(r.dueDate, now)
    const due = isoDate(r.dueDate)
    const overdue = days < 0
    if (!overdue && thresholdFor(days, REVIEW_DUE_DAYS) === null) continue
    notices.push({
      organizationId: r.organizationId,
      kind: 'REVIEW_DUE',
      subjectId: r.id,
      window: overdue ? `overdue:${due}` : `due-7d:${due}`,
      reviewId: r.id,
      title: overdue ? `“${r.title}” is overdue` : `“${r.title}” is due ${inDays(days)}`,
      body: overdue ? `The review “${r.title}” was due on ${due}.` : `The review “${r.title}” is due on ${due}.`,
      href: `/reviews/${r.id}`,
      audience: { userIds: [r.createdById], roles: ['COMPLIANCE'] },
    })
  }
  return notices
}

/** The webhook events reminders raise: an exception lapsing, once per threshold. */
export function reminderEvents(notices: NoticeSpec[]): OutgoingEvent[] {
  return notices
    .filter((n) => n.kind === 'EXCEPTION_LAPSING')
    .map((n) => ({
      organizationId: n.organizationId,
      type: 'exception.lapsing' as const,
      key: `exception.lapsing:${n.subjectId}:${n.window}`,
      data: { reviewId: n.reviewId, exceptionId: n.subjectId, window: n.window, message: n.body },
    }))
}

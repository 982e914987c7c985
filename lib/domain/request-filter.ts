// The evidence-request lists "your next steps" link to (gates?assignee=none, gates?due=overdue…): which
// requests each filter keeps, counted exactly as the step that links to it counts them.
import { addDays, isOverdue as isDayPast, startOfUtcDay } from './dates'
import { REQUEST_STATUSES_AWAITING_EVIDENCE } from './gate-enums'
import { REQUEST_DUE_SOON_DAYS } from './next-steps'
import type { SnapshotRequest } from './review-snapshot'

export type RequestFilter = { assignee: 'me' | 'none' } | { due: 'overdue' | 'soon' } | { status: 'submitted' }

type Params = Record<string, string | string[] | undefined>
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

/** The filter the URL names, or null when it names none (or one this list does not know). */
export function parseRequestFilter(params: Params): RequestFilter | null {
  const assignee = one(params.assignee)
  if (assignee === 'me' || assignee === 'none') return { assignee }
  const due = one(params.due)
  if (due === 'overdue' || due === 'soon') return { due }
  if (one(params.status) === 'submitted') return { status: 'submitted' }
  return null
}

export const REQUEST_FILTER_TITLES = {
  me: 'Evidence requests waiting for you',
  none: 'Open evidence requests with no assignee',
  overdue: 'Overdue evidence requests',
  soon: `Evidence requests due within ${REQUEST_DUE_SOON_DAYS} days`,
  submitted: 'Submitted evidence requests waiting for review',
} as const

export const requestFilterTitle = (f: RequestFilter) =>
  REQUEST_FILTER_TITLES['assignee' in f ? f.assignee : 'due' in f ? f.due : f.status]

/** Whether a request's due day has passed (a request due today is due, not overdue). Open requests only. */
export function isOverdue(request: Pick<SnapshotRequest, 'dueDate' | 'status'>, now: Date): boolean {
  return (
    request.dueDate !== null &&
    REQUEST_STATUSES_AWAITING_EVIDENCE.includes(request.status) &&
    isDayPast(request.dueDate, now)
  )
}

export function filterRequests(
  requests: readonly SnapshotRequest[],
  filter: RequestFilter,
  userId: string,
  now: Date,
): SnapshotRequest[] {
  if ('status' in filter) return requests.filter((r) => r.status === 'SUBMITTED')
  const awaiting = requests.filter((r) => REQUEST_STATUSES_AWAITING_EVIDENCE.includes(r.status))
  if ('assignee' in filter)
    return awaiting.filter((r) => (filter.assignee === 'me' ? r.assigneeId === userId : r.assigneeId === null))
  const today = startOfUtcDay(now).getTime()
  const soonLimit = addDays(startOfUtcDay(now), REQUEST_DUE_SOON_DAYS).getTime()
  return awaiting
    .filter((r) => r.assigneeId === userId || r.assigneeId === null)
    .filter((r) => {
      if (r.dueDate === null) return false
      const due = r.dueDate.getTime()
      return filter.due === 'overdue' ? due < today : due >= today && due <= soonLimit
    })
}

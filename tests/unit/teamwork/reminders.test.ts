import { describe, expect, it } from 'vitest'
import { daysUntil, dueReminders, reminderEvents, thresholdFor, type ReminderInput } from '@/lib/domain/reminders'

const now = new Date('2026-12-01T09:30:00Z')
const d = (iso: string) => new Date(`${iso}T00:00:00Z`)
const empty: ReminderInput = { requests: [], evidence: [], exceptions: [], reviews: [] }
const request = (dueDate: string, assigneeId: string | null = 'u-owner') => ({
  id: 'q1',
  organizationId: 'o1',
  reviewId: 'r1',
  reviewTitle: 'Payments Kafka',
  code: 'KA-02',
  title: 'Key policy',
  gate: 'KEY_ADMINISTRATION' as const,
  dueDate: d(dueDate),
  assigneeId,
})

describe('reminder windows', () => {
  it('counts whole UTC days: today 0, tomorrow 1, yesterday -1, whatever the hour', () => {
    expect(daysUntil(d('2026-12-01'), now)).toBe(0)
    expect(daysUntil(d('2026-12-02'), now)).toBe(1)
    expect(daysUntil(d('2026-11-30'), new Date('2026-12-01T23:59:59Z'))).toBe(-1)
  })

  it('picks the tightest threshold a count falls within, none beyond the widest', () => {
    expect(thresholdFor(31, [30, 7])).toBeNull()
    expect(thresholdFor(30, [30, 7])).toBe(30)
    expect(thresholdFor(8, [30, 7])).toBe(30)
    expect(thresholdFor(7, [30, 7])).toBe(7)
    expect(thresholdFor(0, [30, 7])).toBe(7)
  })
})

describe('dueReminders', () => {
  it('a request due tomorrow is one REQUEST_DUE for its assignee, keyed by its due date', () => {
    const [n, ...rest] = dueReminders({ ...empty, requests: [request('2026-12-02')] }, now)
    expect(rest).toEqual([])
    expect(n).toMatchObject({
      kind: 'REQUEST_DUE',
      subjectId: 'q1',
      window: 'due-3d:2026-12-02',
      title: 'KA-02 is due tomorrow',
      href: '/reviews/r1/gates/key-administration',
      audience: { userIds: ['u-owner'], roles: [] },
    })
  })

  it('a request due in 4 days is not yet reminded; an overdue one is, keyed apart; no assignee → platform owners', () => {
    expect(dueReminders({ ...empty, requests: [request('2026-12-05')] }, now)).toEqual([])
    const [overdue] = dueReminders({ ...empty, requests: [request('2026-11-28', null)] }, now)
    expect(overdue).toMatchObject({
      kind: 'REQUEST_OVERDUE',
      window: 'overdue:2026-11-28',
      audience: { userIds: [], roles: ['PLATFORM_OWNER'] },
    })
  })

  it('the same inputs on the same day give the same windows (what makes a second sweep a no-op)', () => {
    const input = { ...empty, requests: [request('2026-12-03')] }
    const later = new Date('2026-12-01T22:00:00Z')
    expect(dueReminders(input, later).map((n) => n.window)).toEqual(dueReminders(input, now).map((n) => n.window))
  })

  it('evidence expiring in 30 and 7 days: one notice per threshold, naming requests but never the evidence itself', () => {
    const evidence = (expiresAt: string) => ({
      id: 'e1',
      organizationId: 'o1',
      reviewId: 'r1',
      reviewTitle: 'Payments Kafka',
      expiresAt: d(expiresAt),
      uploadedById: 'u-up',
      requests: [{ code: 'KA-02', gate: 'KEY_ADMINISTRATION' as const, assigneeId: 'u-owner' }],
    })
    expect(dueReminders({ ...empty, evidence: [evidence('2027-01-01')] }, now)).toEqual([])
    const [thirty] = dueReminders({ ...empty, evidence: [evidence('2026-12-31')] }, now)
    expect(thirty).toMatchObject({
      kind: 'EVIDENCE_EXPIRING',
      window: '30d:2026-12-31',
      title: 'Evidence expires in 30 days',
    })
    expect(thirty.audience.userIds).toEqual(['u-up', 'u-owner'])
    const [seven] = dueReminders({ ...empty, evidence: [evidence('2026-12-08')] }, now)
    expect(seven.window).toBe('7d:2026-12-08')
    expect(seven.body).toBe(
      'Evidence for KA-02 in “Payments Kafka” expires on 2026-12-08. Add a current version before then.',
    )
  })

  it('exceptions lapsing in 14 and 3 days tell requester, approver and compliance, and raise exception.lapsing', () => {
    const exception = (expiresAt: Date) => ({
      id: 'x1',
      organizationId: 'o1',
      reviewId: 'r1',
      reviewTitle: 'Payments Kafka',
      findingCode: 'FR-NO-KEY-DISABLED-DRILL',
      expiresAt,
      requestedById: 'u-rev',
      approvedById: 'u-comp',
    })
    const notices = dueReminders({ ...empty, exceptions: [exception(new Date('2026-12-04T23:59:59Z'))] }, now)
    expect(notices).toMatchObject([
      {
        kind: 'EXCEPTION_LAPSING',
        window: '3d:2026-12-04',
        audience: { userIds: ['u-rev', 'u-comp'], roles: ['COMPLIANCE'] },
      },
    ])
    expect(reminderEvents(notices)).toEqual([
      {
        organizationId: 'o1',
        type: 'exception.lapsing',
        key: 'exception.lapsing:x1:3d:2026-12-04',
        data: { reviewId: 'r1', exceptionId: 'x1', window: '3d:2026-12-04', message: notices[0].body },
      },
    ])
    expect(dueReminders({ ...empty, exceptions: [exception(new Date('2026-12-16T23:59:59Z'))] }, now)).toEqual([])
  })

  it('a review due within 7 days or overdue tells its creator and compliance', () => {
    const review = (dueDate: string) => ({
      id: 'r1',
      organizationId: 'o1',
      title: 'Payments Kafka',
      dueDate: d(dueDate),
      createdById: 'u-c',
    })
    expect(dueReminders({ ...empty, reviews: [review('2026-12-09')] }, now)).toEqual([])
    expect(dueReminders({ ...empty, reviews: [review('2026-12-08')] }, now)[0]).toMatchObject({
      kind: 'REVIEW_DUE',
      window: 'due-7d:2026-12-08',
      audience: { userIds: ['u-c'], roles: ['COMPLIANCE'] },
    })
    expect(dueReminders({ ...empty, reviews: [review('2026-11-30')] }, now)[0].window).toBe('overdue:2026-11-30')
  })
})

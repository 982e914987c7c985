import { describe, expect, it } from 'vitest'
import { filterRequests, isOverdue, parseRequestFilter, requestFilterTitle } from '@/lib/domain/request-filter'
import type { SnapshotRequest } from '@/lib/domain/review-snapshot'

const now = new Date('2026-12-02T10:00:00Z')
const request = (id: string, over: Partial<SnapshotRequest> = {}): SnapshotRequest => ({
  id,
  gate: 'FAILURE_RECOVERY',
  code: `FR-${id}`,
  title: `Request ${id}`,
  required: true,
  status: 'OPEN',
  assigneeId: null,
  dueDate: null,
  ...over,
})
const requests = [
  request('unassigned'),
  request('mine', { assigneeId: 'me' }),
  request('theirs', { assigneeId: 'other', dueDate: new Date('2026-11-01') }),
  request('overdue', { dueDate: new Date('2026-12-01') }),
  request('today', { dueDate: new Date('2026-12-02') }),
  request('accepted', { status: 'ACCEPTED' }),
  request('submitted', { status: 'SUBMITTED' }),
]
const ids = (filter: Parameters<typeof filterRequests>[1]) =>
  filterRequests(requests, filter, 'me', now).map((r) => r.id)

describe('evidence-request filters behind the next-steps links', () => {
  it('reads assignee, due and status from the URL and ignores what it does not know', () => {
    expect(parseRequestFilter({ assignee: 'none' })).toEqual({ assignee: 'none' })
    expect(parseRequestFilter({ due: 'overdue' })).toEqual({ due: 'overdue' })
    expect(parseRequestFilter({ status: 'submitted' })).toEqual({ status: 'submitted' })
    expect(parseRequestFilter({ assignee: 'everyone' })).toBeNull()
    expect(requestFilterTitle({ assignee: 'none' })).toBe('Open evidence requests with no assignee')
  })

  it('assignee=none keeps open requests nobody is assigned, not accepted or submitted ones', () => {
    expect(ids({ assignee: 'none' })).toEqual(['unassigned', 'overdue', 'today'])
    expect(ids({ assignee: 'me' })).toEqual(['mine'])
  })

  it('due=overdue keeps mine and unassigned past their due day; due today is due soon, not overdue', () => {
    expect(ids({ due: 'overdue' })).toEqual(['overdue'])
    expect(ids({ due: 'soon' })).toEqual(['today'])
    expect(ids({ status: 'submitted' })).toEqual(['submitted'])
  })

  it('marks an open request overdue only after its due day', () => {
    expect(isOverdue(request('a', { dueDate: new Date('2026-12-01') }), now)).toBe(true)
    expect(isOverdue(request('b', { dueDate: new Date('2026-12-02') }), now)).toBe(false)
    expect(isOverdue(request('c', { dueDate: new Date('2026-11-01'), status: 'ACCEPTED' }), now)).toBe(false)
  })
})

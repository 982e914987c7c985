import { describe, expect, it } from 'vitest'
import { activityOutput, isPublishedAction, type ActivityContext } from '@/lib/domain/activity-notices'
import { stalenessOutput, type StalenessInput } from '@/lib/domain/staleness-notices'
import { mentionedEmails } from '@/lib/domain/mentions'
import { emailModeFor } from '@/lib/domain/notification-kinds'

const base: ActivityContext = {
  event: {
    id: 'ev1',
    organizationId: 'o1',
    action: 'request.submitted',
    entityId: 'q1',
    actorId: 'u-owner',
    actorName: 'Olivia Owner',
    data: {},
    createdAt: new Date('2026-12-01T10:00:00Z'),
  },
  review: { id: 'r1', title: 'Payments Kafka' },
  request: {
    id: 'q1',
    code: 'KA-02',
    title: 'Key policy',
    gate: 'KEY_ADMINISTRATION',
    assigneeId: 'u-owner',
    submittedById: 'u-owner',
  },
}
const withAction = (action: string, data: Record<string, unknown> = {}): ActivityContext => ({
  ...base,
  event: { ...base.event, action, data },
})

describe('activity notices', () => {
  it('publishes only the listed audit actions', () => {
    expect(isPublishedAction('request.submitted')).toBe(true)
    expect(isPublishedAction('location.updated')).toBe(false)
  })

  it('a submission tells the security reviewers (not the submitter) and raises request.submitted once per event', () => {
    const { notices, events } = activityOutput(base)
    expect(notices).toMatchObject([
      {
        kind: 'REQUEST_SUBMITTED',
        subjectId: 'q1',
        window: 'ev1',
        audience: { roles: ['SECURITY_REVIEWER'] },
        excludeUserIds: ['u-owner'],
        href: '/reviews/r1/gates/key-administration',
      },
    ])
    expect(events).toEqual([
      {
        organizationId: 'o1',
        type: 'request.submitted',
        key: 'request.submitted:ev1',
        data: expect.objectContaining({ reviewId: 'r1', requestId: 'q1', code: 'KA-02', gate: 'KEY_ADMINISTRATION' }),
      },
    ])
  })

  it('a send-back tells the submitter with the reviewer’s note; an assignment tells the assignee', () => {
    const sent = activityOutput({
      ...withAction('request.changes_requested', { note: 'The grants are missing.' }),
      event: {
        ...base.event,
        action: 'request.changes_requested',
        actorId: 'u-rev',
        actorName: 'Rita',
        data: { note: 'The grants are missing.' },
      },
    })
    expect(sent.notices[0]).toMatchObject({ kind: 'REQUEST_SENT_BACK', audience: { userIds: ['u-owner'] } })
    expect(sent.notices[0].body).toContain('Their note: The grants are missing.')
    expect(sent.events[0].type).toBe('request.sent_back')
    const assigned = activityOutput(
      withAction('request.assigned', { assigneeId: 'u-2', dueDate: '2026-12-09T00:00:00.000Z' }),
    )
    expect(assigned.notices[0]).toMatchObject({ kind: 'REQUEST_ASSIGNED', audience: { userIds: ['u-2'] } })
    expect(assigned.notices[0].body).toContain('due 2026-12-09')
    expect(activityOutput(withAction('request.assigned', { assigneeId: null })).notices).toEqual([])
  })

  it('a mention notifies the mentioned members only; a comment without mentions notifies nobody', () => {
    const ctx = {
      ...withAction('comment.added'),
      comment: { targetLabel: 'KA-02', href: '/x', mentionedUserIds: ['u-2'] },
    }
    expect(activityOutput(ctx).notices).toMatchObject([{ kind: 'MENTION', audience: { userIds: ['u-2'] } }])
    expect(activityOutput({ ...ctx, comment: { ...ctx.comment, mentionedUserIds: [] } }).notices).toEqual([])
  })
})

describe('staleness notices', () => {
  const input = (status: 'SIGNED' | 'STALE' | null): StalenessInput => ({
    review: {
      id: 'r1',
      organizationId: 'o1',
      title: 'Payments Kafka',
      status: 'IN_PROGRESS',
      decisionFingerprint: null,
      decidedById: null,
    },
    gateStates: [
      {
        gate: 'FAILURE_RECOVERY',
        gateAssessmentId: 'g1',
        fingerprint: 'f',
        status,
        signOffs: [
          {
            id: 's1',
            signer: { id: 'u-comp' },
            isCurrent: status !== 'STALE',
            changed: status === 'STALE' ? ['exception lapsed'] : [],
          },
        ],
      },
    ],
  })
  it('a stale gate is one notice for its signers and compliance, keyed by its latest sign-off', () => {
    const { notices, events } = stalenessOutput(input('STALE'))
    expect(notices).toMatchObject([
      {
        kind: 'SIGNOFF_STALE',
        subjectId: 'g1',
        window: 's1',
        audience: { userIds: ['u-comp'], roles: ['COMPLIANCE'] },
      },
    ])
    expect(notices[0].body).toContain('no longer holds: exception lapsed')
    expect(events.map((e) => e.key)).toEqual(['signoff.stale:g1:s1'])
    expect(stalenessOutput(input('SIGNED')).notices).toEqual([])
  })
})

describe('decision staleness notices', () => {
  const decided = (decision: StalenessInput['decision']): StalenessInput => ({
    review: {
      id: 'r1',
      organizationId: 'o1',
      title: 'Payments Kafka',
      status: 'DECIDED',
      decisionFingerprint: 'fp-1',
      decidedById: 'u-comp',
    },
    gateStates: [],
    decision,
  })
  it('a stale decision is one notice for its decider and compliance, keyed by its fingerprint, saying what moved', () => {
    const { notices, events } = stalenessOutput(
      decided({
        isStale: true,
        gates: [{ gate: 'KEY_ADMINISTRATION', changes: ['exception for KA-X no longer live'] }],
      }),
    )
    expect(notices).toMatchObject([
      {
        kind: 'DECISION_STALE',
        subjectId: 'r1',
        window: 'fp-1',
        audience: { userIds: ['u-comp'], roles: ['COMPLIANCE'] },
      },
    ])
    expect(notices[0].body).toContain('exception for KA-X no longer live')
    expect(events.map((e) => e.key)).toEqual(['decision.stale:r1:fp-1'])
  })
  it('a decision that holds, or none computed, tells nobody', () => {
    expect(stalenessOutput(decided({ isStale: false, gates: [] })).notices).toEqual([])
    expect(stalenessOutput(decided(undefined)).notices).toEqual([])
  })
})

describe('mentions and preferences', () => {
  it('finds distinct lower-cased emails after @, not inside words or ending in punctuation', () => {
    expect(mentionedEmails('Could @Owner@Acme.test check? cc (@lead@acme.test), @owner@acme.test.')).toEqual([
      'owner@acme.test',
      'lead@acme.test',
    ])
    expect(mentionedEmails('mail me at someone@acme.test or @nobody')).toEqual([])
  })
  it('a person’s choice wins over the kind’s default', () => {
    expect(emailModeFor('REQUEST_SUBMITTED', new Map())).toBe('DIGEST')
    expect(emailModeFor('REQUEST_SUBMITTED', new Map([['REQUEST_SUBMITTED', 'OFF']]))).toBe('OFF')
  })
})

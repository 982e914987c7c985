import 'server-only'
// System: the worker's clock-driven sweeps, across every organization. Reminders (due dates, expiries) and
// staleness (sign-offs and decisions that no longer hold) become notices; their unique keys make a repeat,
// or the same sweep on two workers at once, a no-op.
import { db } from '@/lib/db'
import { addDays, startOfUtcDay } from '@/lib/domain/dates'
import type { Gate } from '@/lib/domain/enums'
import { dueReminders, reminderEvents } from '@/lib/domain/reminders'
import { stalenessOutput } from '@/lib/domain/staleness-notices'
import type { NoticeSpec } from '@/lib/domain/notification-kinds'
import type { OutgoingEvent } from '@/lib/domain/activity-notices'
import { loadGateStates } from '../gate-states'
import { loadDecisionStaleness } from '../workspace'
import { deliver } from './deliver'

const OPEN_REVIEW = { status: { not: 'DECIDED' as const } }

export async function sweepReminders(now: Date) {
  const today = startOfUtcDay(now)
  const review = { select: { title: true } }
  const [requests, evidence, exceptions, reviews] = await Promise.all([
    db.evidenceRequest.findMany({
      where: {
        status: { in: ['OPEN', 'CHANGES_REQUESTED'] },
        dueDate: { not: null, lte: addDays(today, 3) },
        review: OPEN_REVIEW,
      },
      select: {
        id: true,
        organizationId: true,
        reviewId: true,
        code: true,
        title: true,
        dueDate: true,
        assigneeId: true,
        gateAssessment: { select: { gate: true } },
        review,
      },
    }),
    db.evidence.findMany({
      where: { supersededBy: null, expiresAt: { gte: today, lte: addDays(today, 30) }, review: OPEN_REVIEW },
      select: {
        id: true,
        organizationId: true,
        reviewId: true,
        expiresAt: true,
        uploadedById: true,
        review,
        links: {
          where: { requestId: { not: null } },
          select: { request: { select: { code: true, assigneeId: true, gateAssessment: { select: { gate: true } } } } },
        },
      },
    }),
    db.riskException.findMany({
      where: {
        approvedAt: { not: null },
        revokedAt: null,
        expiresAt: { gt: now, lte: addDays(today, 15) },
        review: OPEN_REVIEW,
      },
      select: {
        id: true,
        organizationId: true,
        reviewId: true,
        findingCode: true,
        expiresAt: true,
        requestedById: true,
        approvedById: true,
        review,
      },
    }),
    db.review.findMany({
      where: { ...OPEN_REVIEW, dueDate: { not: null, lte: addDays(today, 7) } },
      select: { id: true, organizationId: true, title: true, dueDate: true, createdById: true },
    }),
  ])
  const notices = dueReminders(
    {
      requests: requests.map(({ review: r, gateAssessment, dueDate, ...q }) => ({
        ...q,
        dueDate: dueDate!,
        reviewTitle: r.title,
        gate: gateAssessment.gate as Gate,
      })),
      evidence: evidence.map(({ review: r, links, expiresAt, ...e }) => ({
        ...e,
        expiresAt: expiresAt!,
        reviewTitle: r.title,
        requests: links.flatMap((l) =>
          l.request
            ? [{ code: l.request.code, assigneeId: l.request.assigneeId, gate: l.request.gateAssessment.gate as Gate }]
            : [],
        ),
      })),
      exceptions: exceptions.map(({ review: r, ...x }) => ({ ...x, reviewTitle: r.title })),
      reviews: reviews.map((r) => ({ ...r, dueDate: r.dueDate! })),
    },
    now,
  )
  return deliverInBatches(notices, reminderEvents(notices))
}

export async function sweepStaleness(now: Date) {
  const reviews = await db.review.findMany({
    where: { gates: { some: { signOffs: { some: {} } } } },
    select: { id: true, organizationId: true, title: true, status: true, decisionFingerprint: true, decidedById: true },
  })
  const notices: NoticeSpec[] = []
  const events: OutgoingEvent[] = []
  for (const review of reviews) {
    const gateStates = await loadGateStates(review.organizationId, review.id, now)
    const decision =
      review.status === 'DECIDED' ? await loadDecisionStaleness(review.organizationId, review.id, now) : undefined
    const out = stalenessOutput({ review, gateStates, decision })
    notices.push(...out.notices)
    events.push(...out.events)
  }
  return deliverInBatches(notices, events)
}

const BATCH = 500

async function deliverInBatches(notices: NoticeSpec[], events: OutgoingEvent[]) {
  const total = { notices: notices.length, notifications: 0, deliveries: 0 }
  for (let i = 0; i < Math.max(notices.length, events.length); i += BATCH) {
    const done = await db.$transaction((tx) => deliver(tx, notices.slice(i, i + BATCH), events.slice(i, i + BATCH)), {
      timeout: 60_000,
    })
    total.notifications += done.notifications
    total.deliveries += done.deliveries
  }
  return total
}

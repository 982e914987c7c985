import type { Metadata } from 'next'
import Link from 'next/link'
import { requireUser } from '@/lib/auth/session'
import { listMyWork } from '@/lib/dal/my-work'
import { requestNow } from '@/lib/request-clock'
import { isOverdue } from '@/lib/domain/dates'
import { ROLE_LABELS } from '@/lib/auth/permissions'
import { Card, EmptyState, PageHeader } from '@/components/ui/card'
import { StatusPill } from '@/components/ui/status-pill'
import { formatDate } from '@/components/review/labels'
import { stepHref } from '@/components/review/step-href'

export const metadata: Metadata = { title: 'My work' }

export default async function MyWorkPage() {
  const actor = await requireUser()
  const now = await requestNow()
  const work = await listMyWork(actor, now)
  const actions = work.reduce((n, w) => n + w.steps.filter((s) => s.severity === 'action').length, 0)
  return (
    <>
      <PageHeader
        title="My work"
        description={
          `What waits on you as ${actor.roles.map((r) => ROLE_LABELS[r]).join(' and ')}, across the ` +
          `open reviews of ${actor.organizationName}.`
        }
      />
      {work.length === 0 ? (
        <EmptyState title="Nothing waits on you">
          When a review needs something from your roles, or an approved review’s decision goes stale, it appears here.
        </EmptyState>
      ) : (
        <div className="space-y-3">
          <p className="text-sm text-slate-700">
            {actions} action{actions === 1 ? '' : 's'} in {work.length} review{work.length === 1 ? '' : 's'}.
          </p>
          {work.map(({ review, steps }) => (
            <Card
              key={review.id}
              title={
                <Link href={`/reviews/${review.id}`} className="text-sky-800 hover:underline">
                  {review.title}
                </Link>
              }
              actions={
                <span className="flex items-center gap-1.5 text-xs text-slate-600">
                  {review.platform} · due {formatDate(review.dueDate)}
                  {review.status !== 'DECIDED' && review.dueDate && isOverdue(review.dueDate, now) && (
                    <StatusPill tone="bad">Overdue</StatusPill>
                  )}
                  {review.status === 'DECIDED' && <StatusPill tone="warn">Decision stale</StatusPill>}
                </span>
              }
            >
              <ul className="space-y-1 text-sm">
                {steps.map((s) => (
                  <li key={s.id} className="flex items-center gap-2">
                    <StatusPill tone={s.severity === 'action' ? 'warn' : 'neutral'}>
                      {s.severity === 'action' ? 'Action' : 'Info'}
                    </StatusPill>
                    <Link href={stepHref(review.id, s.href)} className="hover:text-sky-800 hover:underline">
                      {s.text}
                    </Link>
                    {actor.roles.length > 1 && <span className="text-xs text-slate-500">{ROLE_LABELS[s.role]}</span>}
                  </li>
                ))}
              </ul>
            </Card>
          ))}
        </div>
      )}
    </>
  )
}

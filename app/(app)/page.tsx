import Link from 'next/link'
import { requireUser } from '@/lib/auth/session'
import { can, ROLE_LABELS } from '@/lib/auth/permissions'
import { listReviews } from '@/lib/dal/reviews'
import { requestNow } from '@/lib/request-clock'
import { isOverdue } from '@/lib/domain/dates'
import { EmptyState, PageHeader } from '@/components/ui/card'
import { buttonClass } from '@/components/ui/button'
import { ReviewsTable } from './_components/reviews-table'

export default async function ReviewsPage() {
  const actor = await requireUser()
  const now = await requestNow()
  const reviews = await listReviews(actor, now)
  const canCreate = can(actor.roles, 'review:create')
  const rows = reviews.map((r) => ({
    ...r,
    dueDate: r.dueDate?.toISOString().slice(0, 10) ?? null,
    isOverdue: r.status !== 'DECIDED' && !!r.dueDate && isOverdue(r.dueDate, now),
    updatedAt: r.updatedAt.toISOString(),
  }))
  return (
    <>
      <PageHeader
        title="Reviews"
        description={`Key-ownership readiness reviews of ${actor.organizationName}.`}
        actions={
          canCreate && (
            <Link href="/reviews/new" className={buttonClass('primary')}>
              New review
            </Link>
          )
        }
      />
      {rows.length === 0 ? (
        <EmptyState title="No reviews yet">
          {canCreate ? (
            <>
              Start one with{' '}
              <Link href="/reviews/new" className="text-sky-800 underline">
                New review
              </Link>
              : from scratch, or from a platform template that pre-fills the storage locations.
            </>
          ) : (
            `As ${actor.roles.map((r) => ROLE_LABELS[r]).join(' and ')}, you will see your organization's ` +
            `reviews here once a platform owner or security reviewer starts one.`
          )}
        </EmptyState>
      ) : (
        <ReviewsTable rows={rows} platforms={[...new Set(rows.map((r) => r.platform))].sort()} />
      )}
    </>
  )
}

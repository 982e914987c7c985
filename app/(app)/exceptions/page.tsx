import type { Metadata } from 'next'
import Link from 'next/link'
import { requireUser } from '@/lib/auth/session'
import { listExceptionRegister } from '@/lib/dal/registers'
import { Card, PageHeader } from '@/components/ui/card'
import { ExceptionRegisterTable } from './_components/exception-register-table'
import { formatDate } from '@/components/review/labels'

export const metadata: Metadata = { title: 'Exception register' }

export default async function ExceptionRegisterPage({ searchParams }: { searchParams: Promise<{ show?: string }> }) {
  const actor = await requireUser()
  const includeClosed = (await searchParams).show === 'all'
  const rows = await listExceptionRegister(actor, new Date(), { includeClosed })
  const lapsing = rows.filter((r) => r.standing === 'LAPSING').length
  return (
    <>
      <PageHeader
        title="Exception register"
        description={
          `Every accepted risk across the reviews of ${actor.organizationName}, soonest expiry first. ` +
          `A lapsed exception brings its blocker back and stales the sign-off that relied on it.`
        }
      />
      <Card
        title={
          `${rows.length} ` +
          `exception${rows.length === 1 ? '' : 's'}${lapsing ? `, ${lapsing} lapsing within 30 days` : ''}`
        }
        actions={
          <Link
            href={includeClosed ? '/exceptions' : '/exceptions?show=all'}
            className="text-xs text-sky-800 hover:underline"
          >
            {includeClosed ? 'Live and pending only' : 'Include expired and revoked'}
          </Link>
        }
      >
        <ExceptionRegisterTable
          reviews={[...new Set(rows.map((x) => x.review.title))].sort()}
          rows={rows.map((x) => ({
            id: x.id,
            reviewId: x.reviewId,
            review: x.review.title,
            expires: formatDate(x.expiresAt),
            daysLeft: x.daysLeft,
            standing: x.standing,
            findingCode: x.findingCode,
            target: x.target,
            approvedBy: x.approvedBy ?? '',
            justification: x.justification,
            grantNote: x.grantNote ?? '',
          }))}
        />
      </Card>
    </>
  )
}

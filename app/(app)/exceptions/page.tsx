import type { Metadata } from 'next'
import Link from 'next/link'
import { requireUser } from '@/lib/auth/session'
import { listExceptionRegister } from '@/lib/dal/registers'
import type { ExceptionStanding } from '@/lib/domain/register-status'
import { Card, EmptyState, PageHeader } from '@/components/ui/card'
import { StatusPill, type Tone } from '@/components/ui/status-pill'
import { formatDate } from '@/components/review/labels'

export const metadata: Metadata = { title: 'Exception register' }

const STANDING: Record<ExceptionStanding, { label: string; tone: Tone }> = {
  LAPSING: { label: 'Lapsing', tone: 'warn' },
  LIVE: { label: 'Live', tone: 'good' },
  PENDING: { label: 'Awaiting compliance', tone: 'info' },
  EXPIRED: { label: 'Expired', tone: 'neutral' },
  REVOKED: { label: 'Revoked', tone: 'neutral' },
}
const left = (days: number) =>
  days < 0 ? `${-days} days ago` : days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`

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
        {rows.length === 0 ? (
          <EmptyState title="No exceptions">Exceptions granted on any review appear here.</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-xs text-slate-500">
                <tr>
                  {['Expires', 'Standing', 'Review', 'Finding', 'Target', 'Approved by', 'Justification'].map((h) => (
                    <th key={h} scope="col" className="py-1.5 pr-3 font-medium">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((x) => (
                  <tr key={x.id} className="align-top">
                    <td className="py-1.5 pr-3 whitespace-nowrap">
                      {formatDate(x.expiresAt)}
                      <span className="block text-xs text-slate-500">{left(x.daysLeft)}</span>
                    </td>
                    <td className="py-1.5 pr-3">
                      <StatusPill tone={STANDING[x.standing].tone}>{STANDING[x.standing].label}</StatusPill>
                    </td>
                    <td className="py-1.5 pr-3">
                      <Link href={`/reviews/${x.reviewId}/sign-off`} className="text-sky-800 hover:underline">
                        {x.review.title}
                      </Link>
                    </td>
                    <td className="py-1.5 pr-3 font-mono text-xs">{x.findingCode}</td>
                    <td className="py-1.5 pr-3 font-mono text-xs text-slate-600">{x.targetRef.slice(0, 40)}</td>
                    <td className="py-1.5 pr-3 text-xs">{x.approvedBy ?? '—'}</td>
                    <td className="max-w-sm py-1.5 text-xs text-slate-700">{x.justification}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  )
}

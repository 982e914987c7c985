import type { Metadata } from 'next'
import Link from 'next/link'
import { requireUser } from '@/lib/auth/session'
import { listEvidenceExpiry } from '@/lib/dal/registers'
import type { ExpiryStanding } from '@/lib/domain/register-status'
import { gateSlug } from '@/lib/domain/gate-slug'
import type { Gate } from '@/lib/domain/enums'
import { Card, EmptyState, PageHeader } from '@/components/ui/card'
import { StatusPill, type Tone } from '@/components/ui/status-pill'
import { formatDate } from '@/components/review/labels'

export const metadata: Metadata = { title: 'Expiring evidence' }

const STANDING: Record<ExpiryStanding, { label: string; tone: Tone }> = {
  EXPIRED: { label: 'Expired', tone: 'bad' },
  WITHIN_7_DAYS: { label: 'Within 7 days', tone: 'warn' },
  WITHIN_30_DAYS: { label: 'Within 30 days', tone: 'info' },
  LATER: { label: 'Later', tone: 'neutral' },
}
const month = (d: Date) => d.toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })

export default async function EvidenceExpiryPage() {
  const actor = await requireUser()
  const rows = await listEvidenceExpiry(actor)
  const groups = new Map<string, typeof rows>()
  for (const r of rows) {
    const key = r.standing === 'EXPIRED' ? 'Already expired' : month(r.expiresAt)
    groups.set(key, [...(groups.get(key) ?? []), r])
  }
  return (
    <>
      <PageHeader
        title="Expiring evidence"
        description={
          `Current evidence with an expiry across the reviews of ${actor.organizationName}, by when ` +
          `it expires. Expired evidence raises a blocker on its gate; its owners are reminded 30 and 7 days before.`
        }
      />
      {rows.length === 0 ? (
        <EmptyState title="No evidence with an expiry">Evidence given an expiry date appears here.</EmptyState>
      ) : (
        <div className="space-y-4">
          {[...groups].map(([label, items]) => (
            <Card key={label} title={`${label} (${items.length})`}>
              <table className="w-full text-left text-sm">
                <thead className="text-xs text-slate-500">
                  <tr>
                    {['Expires', 'Standing', 'Evidence', 'Review', 'Answers', 'Uploaded by'].map((h) => (
                      <th key={h} scope="col" className="py-1.5 pr-3 font-medium">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {items.map((e) => (
                    <tr key={e.id} className="align-top">
                      <td className="py-1.5 pr-3 whitespace-nowrap">{formatDate(e.expiresAt)}</td>
                      <td className="py-1.5 pr-3">
                        <StatusPill tone={STANDING[e.standing].tone}>{STANDING[e.standing].label}</StatusPill>
                      </td>
                      <td className="py-1.5 pr-3">{e.title}</td>
                      <td className="py-1.5 pr-3">
                        <Link href={`/reviews/${e.reviewId}`} className="text-sky-800 hover:underline">
                          {e.review.title}
                        </Link>
                      </td>
                      <td className="py-1.5 pr-3 text-xs">
                        {e.requests.length === 0
                          ? '—'
                          : e.requests.map((q, i) => (
                              <span key={q.code}>
                                {i > 0 && ', '}
                                <Link
                                  href={`/reviews/${e.reviewId}/gates/${gateSlug(q.gate as Gate)}`}
                                  className="font-mono text-sky-800 hover:underline"
                                >
                                  {q.code}
                                </Link>
                              </span>
                            ))}
                      </td>
                      <td className="py-1.5 text-xs">{e.uploadedBy.name}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Card>
          ))}
        </div>
      )}
    </>
  )
}

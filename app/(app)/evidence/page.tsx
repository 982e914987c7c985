import type { Metadata } from 'next'
import { requireUser } from '@/lib/auth/session'
import { listEvidenceExpiry } from '@/lib/dal/registers'
import { gateSlug } from '@/lib/domain/gate-slug'
import type { Gate } from '@/lib/domain/enums'
import { Card, EmptyState, PageHeader } from '@/components/ui/card'
import { EvidenceExpiryTable } from './_components/evidence-expiry-table'
import { formatDate } from '@/components/review/labels'

export const metadata: Metadata = { title: 'Expiring evidence' }

export default async function EvidenceExpiryPage() {
  const actor = await requireUser()
  const rows = await listEvidenceExpiry(actor)
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
        <Card title={`${rows.length} pieces of evidence with an expiry`}>
          <EvidenceExpiryTable
            rows={rows.map((e) => ({
              id: e.id,
              expires: formatDate(e.expiresAt),
              standing: e.standing,
              title: e.title,
              reviewId: e.reviewId,
              review: e.review.title,
              requests: e.requests.map((q) => ({
                code: q.code,
                href: `/reviews/${e.reviewId}/gates/${gateSlug(q.gate as Gate)}`,
              })),
              codes: e.requests.map((q) => q.code),
              uploadedBy: e.uploadedBy.name,
            }))}
          />
        </Card>
      )}
    </>
  )
}

import { getWorkspace } from '@/lib/dal/loaders'
import { can } from '@/lib/auth/permissions'
import Link from 'next/link'
import { Card } from '@/components/ui/card'
import { ScopeForm } from '../_components/scope-form'

export default async function ScopePage({ params }: { params: Promise<{ reviewId: string }> }) {
  const { reviewId } = await params
  const { review, actor } = await getWorkspace(reviewId)
  const canEdit = can(actor.roles, 'review:scope') && review.status !== 'DECIDED'
  return (
    <Card
      title="Scope"
      actions={
        <Link href={`/reviews/${review.id}/decision-map`} className="text-xs text-sky-800 hover:underline">
          Compare the four architecture options for this scope →
        </Link>
      }
    >
      {!canEdit && (
        <p className="mb-3 rounded-md bg-slate-50 px-3 py-2 text-xs text-slate-600">
          Read only: the security reviewer sets the scope
          {review.status === 'DECIDED' ? ', and this review is decided' : ''}.
        </p>
      )}
      <ScopeForm
        canEdit={canEdit}
        review={{
          id: review.id,
          version: review.version,
          title: review.title,
          platform: review.platform,
          deploymentModel: review.deploymentModel,
          environment: review.environment,
          regions: review.regions.join(', '),
          allowedJurisdictions: review.allowedJurisdictions.join(', '),
          dataClassification: review.dataClassification,
          keyRequirement: review.keyRequirement,
          dueDate: review.dueDate?.toISOString().slice(0, 10) ?? '',
          controlBoundary: review.controlBoundary,
          cryptographicBoundary: review.cryptographicBoundary,
          operationalBoundary: review.operationalBoundary,
          recoveryBoundary: review.recoveryBoundary,
        }}
      />
    </Card>
  )
}

import type { Metadata } from 'next'
import Link from 'next/link'
import { getWorkspace } from '@/lib/dal/loaders'
import { decisionMap } from '@/lib/domain/decision-map'
import { DecisionMapView } from '@/components/decision-map/decision-map-view'

export const metadata: Metadata = { title: 'Decision map' }

export default async function ReviewDecisionMapPage({ params }: { params: Promise<{ reviewId: string }> }) {
  const { reviewId } = await params
  const { review } = await getWorkspace(reviewId)
  const map = decisionMap({
    keyRequirement: review.keyRequirement,
    dataClassification: review.dataClassification,
    allowedJurisdictions: review.allowedJurisdictions,
  })
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-base font-semibold">Decision map: four architecture options for this scope</h2>
        <Link href={`/reviews/${review.id}/scope`} className="text-xs text-sky-800 hover:underline">
          Change the scope →
        </Link>
      </div>
      <DecisionMapView map={map} />
    </div>
  )
}

import type { Metadata } from 'next'
import { getWorkspace } from '@/lib/dal/loaders'
import { boundaryGraph, type MapNode } from '@/lib/domain/boundary-map'
import { layoutBoundaryMap } from '@/lib/domain/boundary-map-layout'
import { isCoverageModel } from '@/lib/domain/overview-charts'
import { Card } from '@/components/ui/card'
import { BoundaryMapSvg } from '@/components/map/boundary-map-svg'
import { BoundaryMapTable } from '@/components/map/boundary-map-table'
import { MapLegend } from '@/components/map/map-legend'
import { boundaryMapInputOf } from '@/lib/reports/workspace-visuals'

export const metadata: Metadata = { title: 'Storage-boundary map' }

export default async function MapPage({
  params,
  searchParams,
}: {
  params: Promise<{ reviewId: string }>
  searchParams: Promise<{ model?: string }>
}) {
  const { reviewId } = await params
  const wanted = (await searchParams).model
  const model = isCoverageModel(wanted) ? wanted : null
  const ws = await getWorkspace(reviewId)
  const base = `/reviews/${ws.review.id}`
  const graph = boundaryGraph(boundaryMapInputOf(ws))
  const layout = layoutBoundaryMap(graph, { width: 1040 })
  const hrefOf = (n: MapNode) =>
    n.kind === 'key' && n.entityId
      ? `${base}/keys/${n.entityId}`
      : n.kind === 'admin'
        ? `${base}/keys`
        : `${base}/inventory`
  return (
    <div className="space-y-4">
      <Card title="Storage-boundary map" actions={<MapLegend />}>
        <p className="mb-3 text-xs text-slate-600">
          Where the review’s state lands, in whose account, under which key, and who administers that key. Tab moves
          through accounts and their locations, then keys, then administrators; each opens its page.
        </p>
        {graph.bands.length === 0 && graph.excluded.length === 0 ? (
          <p className="text-slate-600">No locations yet: the map fills in as the inventory does.</p>
        ) : (
          <BoundaryMapSvg layout={layout} hrefOf={hrefOf} />
        )}
      </Card>
      <Card title="The map as a table">
        <div id="map-table" className="scroll-mt-4">
          <BoundaryMapTable graph={graph} model={model} hrefOf={hrefOf} clearHref={`${base}/map#map-table`} />
        </div>
      </Card>
    </div>
  )
}

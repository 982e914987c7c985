// The report's charts and storage-boundary map: the same components as the overview and the map page,
// drawn from the report's own data so the page, the print and the PDF agree.
import type { ReadinessReport } from '@/lib/reports/report-types'
import type { MapNode } from '@/lib/domain/boundary-map'
import { layoutBoundaryMap } from '@/lib/domain/boundary-map-layout'
import { gateSlug } from '@/lib/domain/gate-slug'
import { OverviewChartsView } from '@/components/charts/overview-charts-view'
import { BoundaryMapSvg } from '@/components/map/boundary-map-svg'
import { MapLegend } from '@/components/map/map-legend'

export function ReportPictures({ report }: { report: ReadinessReport }) {
  const base = `/reviews/${report.review.id}`
  const hrefOf = (n: MapNode) =>
    n.kind === 'key' && n.entityId
      ? `${base}/keys/${n.entityId}`
      : n.kind === 'admin'
        ? `${base}/keys`
        : `${base}/inventory`
  const hasMap = report.map.bands.length > 0 || report.map.excluded.length > 0
  return (
    <div className="space-y-4" data-testid="report-charts">
      <OverviewChartsView
        charts={report.charts}
        links={{
          gate: (gate) => `${base}/gates/${gateSlug(gate)}`,
          coverage: (model) => `${base}/map?model=${model}#map-table`,
        }}
      />
      <section aria-labelledby="report-map-heading" className="break-inside-avoid-page space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 id="report-map-heading" className="text-sm font-semibold">
            Storage-boundary map
          </h3>
          <MapLegend />
        </div>
        {hasMap ? (
          <BoundaryMapSvg layout={layoutBoundaryMap(report.map, { width: 1000 })} hrefOf={hrefOf} />
        ) : (
          <p className="text-slate-600">No locations yet: the map fills in as the inventory does.</p>
        )}
        <p className="text-xs text-slate-500">The inventory below lists every location with its key.</p>
      </section>
    </div>
  )
}

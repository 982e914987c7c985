import type { Metadata } from 'next'
import Link from 'next/link'
import { getWorkspace } from '@/lib/dal/loaders'
import { overviewCharts } from '@/lib/domain/overview-charts'
import { gateSlug } from '@/lib/domain/gate-slug'
import { OverviewChartsView } from '@/components/charts/overview-charts-view'
import { overviewInputOf } from '@/lib/reports/workspace-visuals'
import { FindingsPanel } from './_components/findings-panel'

export const metadata: Metadata = { title: 'Overview' }

export default async function OverviewPage({ params }: { params: Promise<{ reviewId: string }> }) {
  const { reviewId } = await params
  const ws = await getWorkspace(reviewId)
  const base = `/reviews/${ws.review.id}`
  const charts = overviewCharts(overviewInputOf(ws), new Date())
  return (
    <div className="space-y-4">
      <h2 className="sr-only">Overview</h2>
      <OverviewChartsView
        charts={charts}
        links={{
          gate: (gate) => `${base}/gates/${gateSlug(gate)}`,
          coverage: (model) => `${base}/map?model=${model}#map-table`,
        }}
      />
      <p className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
        <Link href={`${base}/map`} className="text-sky-800 hover:underline">
          Storage-boundary map: where state lands and who holds its keys →
        </Link>
        <Link href={`${base}/decision-map`} className="text-sky-800 hover:underline">
          Decision map: the four architecture options for this scope →
        </Link>
      </p>
      <FindingsPanel workspace={ws} />
    </div>
  )
}

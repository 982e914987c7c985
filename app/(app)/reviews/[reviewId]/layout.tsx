import { getWorkspace } from '@/lib/dal/loaders'
import { DEPLOYMENT_MODEL_LABELS, KEY_REQUIREMENT_LABELS, REVIEW_STATUS_LABELS } from '@/lib/domain/enums'
import { StatusPill } from '@/components/ui/status-pill'
import { REVIEW_STATUS_TONE, formatDate } from '@/components/review/labels'
import { WorkspaceTabs } from './_components/workspace-tabs'
import { FindingsSummary } from './_components/findings-summary'
import { NextStepsPanel } from './_components/next-steps-panel'
import { DecisionStaleBanner } from './_components/decision-stale-banner'

export default async function ReviewLayout({
  children,
  params,
}: {
  children: React.ReactNode
  params: Promise<{ reviewId: string }>
}) {
  const { reviewId } = await params
  const ws = await getWorkspace(reviewId)
  const { review } = ws
  return (
    <div>
      <header className="mb-4">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h1 className="text-xl font-semibold tracking-tight">{review.title}</h1>
          <StatusPill tone={REVIEW_STATUS_TONE[review.status]}>{REVIEW_STATUS_LABELS[review.status]}</StatusPill>
          {ws.decisionStaleness.isStale && <StatusPill tone="warn">Decision stale</StatusPill>}
        </div>
        <dl className="mt-1 flex flex-wrap gap-x-5 gap-y-1 text-xs text-slate-600">
          <div>
            <dt className="inline">Platform: </dt>
            <dd className="inline font-medium text-slate-800">{review.platform}</dd>
          </div>
          <div>
            <dt className="inline">Model: </dt>
            <dd className="inline font-medium text-slate-800">{DEPLOYMENT_MODEL_LABELS[review.deploymentModel]}</dd>
          </div>
          <div>
            <dt className="inline">Key requirement: </dt>
            <dd className="inline font-medium text-slate-800">{KEY_REQUIREMENT_LABELS[review.keyRequirement]}</dd>
          </div>
          <div>
            <dt className="inline">Regions: </dt>
            <dd className="inline font-medium text-slate-800">{review.regions.join(', ') || '—'}</dd>
          </div>
          <div>
            <dt className="inline">Due: </dt>
            <dd className="inline font-medium text-slate-800">{formatDate(review.dueDate)}</dd>
          </div>
        </dl>
        <DecisionStaleBanner reviewId={review.id} staleness={ws.decisionStaleness} decidedAt={review.decidedAt} />
      </header>
      <WorkspaceTabs reviewId={review.id} counts={{ locations: ws.locations.length, keys: ws.keys.length }} />
      <div className="mt-4 grid gap-5 xl:grid-cols-[minmax(0,1fr)_19rem]">
        <div className="min-w-0">{children}</div>
        <aside aria-label="Next steps and findings" className="min-w-0 space-y-4 xl:sticky xl:top-4 xl:self-start">
          <NextStepsPanel workspace={ws} />
          <FindingsSummary workspace={ws} />
        </aside>
      </div>
    </div>
  )
}

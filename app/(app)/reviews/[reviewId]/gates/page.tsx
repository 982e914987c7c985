import Link from 'next/link'
import { getWorkspace } from '@/lib/dal/loaders'
import { listGates } from '@/lib/domain/gate-catalog'
import { StatusPill } from '@/components/ui/status-pill'
import { gateSlug } from '@/lib/domain/gate-slug'
import { plural } from '@/lib/domain/plural'
import { filterRequests, parseRequestFilter, requestFilterTitle } from '@/lib/domain/request-filter'
import { FilteredRequests } from './_components/filtered-requests'

export default async function GatesPage({
  params,
  searchParams,
}: {
  params: Promise<{ reviewId: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { reviewId } = await params
  const filter = parseRequestFilter(await searchParams)
  const { review, readiness, snapshot, actor, now } = await getWorkspace(reviewId)
  const byGate = new Map(readiness.map((r) => [r.gate, r]))
  return (
    <div className="space-y-4">
      {filter && (
        <FilteredRequests
          reviewId={review.id}
          title={requestFilterTitle(filter)}
          requests={filterRequests(snapshot.requests ?? [], filter, actor.userId, now)}
          now={now}
        />
      )}
      <ol className="grid gap-3 md:grid-cols-2">
        {listGates().map((g, i) => {
          const r = byGate.get(g.gate)!
          const requests = (snapshot.requests ?? []).filter((q) => q.gate === g.gate)
          const waiting = requests.filter((q) => q.status === 'SUBMITTED').length
          return (
            <li key={g.gate} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex items-start justify-between gap-3">
                <h2 className="font-semibold">
                  <span className="mr-1.5 text-slate-400">{i + 1}</span>
                  <Link
                    href={`/reviews/${review.id}/gates/${gateSlug(g.gate)}`}
                    className="text-sky-800 hover:underline"
                  >
                    {g.label}
                  </Link>
                </h2>
                {r.isSigned ? (
                  <StatusPill tone="good">Signed</StatusPill>
                ) : r.isReadyToSign ? (
                  <StatusPill tone="info">Ready to sign</StatusPill>
                ) : r.openBlockers > 0 ? (
                  <StatusPill tone="bad">{plural(r.openBlockers, 'blocker')}</StatusPill>
                ) : (
                  <StatusPill>In progress</StatusPill>
                )}
              </div>
              <p className="mt-1 line-clamp-2 text-xs text-slate-600">{g.purpose}</p>
              <dl className="mt-2 flex flex-wrap gap-x-4 text-xs text-slate-700">
                <div>
                  <dt className="inline text-slate-500">Required accepted: </dt>
                  <dd className="inline font-medium">
                    {r.requiredAccepted + r.requiredNotApplicable} of {r.requiredTotal}
                  </dd>
                </div>
                <div>
                  <dt className="inline text-slate-500">Waiting for review: </dt>
                  <dd className="inline font-medium">{waiting}</dd>
                </div>
                <div>
                  <dt className="inline text-slate-500">Requests: </dt>
                  <dd className="inline font-medium">{requests.length}</dd>
                </div>
              </dl>
            </li>
          )
        })}
      </ol>
    </div>
  )
}

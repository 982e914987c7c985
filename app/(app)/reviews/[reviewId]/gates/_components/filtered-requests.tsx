// The evidence requests a "next steps" link filters for (no assignee, overdue…), each linked to its gate.
import Link from 'next/link'
import { Card } from '@/components/ui/card'
import { StatusPill } from '@/components/ui/status-pill'
import { GATE_LABELS } from '@/lib/domain/enums'
import { REQUEST_STATUS_LABELS } from '@/lib/domain/gate-enums'
import { gateSlug } from '@/lib/domain/gate-slug'
import { plural } from '@/lib/domain/plural'
import { isOverdue } from '@/lib/domain/request-filter'
import type { SnapshotRequest } from '@/lib/domain/review-snapshot'

export function FilteredRequests({
  reviewId,
  title,
  requests,
  now,
}: {
  reviewId: string
  title: string
  requests: SnapshotRequest[]
  now: Date
}) {
  return (
    <Card title={`${title} (${requests.length})`}>
      {requests.length === 0 ? (
        <p className="text-sm text-slate-600">No evidence requests match.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{title}</caption>
          <thead className="text-xs text-slate-500">
            <tr>
              <th scope="col" className="py-1 font-medium">
                Request
              </th>
              <th scope="col" className="py-1 font-medium">
                Gate
              </th>
              <th scope="col" className="py-1 font-medium">
                Status
              </th>
              <th scope="col" className="py-1 font-medium">
                Due
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {requests.map((r) => (
              <tr key={r.id}>
                <td className="py-1.5">
                  <span className="mr-1.5 font-mono text-xs text-slate-500">{r.code}</span>
                  {r.title}
                  {r.required && <span className="ml-1.5 text-xs text-slate-500">(required)</span>}
                </td>
                <td className="py-1.5">
                  <Link
                    href={`/reviews/${reviewId}/gates/${gateSlug(r.gate)}`}
                    className="text-sky-800 hover:underline"
                  >
                    {GATE_LABELS[r.gate]}
                  </Link>
                </td>
                <td className="py-1.5">{REQUEST_STATUS_LABELS[r.status]}</td>
                <td className="py-1.5 whitespace-nowrap">
                  {r.dueDate ? r.dueDate.toISOString().slice(0, 10) : '—'}
                  {isOverdue(r, now) && (
                    <span className="ml-1.5">
                      <StatusPill tone="bad">Overdue</StatusPill>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="mt-2 text-xs text-slate-500">
        {plural(requests.length, 'request')} ·{' '}
        <Link href={`/reviews/${reviewId}/gates`} className="text-sky-800 hover:underline">
          Show all gates without the filter
        </Link>
      </p>
    </Card>
  )
}

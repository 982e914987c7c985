// The review's exclusions as history: proposed ones wait for a security reviewer (and stay in scope meanwhile),
// accepted ones took the location out of scope, declined and withdrawn ones stay listed with their reasons.
import { Card } from '@/components/ui/card'
import { StatusPill, type Tone } from '@/components/ui/status-pill'
import { formatInstant } from '@/lib/domain/dates'
import type { ExclusionRow } from '@/lib/dal/exclusions'
import { DecideExclusionForm, WithdrawExclusionForm } from './exclusion-forms'

const STATUS: Record<ExclusionRow['status'], [string, Tone]> = {
  PROPOSED: ['Proposed — still in scope', 'warn'],
  ACCEPTED: ['Accepted — out of scope', 'neutral'],
  DECLINED: ['Declined', 'info'],
  WITHDRAWN: ['Withdrawn', 'neutral'],
}

export function ExclusionsCard({
  reviewId,
  exclusions,
  locationNames,
  viewer,
}: {
  reviewId: string
  exclusions: ExclusionRow[]
  locationNames: Map<string, string>
  viewer: { userId: string; canDecide: boolean; canWithdraw: boolean; isReadOnly: boolean }
}) {
  if (exclusions.length === 0) return null
  return (
    <Card title={`Exclusions (${exclusions.length})`}>
      <ul className="divide-y divide-slate-100 text-sm" aria-label="Exclusions">
        {exclusions.map((x) => {
          const name = locationNames.get(x.locationId) ?? 'Removed location'
          const [label, tone] = STATUS[x.status]
          const isOpen = x.status === 'PROPOSED' || x.status === 'ACCEPTED'
          const target = { reviewId, exclusionId: x.id, version: x.version, locationName: name }
          return (
            <li key={x.id} className="flex flex-wrap items-start gap-3 py-2" aria-label={`Exclusion of ${name}`}>
              <div className="min-w-0 flex-1">
                <StatusPill tone={tone}>{label}</StatusPill> <span className="font-medium">{name}</span>
                <span className="block text-xs text-slate-700">Reason: {x.reason || '—'}</span>
                <span className="block text-xs text-slate-500">
                  Proposed by {x.proposedBy}, {formatInstant(x.createdAt)}
                  {x.decidedAt &&
                    ` · ${x.status === 'DECLINED' ? 'declined' : 'accepted'} by ${x.decidedBy ?? 'nobody recorded'}, ` +
                      formatInstant(x.decidedAt)}
                  {x.decisionNote && ` — ${x.decisionNote}`}
                </span>
                {x.withdrawnAt && (
                  <span className="block text-xs text-slate-500">
                    Withdrawn by {x.withdrawnBy}, {formatInstant(x.withdrawnAt)}: {x.withdrawnReason}
                  </span>
                )}
              </div>
              {!viewer.isReadOnly && (
                <div className="w-80 max-w-full space-y-1">
                  {x.status === 'PROPOSED' && viewer.canDecide && x.proposedById !== viewer.userId && (
                    <DecideExclusionForm {...target} />
                  )}
                  {x.status === 'PROPOSED' && viewer.canDecide && x.proposedById === viewer.userId && (
                    <p className="text-xs text-slate-600">You proposed it, so another security reviewer decides.</p>
                  )}
                  {isOpen && viewer.canWithdraw && <WithdrawExclusionForm {...target} />}
                </div>
              )}
            </li>
          )
        })}
      </ul>
    </Card>
  )
}

// On every page of an approved review whose approval no longer holds: "decision stale — re-review needed", with
// what changed since the decision, and the way out (a re-review from the sign-off page).
import Link from 'next/link'
import { stalenessChanges, type DecisionStaleness } from '@/lib/domain/decision-staleness'
import { formatInstant } from '@/lib/domain/dates'

export function DecisionStaleBanner({
  reviewId,
  staleness,
  decidedAt,
}: {
  reviewId: string
  staleness: DecisionStaleness
  decidedAt: Date | null
}) {
  if (!staleness.isStale) return null
  return (
    <section
      aria-label="Decision stale"
      className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <p className="font-semibold">Decision stale — re-review needed</p>
      <p className="text-xs">
        The approval{decidedAt ? ` of ${formatInstant(decidedAt)}` : ''} no longer holds. Since then:
      </p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-xs">
        {stalenessChanges(staleness).map((change) => (
          <li key={change}>{change}</li>
        ))}
      </ul>
      <p className="mt-2 text-xs">
        <Link href={`/reviews/${reviewId}/sign-off`} className="font-medium text-sky-800 underline">
          Start a re-review
        </Link>{' '}
        to decide again on the review as it is now.
      </p>
    </section>
  )
}

import Link from 'next/link'
import { GATES, GATE_LABELS } from '@/lib/domain/enums'
import type { Workspace } from '@/lib/dal/loaders'
import { StatusPill } from '@/components/ui/status-pill'
import { gateSlug } from '@/lib/domain/gate-slug'
import { plural } from '@/lib/domain/plural'
import { countWords } from '@/lib/rules'

// Beside every tab of a review: the findings counted per gate, each gate linking to its page (where its findings
// are listed in full) and the whole list on the overview. The list itself is not repeated on every tab.
export function FindingsSummary({ workspace }: { workspace: Workspace }) {
  const { summary, review } = workspace
  const base = `/reviews/${review.id}`
  const gates = GATES.filter((g) => summary.byGate[g].total > 0)
  return (
    <section className="rounded-lg border border-slate-200 bg-white" aria-labelledby="findings-summary-heading">
      <header className="flex items-center justify-between border-b border-slate-200 px-4 py-2.5">
        <h2 id="findings-summary-heading" className="text-sm font-semibold">
          Findings
        </h2>
        <p className="flex gap-1.5 text-xs" data-testid="findings-counts">
          <StatusPill tone="bad">{plural(summary.openBlockers, 'blocker')}</StatusPill>
          <StatusPill tone="warn">{plural(summary.bySeverity.WARNING, 'warning')}</StatusPill>
        </p>
      </header>
      {gates.length === 0 ? (
        <p className="px-4 py-3 text-xs text-slate-600">No findings: nothing the rules can see is wrong.</p>
      ) : (
        <>
          <ul className="divide-y divide-slate-100 text-xs">
            {gates.map((gate) => (
              <li key={gate} className="flex items-center justify-between gap-2 px-4 py-1.5">
                <Link href={`${base}/gates/${gateSlug(gate)}`} className="text-sky-800 hover:underline">
                  {GATE_LABELS[gate]}
                </Link>
                <span className="text-right text-slate-600">{countWords(summary.byGate[gate])}</span>
              </li>
            ))}
          </ul>
          <p className="border-t border-slate-100 px-4 py-2 text-xs">
            <Link href={`${base}#findings`} className="text-sky-800 hover:underline">
              Every finding, with its targets, on the overview →
            </Link>
          </p>
        </>
      )}
    </section>
  )
}

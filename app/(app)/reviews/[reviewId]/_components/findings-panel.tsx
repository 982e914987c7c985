import { GATES, GATE_LABELS, SEVERITY_LABELS } from '@/lib/domain/enums'
import { FINDING_CODES } from '@/lib/rules'
import type { Workspace } from '@/lib/dal/loaders'
import { StatusPill } from '@/components/ui/status-pill'
import { SEVERITY_TONE } from '@/components/review/labels'
import { targetLabel } from '@/components/review/target-label'

export function FindingsPanel({ workspace }: { workspace: Workspace }) {
  const { findings, summary } = workspace
  return (
    <section className="rounded-lg border border-slate-200 bg-white" aria-labelledby="findings-heading">
      <header className="flex items-center justify-between border-b border-slate-200 px-4 py-2.5">
        <h2 id="findings-heading" className="text-sm font-semibold">Findings</h2>
        <p className="flex gap-1.5 text-xs" data-testid="findings-counts">
          <StatusPill tone="bad">{summary.openBlockers} blockers</StatusPill>
          <StatusPill tone="warn">{summary.bySeverity.WARNING} warnings</StatusPill>
        </p>
      </header>
      {findings.length === 0 ? (
        <p className="px-4 py-6 text-center text-slate-600">No findings: nothing the rules can see is wrong.</p>
      ) : (
        <div className="max-h-[70vh] divide-y divide-slate-100 overflow-y-auto">
          {GATES.filter((g) => summary.byGate[g].total > 0).map((gate) => (
            <section key={gate} aria-label={GATE_LABELS[gate]} className="px-4 py-2.5">
              <h3 className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500">{GATE_LABELS[gate]}</h3>
              <ul className="space-y-2">
                {findings.filter((f) => f.gate === gate).map((f) => (
                  <li key={`${f.code}|${f.targetRef}`} className="text-xs" data-finding={f.code}>
                    <div className="flex flex-wrap items-center gap-1.5">
                      <StatusPill tone={f.acceptedRisk ? 'neutral' : SEVERITY_TONE[f.severity]}>{f.acceptedRisk ? 'Accepted risk' : SEVERITY_LABELS[f.severity]}</StatusPill>
                      <span className="font-mono text-[11px] text-slate-500">{f.code}</span>
                      <span className="font-medium text-slate-800">{targetLabel(f.targetRef, workspace)}</span>
                    </div>
                    <p className="mt-0.5 text-slate-700" title={FINDING_CODES[f.code].title}>{f.message}</p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  )
}

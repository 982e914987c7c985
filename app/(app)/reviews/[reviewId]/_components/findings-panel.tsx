import { GATES, GATE_LABELS, SEVERITY_LABELS } from '@/lib/domain/enums'
import { FINDING_CODES, type FindingCode } from '@/lib/rules'
import type { Finding } from '@/lib/rules/finding'
import type { Workspace } from '@/lib/dal/loaders'
import { StatusPill } from '@/components/ui/status-pill'
import Link from 'next/link'
import { SEVERITY_TONE } from '@/components/review/labels'
import { gateSlug } from '@/lib/domain/gate-slug'
import { targetLabel } from '@/lib/domain/target-label'
import { SourceStatusPill } from '@/components/review/source-status-pill'
import { plural } from '@/lib/domain/plural'
import { besideWorkspace } from '@/lib/dal/workspace'

// On the review's overview: per finding code its count and a few targets; a single finding shows its message.
// (Every other tab shows the counts per gate beside it: findings-summary.tsx.)
// Every message is on the gate's page (linked), and the inventory's badges mark affected rows.
const NAMED_PER_CODE = 3
// The facts a finding's target is judged on: verified from a configuration output, or claimed.
const JUDGED: Record<string, string[]> = { location: ['encryption', 'keyId'], key: ['ownership', 'rotation'] }

function RecordBasis({ provenance, targetRef }: { provenance: Workspace['provenance']; targetRef: string }) {
  const [type, id] = [targetRef.slice(0, targetRef.indexOf(':')), targetRef.slice(targetRef.indexOf(':') + 1)]
  if (!JUDGED[type]) return null
  const facts = provenance.get(id) ?? {}
  const verified = JUDGED[type].flatMap((f) => (facts[f]?.status === 'verified' ? [facts[f]!] : []))
  const words =
    verified.length === 0
      ? 'Record claimed (typed, not from a source).'
      : `Record ${verified.length < JUDGED[type].length ? 'partly ' : ''}verified from ` +
        `${[...new Set(verified.map((f) => f.source))].join(', ')}.`
  return (
    <span className="mt-0.5 block text-[11px] text-slate-500" data-fact={verified.length ? 'verified' : 'claimed'}>
      {words}
    </span>
  )
}

function groupByCode(findings: Finding[]) {
  const groups = new Map<FindingCode, Finding[]>()
  for (const f of findings) {
    const g = groups.get(f.code)
    if (g) g.push(f)
    else groups.set(f.code, [f])
  }
  return [...groups]
}

export function FindingsPanel({ workspace }: { workspace: Workspace }) {
  const { findings, summary } = workspace
  const named = { ...workspace, requests: workspace.snapshot.requests }
  // Grouped and named once per evaluation of the workspace (the overview is the review's most visited page).
  const gates = besideWorkspace(workspace, 'findings-panel', () =>
    GATES.filter((g) => summary.byGate[g].total > 0).map((gate) => ({
      gate,
      groups: groupByCode(findings.filter((f) => f.gate === gate)).map(([code, group]) => ({
        code,
        group,
        named: group.slice(0, group.length === 1 ? 1 : NAMED_PER_CODE).map((f) => targetLabel(f.targetRef, named)),
      })),
    })),
  )
  return (
    <section id="findings" className="rounded-lg border border-slate-200 bg-white" aria-labelledby="findings-heading">
      <header className="flex items-center justify-between border-b border-slate-200 px-4 py-2.5">
        <h2 id="findings-heading" className="text-sm font-semibold">
          Findings
        </h2>
        <p className="flex gap-1.5 text-xs">
          <StatusPill tone="bad">{plural(summary.openBlockers, 'blocker')}</StatusPill>
          <StatusPill tone="warn">{plural(summary.bySeverity.WARNING, 'warning')}</StatusPill>
        </p>
      </header>
      {findings.length === 0 ? (
        <p className="px-4 py-6 text-center text-slate-600">No findings: nothing the rules can see is wrong.</p>
      ) : (
        <div className="divide-y divide-slate-100">
          {gates.map(({ gate, groups }) => (
            <section key={gate} aria-label={GATE_LABELS[gate]} className="px-4 py-2.5">
              <h3 className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500">
                <Link
                  href={`/reviews/${workspace.review.id}/gates/${gateSlug(gate)}`}
                  className="hover:text-sky-800 hover:underline"
                >
                  {GATE_LABELS[gate]}
                </Link>
              </h3>
              <ul className="space-y-3">
                {groups.map(({ code, group, named: names }) => (
                  <li key={code} data-finding={code} className="text-xs">
                    <div className="flex flex-wrap items-center gap-1.5">
                      <StatusPill tone={SEVERITY_TONE[group[0].severity]}>
                        {SEVERITY_LABELS[group[0].severity]}
                      </StatusPill>
                      <span className="font-medium text-slate-900">{FINDING_CODES[code].title}</span>
                      {group.length > 1 && <span className="text-slate-500">×{group.length}</span>}
                      {[...new Set(group.flatMap((f) => (f.sourceStatus ? [f.sourceStatus] : [])))].map((s) => (
                        <SourceStatusPill key={s} status={s} />
                      ))}
                    </div>
                    <p className="font-mono text-[11px] text-slate-500">{code}</p>
                    {group.length === 1 ? (
                      <p className="mt-0.5 text-slate-600">
                        <span className="font-medium text-slate-800">{names[0]}</span>
                        {group[0].acceptedRisk ? ' (accepted risk)' : ''}: {group[0].message}
                        <RecordBasis provenance={workspace.provenance} targetRef={group[0].targetRef} />
                      </p>
                    ) : (
                      <p className="mt-0.5 text-slate-600">
                        {names.join(' · ')}
                        {group.length > NAMED_PER_CODE && ` and ${group.length - NAMED_PER_CODE} more`}
                        {group.some((f) => f.acceptedRisk) &&
                          ` (${group.filter((f) => f.acceptedRisk).length} accepted risks)`}
                      </p>
                    )}
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

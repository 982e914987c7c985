// The review at a glance: four server-rendered charts, each number also in words and each segment a
// link to the list it counts. Used by the overview page and the readiness report.
import Link from 'next/link'
import { GATE_LABELS, SEVERITIES, SEVERITY_LABELS, type Gate } from '@/lib/domain/enums'
import {
  COVERAGE_MODELS,
  COVERAGE_MODEL_LABELS,
  FRESHNESS,
  FRESHNESS_LABELS,
  GATE_STATUS_ORDER,
  type CoverageModel,
  type OverviewCharts,
} from '@/lib/domain/overview-charts'
import { COVERAGE_COLOR, FRESHNESS_COLOR, GATE_STATUS_COLOR, SEVERITY_COLOR } from '@/lib/reports/chart-palette'
import { GATE_STATUS_LABEL, GATE_STATUS_TONE } from '@/components/review/labels'
import { StatusPill } from '@/components/ui/status-pill'
import { Donut } from './donut'
import { Legend, describeSegments, type ChartSegment } from './legend'
import { StackedBar } from './stacked-bar'
import { GateRows } from './gate-rows'

export interface OverviewLinks {
  gate: (gate: Gate) => string
  coverage: (model: CoverageModel) => string
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`

function ChartCard({
  title,
  note,
  wide = false,
  children,
}: {
  title: string
  note?: React.ReactNode
  wide?: boolean
  children: React.ReactNode
}) {
  return (
    <section
      className={
        `rounded-lg border border-slate-200 bg-white p-4 shadow-xs break-inside-avoid ` +
        `${wide ? 'lg:col-span-2' : ''}`
      }
    >
      <header className="mb-3 flex items-baseline justify-between gap-3">
        <h2 className="text-sm font-semibold text-slate-900">{title}</h2>
        {note && <p className="text-xs text-slate-500">{note}</p>}
      </header>
      {children}
    </section>
  )
}

export function OverviewChartsView({ charts, links }: { charts: OverviewCharts; links: OverviewLinks }) {
  const statusSegments: ChartSegment[] = GATE_STATUS_ORDER.filter(
    (s) => s !== 'STALE' || charts.gateStatusCounts.STALE > 0,
  ).map((s) => ({
    key: s,
    label: GATE_STATUS_LABEL[s],
    count: charts.gateStatusCounts[s],
    color: GATE_STATUS_COLOR[s],
  }))
  const maxBlockers = Math.max(1, ...charts.gates.map((g) => g.openBlockers))
  const coverage = COVERAGE_MODELS.map((m) => ({
    key: m,
    label: COVERAGE_MODEL_LABELS[m],
    count: charts.coverage.counts[m],
    color: COVERAGE_COLOR[m],
    href: links.coverage(m),
  }))
  const freshness = FRESHNESS.map((f) => ({
    key: f,
    label: FRESHNESS_LABELS[f],
    count: charts.evidence.counts[f],
    color: FRESHNESS_COLOR[f],
  }))
  const severity = SEVERITIES.map((s) => ({
    key: s,
    label: `${SEVERITY_LABELS[s]}s`,
    count: charts.findings.counts[s],
    color: SEVERITY_COLOR[s],
  }))
  return (
    <div className="grid items-start gap-4 lg:grid-cols-2" data-testid="overview-charts">
      <ChartCard title="Gates" note={`${charts.gateStatusCounts.SIGNED} of 7 signed`} wide>
        <div className="flex flex-col gap-5 md:flex-row md:items-center">
          <div className="flex w-44 shrink-0 flex-col items-center gap-2">
            <Donut
              title="Gates"
              label={`Gates: ${describeSegments(statusSegments)}`}
              centre={`${charts.gateStatusCounts.SIGNED}/7`}
              centreLabel="signed"
              segments={charts.gates.map((g) => ({
                key: g.gate,
                label: GATE_LABELS[g.gate],
                count: 1,
                color: GATE_STATUS_COLOR[g.status],
                href: links.gate(g.gate),
              }))}
            />
            <Legend segments={statusSegments} />
          </div>
          <ol className="min-w-0 flex-1 divide-y divide-slate-100 text-xs">
            {charts.gates.map((g) => (
              <li
                key={g.gate}
                className="grid grid-cols-[minmax(8rem,11rem)_10rem_minmax(0,1fr)_auto] items-center gap-x-3 py-1.5"
              >
                <Link href={links.gate(g.gate)} className="truncate font-medium text-sky-800 hover:underline">
                  {GATE_LABELS[g.gate]}
                </Link>
                <span>
                  <StatusPill tone={GATE_STATUS_TONE[g.status]}>{GATE_STATUS_LABEL[g.status]}</StatusPill>
                </span>
                <span className="flex items-center gap-2 text-slate-600">
                  <svg aria-hidden viewBox="0 0 100 6" preserveAspectRatio="none" className="h-2 w-28 shrink-0">
                    <rect width={100} height={6} rx={2} fill="#f1f5f9" />
                    <rect
                      width={(g.openBlockers / maxBlockers) * 100}
                      height={6}
                      rx={2}
                      fill={GATE_STATUS_COLOR.BLOCKED}
                    />
                  </svg>
                  {plural(g.openBlockers, 'open blocker')}
                </span>
                <span className="text-right tabular-nums text-slate-600">
                  {g.requiredSettled}/{g.requiredTotal} required settled
                </span>
              </li>
            ))}
          </ol>
        </div>
      </ChartCard>
      <ChartCard
        title="Key coverage of in-scope locations"
        note={`${charts.coverage.inScope} in scope · ${charts.coverage.excluded} excluded`}
      >
        <StackedBar title="Key coverage of in-scope locations" segments={coverage} height={18} />
        <div className="mt-2">
          <Legend segments={coverage} />
        </div>
        <p className="mt-3 text-xs text-slate-500">
          By the key that actually protects each location: a customer-key claim with no key mapped counts as unknown.
        </p>
      </ChartCard>
      <ChartCard title="Evidence freshness" note={`${plural(charts.evidence.total, 'current piece')} of evidence`}>
        <StackedBar title="Evidence freshness" segments={freshness} height={18} />
        <div className="mt-2 mb-3">
          <Legend segments={freshness} />
        </div>
        <GateRows
          empty="No evidence uploaded yet."
          rows={charts.evidence.byGate
            .filter((g) => FRESHNESS.some((f) => g.counts[f] > 0))
            .map((g) => ({
              key: g.gate,
              label: GATE_LABELS[g.gate],
              href: links.gate(g.gate),
              segments: freshness.map((f) => ({ ...f, count: g.counts[f.key] })),
            }))}
        />
      </ChartCard>
      <ChartCard
        wide
        title="Findings by severity"
        note={charts.findings.acceptedRisks ? `${plural(charts.findings.acceptedRisks, 'accepted risk')}` : undefined}
      >
        <div className="mb-3">
          <Legend segments={severity} />
        </div>
        <GateRows
          empty="No findings: nothing the rules can see is wrong."
          rows={charts.findings.byGate
            .filter((g) => SEVERITIES.some((s) => g.counts[s] > 0))
            .map((g) => ({
              key: g.gate,
              label: GATE_LABELS[g.gate],
              href: links.gate(g.gate),
              segments: severity.map((s) => ({ ...s, count: g.counts[s.key] })),
            }))}
        />
      </ChartCard>
    </div>
  )
}

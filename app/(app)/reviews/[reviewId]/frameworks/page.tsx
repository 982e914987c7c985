import Link from 'next/link'
import { getWorkspace } from '@/lib/dal/loaders'
import { getOrganizationFrameworks } from '@/lib/dal/organization-settings'
import { REQUEST_STATUS_LABELS } from '@/lib/domain/gate-enums'
import { FRAMEWORK_IDS, FRAMEWORK_MAPPING, clausesOf, type FrameworkId } from '@/lib/domain/frameworks'
import type { ClauseCoverageStatus } from '@/lib/domain/framework-coverage'
import { FINDING_CODES, isFindingCode } from '@/lib/rules'
import { coverageStateOfWorkspace, frameworkReport } from '@/lib/reports/framework-report'
import { Card } from '@/components/ui/card'
import { StatusPill, type Tone } from '@/components/ui/status-pill'

const STATUS: Record<ClauseCoverageStatus, { label: string; tone: Tone }> = {
  ACCEPTED: { label: 'Accepted', tone: 'good' },
  PARTIAL: { label: 'Partly accepted', tone: 'warn' },
  NOT_ACCEPTED: { label: 'Not accepted', tone: 'bad' },
  NOT_MAPPED: { label: 'Not mapped', tone: 'neutral' },
}
const th = 'py-1 pr-3 text-left text-xs font-medium text-slate-500'
const CURRENT = 'bg-slate-900 text-white'
const OTHER = 'bg-white text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100'

export default async function FrameworksPage({
  params,
  searchParams,
}: {
  params: Promise<{ reviewId: string }>
  searchParams: Promise<{ framework?: string }>
}) {
  const { reviewId } = await params
  const ws = await getWorkspace(reviewId)
  const chosen = (await getOrganizationFrameworks(ws.actor)).frameworks
  const asked = (await searchParams).framework
  const id: FrameworkId = FRAMEWORK_IDS.find((f) => f === asked) ?? chosen[0] ?? 'PCI_DSS'
  const state = coverageStateOfWorkspace(ws)
  const [framework] = frameworkReport([id], state)
  const clauses = new Map(clausesOf(FRAMEWORK_MAPPING, id).map((c) => [c.id, c]))
  const base = `/reviews/${ws.review.id}/frameworks`
  const sources = new Map(FRAMEWORK_MAPPING.sources.map((s) => [s.id, s.publication]))
  return (
    <div className="space-y-4">
      <nav aria-label="Frameworks" className="flex flex-wrap gap-1">
        {FRAMEWORK_MAPPING.frameworks.map((f) => (
          <Link
            key={f.id}
            href={`${base}?framework=${f.id}`}
            aria-current={f.id === id ? 'page' : undefined}
            className={`rounded-md px-2.5 py-1 text-xs font-medium ${f.id === id ? CURRENT : OTHER}`}
          >
            {f.label}
            {chosen.includes(f.id) ? ' · in report' : ''}
          </Link>
        ))}
      </nav>
      <Card
        title={framework.name.includes(framework.version) ? framework.name : `${framework.name} ${framework.version}`}
      >
        <p className="mb-3 text-xs text-slate-600">
          {framework.counts.ACCEPTED} accepted, {framework.counts.PARTIAL} partly, {framework.counts.NOT_ACCEPTED} not
          accepted, {framework.counts.NOT_MAPPED} not mapped. Mapping {framework.mappingVersion}; paraphrases are
          Keyproof&apos;s words, not the standard&apos;s text.
          {chosen.length === 0 && ' No framework is chosen for the report appendix (an admin sets it in Settings).'}
        </p>
        <table className="w-full text-sm">
          <thead>
            <tr>
              {['Clause', 'Covered by', 'Status', 'Open findings'].map((h) => (
                <th key={h} scope="col" className={th}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {framework.clauses.map((c) => {
              const clause = clauses.get(c.id)!
              return (
                <tr key={c.id} className="align-top" aria-label={`${framework.label} ${c.id}`}>
                  <td className="max-w-md py-2 pr-3">
                    <p>
                      <span className="font-mono text-xs font-semibold">{c.id}</span>{' '}
                      <span className="font-medium">{c.title}</span>
                    </p>
                    <p className="text-xs text-slate-600">{clause.paraphrase}</p>
                    <p className="text-[11px] text-slate-500">
                      Source: {sources.get(clause.source.publication) ?? clause.source.publication},{' '}
                      {clause.source.section}
                      {clause.confidence === 'paraphrase-unverified'
                        ? ' · paraphrase not verified against the text'
                        : ''}
                    </p>
                  </td>
                  <td className="py-2 pr-3 text-xs">
                    {c.coveredBy.length === 0 ? (
                      <span className="text-slate-500">{clause.maps.gates.length ? 'Gate sign-off only' : '—'}</span>
                    ) : (
                      <ul className="space-y-0.5">
                        {c.coveredBy.map((code) => (
                          <li key={code} className="whitespace-nowrap">
                            <span className="font-mono">{code}</span>{' '}
                            <span className="text-slate-600">{REQUEST_STATUS_LABELS[state.requests[code]]}</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="py-2 pr-3 whitespace-nowrap">
                    <StatusPill tone={STATUS[c.status].tone}>{STATUS[c.status].label}</StatusPill>
                  </td>
                  <td className="py-2 pr-3 text-xs">
                    {c.openFindings.length === 0 ? (
                      <span className="text-slate-500">None</span>
                    ) : (
                      <ul className="space-y-0.5">
                        {c.openFindings.map((code) => (
                          <li key={code}>
                            <span className="font-mono">{code}</span>{' '}
                            <span className="text-slate-600">
                              {isFindingCode(code) ? FINDING_CODES[code].title : ''}
                            </span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </Card>
    </div>
  )
}

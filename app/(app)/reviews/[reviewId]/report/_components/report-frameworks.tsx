// The report's framework section: each clause of the frameworks the organization chose, with its coverage.
import type { ReadinessReport } from '@/lib/reports/report-types'
import { StatusPill, type Tone } from '@/components/ui/status-pill'

const TONE: Record<string, Tone> = { ACCEPTED: 'good', PARTIAL: 'warn', NOT_ACCEPTED: 'bad', NOT_MAPPED: 'neutral' }
const WORD: Record<string, string> = {
  ACCEPTED: 'Accepted',
  PARTIAL: 'Partly',
  NOT_ACCEPTED: 'Not accepted',
  NOT_MAPPED: 'Not mapped',
}

export function ReportFrameworks({ frameworks }: { frameworks: NonNullable<ReadinessReport['frameworks']> }) {
  return (
    <div className="space-y-3">
      {frameworks.map((f) => (
        <div key={f.id} aria-label={`${f.label} coverage`}>
          <h3 className="text-sm font-medium">
            {f.label} {f.version}{' '}
            <span className="text-xs font-normal text-slate-600">
              {f.counts.ACCEPTED} accepted · {f.counts.PARTIAL} partly · {f.counts.NOT_ACCEPTED} not accepted
            </span>
          </h3>
          <ul className="mt-1 space-y-0.5">
            {f.clauses.map((c) => (
              <li key={c.id} className="text-xs">
                <StatusPill tone={TONE[c.status]}>{WORD[c.status]}</StatusPill> {c.line}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p className="text-[11px] text-slate-500">
        Mapping {frameworks[0]?.mappingVersion}: paraphrases and sources in Keyproof&apos;s framework mapping.
      </p>
    </div>
  )
}

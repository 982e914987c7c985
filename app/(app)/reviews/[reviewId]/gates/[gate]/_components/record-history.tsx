// A gate record's past versions: superseded by a correction (with the correction's reason) or withdrawn (with
// the withdrawal's reason). They stay visible; only current versions count.
import { StatusPill } from '@/components/ui/status-pill'
import { formatInstant } from '@/lib/domain/dates'
import { RECORD_SPECS, type RecordKind } from './record-specs'
import { show, type RecordRow } from './record-values'

export function RecordHistory({ kind, rows }: { kind: RecordKind; rows: RecordRow[] }) {
  const spec = RECORD_SPECS[kind]
  const past = rows.filter((r) => r.supersededBy || r.withdrawnAt)
  if (past.length === 0) return null
  const summary = spec.fields.filter((f) => f.type !== 'textarea').slice(0, 4)
  return (
    <details className="mb-3 rounded-md border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-medium">
        History: {past.length} superseded or withdrawn {past.length === 1 ? 'version' : 'versions'}
      </summary>
      <ul className="mt-2 divide-y divide-slate-100 text-sm" aria-label={`${spec.title} history`}>
        {past.map((r) => (
          <li key={r.id} className="py-1.5 text-slate-600">
            {r.withdrawnAt ? (
              <StatusPill tone="neutral">Withdrawn</StatusPill>
            ) : (
              <StatusPill tone="warn">Superseded</StatusPill>
            )}{' '}
            {summary.map((f) => show(r[f.name], f.type, f.options)).join(' · ')}
            <span className="block text-xs">
              {r.withdrawnAt
                ? `Withdrawn ${formatInstant(r.withdrawnAt)}: ${r.withdrawnReason}`
                : `Corrected ${formatInstant(r.supersededBy!.createdAt)}: ${r.supersededBy!.changeReason}`}
            </span>
          </li>
        ))}
      </ul>
    </details>
  )
}

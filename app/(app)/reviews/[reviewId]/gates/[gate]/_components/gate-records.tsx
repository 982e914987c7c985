// A gate's structured records: a table of the current versions (each correctable or withdrawable, with a reason),
// their history, and a form to add more.
import Link from 'next/link'
import type { StructuredRecordKind } from '@/lib/domain/gate-catalog'
import { Card } from '@/components/ui/card'
import { RECORD_SPECS, type RecordKind } from './record-specs'
import { RecordForm } from './record-form'
import { RecordTable } from './record-table'
import { RecordHistory } from './record-history'
import { formValues, show, type RecordRow } from './record-values'

export const KIND_OF: Partial<Record<StructuredRecordKind, RecordKind>> = {
  RECOVERY_DRILLS: 'drill',
  COST_LINES: 'costLine',
  COMPATIBILITY_CHECKS: 'compatibilityCheck',
  MIGRATION_STEPS: 'migrationStep',
}
export const LIST_OF = {
  drill: 'drills',
  costLine: 'costLines',
  compatibilityCheck: 'compatibilityChecks',
  migrationStep: 'migrationSteps',
} as const

export type { RecordRow }

/** The page loads every version of the rows and, for editors, the review's current evidence to link. */
export function GateRecords({
  reviewId,
  kind: structured,
  canEdit,
  rows: allRows,
  evidence,
  maxDate,
}: {
  reviewId: string
  kind: StructuredRecordKind
  canEdit: boolean
  rows: RecordRow[]
  evidence: { id: string; title: string }[]
  /** The latest date a record may carry (today, in the earliest time zone). */
  maxDate: string
}) {
  const kind = KIND_OF[structured]
  if (!kind) {
    const [href, label] = structured === 'INVENTORY' ? ['inventory', 'storage inventory'] : ['keys', 'key register']
    return (
      <Card title="Structured records">
        <p className="text-sm text-slate-700">
          This gate’s record is the{' '}
          <Link href={`/reviews/${reviewId}/${href}`} className="text-sky-800 underline">
            {label}
          </Link>
          .
        </p>
      </Card>
    )
  }
  const spec = RECORD_SPECS[kind]
  const rows = allRows.filter((r) => !r.supersededBy && !r.withdrawnAt)
  const tableFields = spec.fields.filter((f) => f.type !== 'textarea' || kind === 'drill')
  const total = kind === 'costLine' ? totalsByCurrency(rows) : null
  return (
    <Card title={`${spec.title} (${rows.length})`}>
      {rows.length === 0 ? (
        <p className="mb-3 text-sm text-slate-600">Nothing recorded yet.</p>
      ) : (
        <div className="mb-4">
          <RecordTable
            reviewId={reviewId}
            kind={kind}
            canEdit={canEdit}
            maxDate={maxDate}
            rows={rows.map((r) => ({
              id: r.id,
              version: r.version,
              cells: Object.fromEntries(tableFields.map((f) => [f.name, show(r[f.name], f.type, f.options)])),
              values: formValues(r, spec.fields),
              evidence: r.evidenceLinks.filter((l) => !l.evidence.supersededBy).map((l) => l.evidence),
              linkable: evidence.filter((e) => !r.evidenceLinks.some((l) => l.evidence.id === e.id)),
            }))}
          />
          {total && (
            <p className="mt-2 text-sm">
              <span className="text-xs text-slate-500">Monthly total: </span>
              {total}
            </p>
          )}
        </div>
      )}
      <RecordHistory kind={kind} rows={allRows} />
      {canEdit && (
        <details className="rounded-md border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium">Add a {spec.singular}</summary>
          <div className="mt-3">
            <RecordForm reviewId={reviewId} kind={kind} maxDate={maxDate} />
          </div>
        </details>
      )}
    </Card>
  )
}

function totalsByCurrency(rows: Record<string, unknown>[]) {
  const sums = new Map<string, number>()
  for (const r of rows) sums.set(String(r.currency), (sums.get(String(r.currency)) ?? 0) + Number(r.monthlyAmount))
  return [...sums]
    .map(([c, v]) => `${v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${c}`)
    .join(' · ')
}

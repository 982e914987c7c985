// A gate's structured records: a table of the current versions (each correctable or withdrawable, with a reason),
// their history, and a form to add more.
import Link from 'next/link'
import type { StructuredRecordKind } from '@/lib/domain/gate-catalog'
import { Card } from '@/components/ui/card'
import { RECORD_SPECS, type RecordKind } from './record-specs'
import { RecordForm } from './record-form'
import { RecordChanges } from './record-changes'
import { LinkExistingEvidence } from './link-existing-evidence'
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
        <div className="mb-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{spec.title}</caption>
            <thead className="text-xs text-slate-500">
              <tr>
                {tableFields.map((f) => (
                  <th key={f.name} scope="col" className="py-1.5 pr-3 font-medium">
                    {f.label}
                  </th>
                ))}
                <th scope="col" className="py-1.5 font-medium">
                  Evidence
                </th>
                {canEdit && (
                  <th scope="col" className="py-1.5 font-medium">
                    <span className="sr-only">Changes</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id}>
                  {tableFields.map((f) => (
                    <td key={f.name} className="py-1.5 pr-3">
                      {show(r[f.name], f.type, f.options)}
                    </td>
                  ))}
                  <td className="py-1.5 text-xs">
                    {r.evidenceLinks
                      .filter((l) => !l.evidence.supersededBy)
                      .map((l) => (
                        <a
                          key={l.evidence.id}
                          href={`/api/evidence/${l.evidence.id}`}
                          className="block text-sky-800 hover:underline"
                        >
                          {l.evidence.title}
                        </a>
                      ))}
                    {canEdit && (
                      <LinkExistingEvidence
                        reviewId={reviewId}
                        param={spec.linkParam}
                        targetId={r.id}
                        targetLabel={`this ${spec.singular}`}
                        evidence={evidence.filter((e) => !r.evidenceLinks.some((l) => l.evidence.id === e.id))}
                      />
                    )}
                  </td>
                  {canEdit && (
                    <td className="py-1.5 text-xs">
                      <RecordChanges
                        reviewId={reviewId}
                        kind={kind}
                        id={r.id}
                        version={r.version}
                        values={formValues(r, spec.fields)}
                        maxDate={maxDate}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
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

import Link from 'next/link'
import { requireUser } from '@/lib/auth/session'
import { diffAgainstLastApproved, type FieldChange, type RowDiff } from '@/lib/dal/review-diff'
import { Card } from '@/components/ui/card'
import { StatusPill } from '@/components/ui/status-pill'

const show = (v: unknown) =>
  v === null || v === undefined || v === '' ? '—' : Array.isArray(v) ? v.join(', ') || '—' : String(v)
const CHANGE_TONE = { added: 'good', removed: 'bad', changed: 'warn' } as const

function Changes({ fields }: { fields: FieldChange[] }) {
  return (
    <ul className="mt-1 space-y-0.5 text-xs">
      {fields.map((f) => (
        <li key={f.field}>
          <span className="text-slate-500">{f.label}</span>:{' '}
          <span className="line-through decoration-slate-400">{show(f.from)}</span> →{' '}
          <span className="font-medium">{show(f.to)}</span>
        </li>
      ))}
    </ul>
  )
}
function Rows({ rows, empty }: { rows: RowDiff[]; empty: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">{empty}</p>
  return (
    <ul className="divide-y divide-slate-100">
      {rows.map((r, i) => (
        <li key={i} className="py-1.5 text-sm">
          <StatusPill tone={CHANGE_TONE[r.change]}>{r.change[0].toUpperCase() + r.change.slice(1)}</StatusPill>{' '}
          <span className="font-medium">{r.label}</span>
          {r.fields.length > 0 && <Changes fields={r.fields} />}
        </li>
      ))}
    </ul>
  )
}

export default async function DiffPage({ params }: { params: Promise<{ reviewId: string }> }) {
  const { reviewId } = await params
  const actor = await requireUser()
  const diff = await diffAgainstLastApproved(actor, reviewId)
  if (!diff.baseline) {
    return (
      <Card title="What changed">
        <p className="text-sm text-slate-600">There is no approved review before this one to compare with.</p>
      </Card>
    )
  }
  return (
    <div className="space-y-4">
      <Card title="What changed since the last approved review">
        <p className="text-sm">
          Compared with{' '}
          <Link href={`/reviews/${diff.baseline.id}/report`} className="text-sky-800 underline">
            {diff.baseline.title}
          </Link>
          , approved {diff.baseline.decidedAt?.toISOString().slice(0, 10)}.{' '}
          {diff.scope.length + diff.locations.length + diff.keys.length} differences.
        </p>
      </Card>
      <Card title={`Scope (${diff.scope.length})`}>
        {diff.scope.length ? (
          <Changes fields={diff.scope} />
        ) : (
          <p className="text-sm text-slate-600">Scope unchanged.</p>
        )}
      </Card>
      <Card title={`Storage locations (${diff.locations.length})`}>
        <Rows rows={diff.locations} empty="Locations unchanged." />
      </Card>
      <Card title={`Keys (${diff.keys.length})`}>
        <Rows rows={diff.keys} empty="Keys unchanged." />
      </Card>
    </div>
  )
}

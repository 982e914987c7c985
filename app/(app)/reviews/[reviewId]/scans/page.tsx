import { getWorkspace } from '@/lib/dal/loaders'
import { loadScanResults } from '@/lib/dal/scan-results'
import { can } from '@/lib/auth/permissions'
import { evidenceLimits } from '@/lib/storage'
import { ENCRYPTION_LABELS } from '@/lib/domain/enums'
import { effectiveKeyModel } from '@/lib/domain/key-model'
import { plural } from '@/lib/domain/plural'
import { SCANNER_LABELS, isScanner } from '@/lib/scanners/labels'
import { scanOverview } from '@/lib/scanners/scan-overview'
import { Card } from '@/components/ui/card'
import { formatDateTime } from '@/components/review/labels'
import { ScanUpload } from './_components/scan-upload'
import { ScanResultsTable } from './_components/scan-results-table'
import type { ScanRow } from './_components/types'

/** Rows sent to the browser; the counts above the table cover every result. */
const MAX_ROWS = 5000

export default async function ScansPage({ params }: { params: Promise<{ reviewId: string }> }) {
  const { reviewId } = await params
  const ws = await getWorkspace(reviewId)
  const { actor, review } = ws
  const loaded = await loadScanResults(actor, review.id)
  const overview = scanOverview(loaded.results, {
    templateId: review.templateId,
    locations: ws.locations,
    keys: ws.keys,
  })
  const canImport = can(actor.roles, 'scan:import') && review.status !== 'DECIDED'
  const keys = new Map(ws.keys.map((k) => [k.id, k]))
  const fileNames = new Map(loaded.files.map((f) => [f.evidenceId, f.fileName]))

  const verdicts = new Map(
    ws.locations.map((l) => {
      const mine = ws.findings.filter((f) => f.targetRef === `location:${l.id}` && !f.acceptedRisk)
      const model = effectiveKeyModel(l.encryption, (l.keyId && keys.get(l.keyId)?.ownership) || null)
      const words = [model ? ENCRYPTION_LABELS[model] : 'Key model unknown']
      if (mine.length) words.push(`${mine.length} open finding${mine.length > 1 ? 's' : ''}`)
      const tone: ScanRow['keyproofTone'] = mine.some((f) => f.severity === 'BLOCKER')
        ? 'bad'
        : mine.length || !model || model === 'NONE' || model === 'PROVIDER_MANAGED'
          ? 'warn'
          : 'good'
      return [l.id, { text: words.join(' · '), tone }]
    }),
  )
  const ordered = [...overview.results].sort((a, b) => Number(b.atRest) - Number(a.atRest))
  const rows: ScanRow[] = ordered.slice(0, MAX_ROWS).map((r) => ({
    id: r.id,
    scanner: r.scanner,
    scannerLabel: isScanner(r.scanner) ? SCANNER_LABELS[r.scanner] : r.scanner,
    checkId: r.checkId,
    title: r.title,
    resourceRef: r.resourceRef,
    status: r.status,
    rawStatus: r.rawStatus,
    regrade: r.regrade,
    reason: r.reason,
    atRest: r.atRest,
    location: r.location?.name ?? null,
    keyproof: r.location ? verdicts.get(r.location.id)!.text : null,
    keyproofTone: r.location ? verdicts.get(r.location.id)!.tone : 'neutral',
    file: fileNames.get(r.evidenceId) ?? '',
  }))
  const scanners = Object.keys(overview.summary).filter(isScanner)

  return (
    <div className="space-y-4">
      {canImport ? (
        <Card title="Import scanner results">
          <ScanUpload reviewId={review.id} maxBytes={evidenceLimits().maxBytes} />
        </Card>
      ) : (
        <p className="rounded-md bg-slate-50 px-3 py-2 text-xs text-slate-600">
          Read only: platform owners and security reviewers import scanner results
          {review.status === 'DECIDED' ? ', and this review is decided' : ''}.
        </p>
      )}
      <Card title="Counts per scanner">
        {scanners.length === 0 ? (
          <p className="text-slate-600">No scanner results imported yet.</p>
        ) : (
          <table className="w-full text-left text-sm" aria-label="Counts per scanner">
            <thead className="text-xs text-slate-500">
              <tr>
                {[
                  'Scanner',
                  'Passes accepted',
                  'Passes re-graded',
                  'Cannot re-grade',
                  'Fails',
                  'Other',
                  'Unmatched',
                ].map((h) => (
                  <th key={h} scope="col" className="py-1 pr-3 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 tabular-nums">
              {scanners.map((s) => {
                const c = overview.summary[s]!
                return (
                  <tr key={s}>
                    <th scope="row" className="py-1.5 pr-3 font-medium">
                      {SCANNER_LABELS[s]}
                    </th>
                    <td className="py-1.5 pr-3">{c.passesAccepted}</td>
                    <td className={`py-1.5 pr-3 ${c.passesRegraded ? 'font-semibold text-amber-900' : ''}`}>
                      {c.passesRegraded}
                    </td>
                    <td className="py-1.5 pr-3">{c.passesCannotRegrade}</td>
                    <td className="py-1.5 pr-3">{c.fails}</td>
                    <td className="py-1.5 pr-3">{c.other}</td>
                    <td className="py-1.5 pr-3">{c.unmatched}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
      </Card>
      <Card title={`Scanner results (${overview.results.length.toLocaleString('en-US')})`}>
        {overview.results.length > MAX_ROWS && (
          <p className="mb-2 text-xs text-slate-600">
            Showing the first {MAX_ROWS.toLocaleString('en-US')} (at-rest encryption checks first); the counts cover
            all.
          </p>
        )}
        <ScanResultsTable
          rows={rows}
          scanners={scanners.map((s) => ({ value: SCANNER_LABELS[s], label: SCANNER_LABELS[s] }))}
        />
      </Card>
      {overview.unmatched.length > 0 && (
        <Card title={`Unmatched resources (${overview.unmatched.length})`}>
          <p className="mb-2 text-xs text-slate-600">
            At-rest encryption findings on resources no in-scope location names in its resource reference. Add them to
            the inventory, or set the reference of the location they belong to.
          </p>
          <ul className="space-y-1 text-sm">
            {overview.unmatched.map((u) => (
              <li key={u.id}>
                <span className="font-mono text-xs break-all">{u.resourceRef || '(no resource)'}</span>{' '}
                <span className="text-slate-600">
                  — {isScanner(u.scanner) ? SCANNER_LABELS[u.scanner] : u.scanner} {u.checkId} {u.status}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      )}
      {loaded.files.length > 0 && (
        <Card title={`Imported files (${loaded.files.length})`}>
          <ul className="divide-y divide-slate-100 text-sm">
            {loaded.files.map((f) => (
              <li key={f.evidenceId} className="py-1.5">
                <a href={`/api/evidence/${f.evidenceId}`} className="font-medium text-sky-800 hover:underline">
                  {f.fileName}
                </a>{' '}
                <span className="text-xs text-slate-600">
                  {f.format} · {plural(f.findings, 'finding')} · {f.importedBy}, {formatDateTime(f.importedAt)}
                </span>
                <span className="block font-mono text-[11px] break-all text-slate-500">SHA-256 {f.sha256}</span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  )
}

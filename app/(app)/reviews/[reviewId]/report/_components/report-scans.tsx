// The report's scanner section: counts per scanner and each pass Keyproof re-grades.
import type { ReadinessReport } from '@/lib/reports/report-types'
import { plural } from '@/lib/domain/plural'

const th = 'py-1 pr-3 text-left text-xs font-medium text-slate-500'
const td = 'py-1 pr-3 align-top'

export function ReportScans({ scans }: { scans: NonNullable<ReadinessReport['scans']> }) {
  return (
    <div className="space-y-3">
      <table className="w-full" aria-label="Scanner counts">
        <thead>
          <tr>
            {['Scanner', 'Passes accepted', 'Passes re-graded', 'Cannot re-grade', 'Fails', 'Other', 'Unmatched'].map(
              (h) => (
                <th key={h} className={th}>
                  {h}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 tabular-nums">
          {scans.perScanner.map((s) => (
            <tr key={s.scanner}>
              <td className={`${td} font-medium`}>{s.label}</td>
              <td className={td}>{s.passesAccepted}</td>
              <td className={td}>{s.passesRegraded}</td>
              <td className={td}>{s.passesCannotRegrade}</td>
              <td className={td}>{s.fails}</td>
              <td className={td}>{s.other}</td>
              <td className={td}>{s.unmatched}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {scans.regrades.length > 0 && (
        <div>
          <h3 className="mb-1 text-xs font-semibold text-slate-700">Passes re-graded ({scans.regrades.length})</h3>
          <ul className="space-y-1">
            {scans.regrades.map((r, i) => (
              <li key={i}>
                <span className="font-medium">{r.location}</span>: {r.scanner}{' '}
                <span className="font-mono text-xs">{r.checkId}</span> {r.reason}
                <span className="block font-mono text-[11px] break-all text-slate-500">{r.resourceRef}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="text-xs text-slate-600">
        From {scans.files.map((f) => `${f.fileName} (${f.format}, ${plural(f.findings, 'finding')})`).join('; ')}.
      </p>
    </div>
  )
}

// The report's who-can-decrypt matrix: per key with an imported key policy or grants, each principal, what it
// may do and what needs a second look, with the source file and path.
import type { ReadinessReport } from '@/lib/reports/report-types'
import { plural } from '@/lib/domain/plural'

const cell = 'py-1 pr-3 align-top'
const yes = (v: boolean) => (v ? 'Yes' : 'No')

export function WhoCanDecryptReport({ keys }: { keys: ReadinessReport['keys'] }) {
  const known = keys.filter((k) => k.whoCanDecrypt?.length)
  if (known.length === 0)
    return <p className="text-slate-600">No key policy or grant list was imported: who can decrypt is not shown.</p>
  return (
    <div className="space-y-3">
      {known.map((k) => (
        <table key={k.keyRef} className="w-full text-xs" aria-label={`Who can decrypt ${k.label}`}>
          <caption className="pb-1 text-left font-semibold">
            {k.label} <span className="font-normal text-slate-600">({plural(k.protects, 'location')})</span>
          </caption>
          <thead className="text-left text-slate-500">
            <tr>
              {['Principal', 'Decrypt', 'Data keys', 'Grants', 'Look at', 'Source'].map((h) => (
                <th key={h} className={`${cell} font-medium`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {k.whoCanDecrypt!.map((p) => (
              <tr key={`${p.principal}-${p.source}`}>
                <td className={`${cell} font-mono break-all`}>{p.principal}</td>
                <td className={cell}>{yes(p.decrypt)}</td>
                <td className={cell}>{yes(p.dataKeys)}</td>
                <td className={cell}>{yes(p.grants)}</td>
                <td className={cell}>{p.flags.join(', ') || '—'}</td>
                <td className={`${cell} font-mono text-[11px] break-all text-slate-500`}>{p.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  )
}

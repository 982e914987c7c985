// Evidence on a request: current versions first, superseded ones kept as history.
import { StatusPill } from '@/components/ui/status-pill'
import type { EvidenceItem } from './types'

const size = (b: number | null) =>
  b === null ? '' : b < 1048576 ? `${(b / 1024).toFixed(1)} KB` : `${(b / 1048576).toFixed(1)} MB`

export function EvidenceList({ evidence }: { evidence: EvidenceItem[] }) {
  if (evidence.length === 0) return <p className="text-xs text-slate-500">No evidence yet.</p>
  const ordered = [...evidence].sort(
    (a, b) => Number(b.isCurrent) - Number(a.isCurrent) || b.createdAt.localeCompare(a.createdAt),
  )
  return (
    <table className="w-full text-left text-xs">
      <caption className="sr-only">Evidence</caption>
      <thead className="text-slate-500">
        <tr>
          {['Evidence', 'Version', 'SHA-256', 'Uploaded by', 'Effective', 'Expires'].map((h) => (
            <th key={h} scope="col" className="py-1 pr-3 font-medium">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {ordered.map((e) => (
          <tr key={e.id} className={e.isCurrent ? '' : 'text-slate-400'}>
            <td className="py-1.5 pr-3">
              {e.kind === 'FILE' ? (
                <a href={`/api/evidence/${e.id}`} className="font-medium text-sky-800 hover:underline">
                  {e.title}
                </a>
              ) : (
                <a
                  href={e.url!}
                  rel="noopener noreferrer"
                  target="_blank"
                  className="font-medium text-sky-800 hover:underline"
                >
                  {e.title} ↗
                </a>
              )}
              <span className="block text-slate-500">
                {e.kind === 'FILE' ? `${e.fileName} · ${size(e.sizeBytes)}` : e.url}
              </span>
            </td>
            <td className="py-1.5 pr-3">
              {e.isCurrent ? <StatusPill tone="good">Current</StatusPill> : <StatusPill>Superseded</StatusPill>}
            </td>
            <td className="py-1.5 pr-3 font-mono" title={e.sha256 ?? ''}>
              {e.sha256 ? `${e.sha256.slice(0, 16)}…` : '—'}
            </td>
            <td className="py-1.5 pr-3">
              {e.uploadedBy.name}
              <span className="block text-slate-500">{e.createdAt.slice(0, 16).replace('T', ' ')}</span>
            </td>
            <td className="py-1.5 pr-3">{e.effectiveDate}</td>
            <td className="py-1.5 pr-3">{e.expiresAt ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

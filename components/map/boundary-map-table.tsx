// The map as a table: the same facts in reading order, for screen readers, printing and sorting by eye.
import Link from 'next/link'
import type { BoundaryGraph, MapNode } from '@/lib/domain/boundary-map'
import { statusLine } from '@/lib/domain/boundary-map-layout'
import { COVERAGE_MODEL_LABELS, type CoverageModel } from '@/lib/domain/overview-charts'
import { StatusPill, type Tone } from '@/components/ui/status-pill'

const MODEL_TONE: Record<CoverageModel, Tone> = {
  CUSTOMER: 'good',
  PROVIDER: 'neutral',
  UNKNOWN: 'warn',
  UNENCRYPTED: 'bad',
}
const th = 'px-2 py-1.5 text-left text-xs font-medium text-slate-500'
const td = 'px-2 py-1.5 align-top'

export function BoundaryMapTable({
  graph,
  model,
  hrefOf,
  clearHref,
}: {
  graph: BoundaryGraph
  model: CoverageModel | null
  hrefOf: (node: MapNode) => string
  clearHref: string
}) {
  const keys = new Map(graph.keys.map((k) => [k.id, k]))
  const keyOf = new Map(graph.edges.filter((e) => e.from.startsWith('location:')).map((e) => [e.from, keys.get(e.to)]))
  const adminOf = new Map(graph.edges.filter((e) => e.to.startsWith('admin:')).map((e) => [e.from, e.to.slice(6)]))
  const rows = graph.bands.flatMap((b) =>
    b.accounts.flatMap((a) =>
      a.locations.map((l) => ({ band: b.label, account: a.node, location: l, key: keyOf.get(l.id) })),
    ),
  )
  const shown = model ? rows.filter((r) => r.location.model === model) : rows
  const modelWords = model ? COVERAGE_MODEL_LABELS[model].toLowerCase() : ''
  return (
    <div className="space-y-3">
      {model && (
        <p className="text-xs text-slate-600" role="status">
          Showing {shown.length} of {rows.length} in-scope locations with {modelWords}.{' '}
          <Link href={clearHref} className="text-sky-800 hover:underline">
            Show all
          </Link>
        </p>
      )}
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="mb-1 text-left text-xs text-slate-500">
            In-scope locations by account, with their key and who administers it
          </caption>
          <thead className="border-b border-slate-200">
            <tr>
              <th scope="col" className={th}>
                Account
              </th>
              <th scope="col" className={th}>
                Location
              </th>
              <th scope="col" className={th}>
                Key model
              </th>
              <th scope="col" className={th}>
                Key
              </th>
              <th scope="col" className={th}>
                Administered by
              </th>
              <th scope="col" className={th}>
                Findings
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {shown.map(({ band, account, location, key }) => (
              <tr key={location.id}>
                <td className={td}>
                  <span className="block">{account.title}</span>
                  <span className="text-xs text-slate-500">{band}</span>
                </td>
                <td className={td}>
                  <Link href={hrefOf(location)} className="font-medium text-sky-800 hover:underline">
                    {location.title}
                  </Link>
                  <span className="block text-xs text-slate-500">{location.detail}</span>
                </td>
                <td className={td}>
                  {location.model && (
                    <StatusPill tone={MODEL_TONE[location.model]}>{COVERAGE_MODEL_LABELS[location.model]}</StatusPill>
                  )}
                </td>
                <td className={td}>
                  {key ? (
                    <Link href={hrefOf(key)} className="break-all text-sky-800 hover:underline">
                      {key.title}
                    </Link>
                  ) : (
                    <span className="text-slate-500">No key</span>
                  )}
                </td>
                <td className={td}>{key ? adminOf.get(key.id) : '—'}</td>
                <td className={`${td} text-xs`}>{findingWords(location) || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {graph.excluded.length > 0 && !model && (
        <table className="w-full text-sm">
          <caption className="mb-1 text-left text-xs text-slate-500">
            Excluded from scope, with the reason given
          </caption>
          <thead className="border-b border-slate-200">
            <tr>
              <th scope="col" className={th}>
                Location
              </th>
              <th scope="col" className={th}>
                Reason
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {graph.excluded.map((l) => (
              <tr key={l.id}>
                <td className={td}>
                  <Link href={hrefOf(l)} className="text-sky-800 hover:underline">
                    {l.title}
                  </Link>
                </td>
                <td className={td}>{l.exclusionReason?.trim() || 'No reason given'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

function findingWords(n: MapNode) {
  return statusLine({ ...n, model: null })
}

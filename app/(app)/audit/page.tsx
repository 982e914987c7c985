import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { can } from '@/lib/auth/permissions'
import { listAuditEvents, type AuditFilter } from '@/lib/dal/audit'
import { Card, EmptyState, PageHeader } from '@/components/ui/card'
import { buttonClass } from '@/components/ui/button'
import { inputClass } from '@/components/ui/input-class'
import { VerifyChain } from './_components/verify-chain'

export const metadata: Metadata = { title: 'Audit log' }

const FILTERS = [
  { name: 'actor', label: 'Actor (email)', type: 'text' },
  { name: 'action', label: 'Action', type: 'text' },
  { name: 'entity', label: 'Entity (type or id)', type: 'text' },
  { name: 'from', label: 'From', type: 'datetime-local' },
  { name: 'to', label: 'To', type: 'datetime-local' },
] as const

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<AuditFilter & Record<string, string>>
}) {
  const actor = await requireUser()
  if (!can(actor.roles, 'audit:read')) notFound()
  const params = await searchParams
  const { events, total, page, pageSize } = await listAuditEvents(actor, params)
  const pages = Math.max(1, Math.ceil(total / pageSize))
  const filters = Object.fromEntries(FILTERS.map((f) => [f.name, params[f.name] ?? '']))
  const pageHref = (p: number) => `/audit?${new URLSearchParams({ ...filters, page: String(p) })}`
  return (
    <>
      <PageHeader
        title="Audit log"
        description={
          'Every change in this organization, in order, each event chained to the one before it by ' +
          'SHA-256. The table rejects edits and deletions.'
        }
      />
      <Card className="mb-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <VerifyChain />
          <Link href="/audit/checkpoints" className={buttonClass('ghost', 'sm')}>
            Checkpoints and signing keys
          </Link>
        </div>
      </Card>
      <form
        method="get"
        className="mb-4 grid grid-cols-2 items-end gap-3 md:grid-cols-6"
        aria-label="Filter audit events"
      >
        {FILTERS.map((f) => (
          <div key={f.name} className="space-y-1">
            <label htmlFor={`filter-${f.name}`} className="block text-xs font-medium text-slate-700">
              {f.label}
            </label>
            <input
              id={`filter-${f.name}`}
              name={f.name}
              type={f.type}
              defaultValue={params[f.name] ?? ''}
              className={inputClass}
            />
          </div>
        ))}
        <div className="flex gap-2">
          <button type="submit" className={buttonClass('primary')}>
            Filter
          </button>
          <Link href="/audit" className={buttonClass('ghost')}>
            Clear
          </Link>
        </div>
      </form>
      {events.length === 0 ? (
        <EmptyState title="No events match">Clear the filters or widen the time range.</EmptyState>
      ) : (
        <Card title={`${total} events`}>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-xs text-slate-500">
                <tr>
                  {['Seq', 'Time (UTC)', 'Actor', 'Action', 'Entity', 'Details', 'Hash'].map((h) => (
                    <th key={h} scope="col" className="py-1.5 pr-3 font-medium">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {events.map((e) => (
                  <tr key={e.id}>
                    <td className="py-1.5 pr-3 font-mono text-xs">{e.seq}</td>
                    <td className="py-1.5 pr-3 whitespace-nowrap text-xs">
                      {e.createdAt.toISOString().replace('T', ' ').slice(0, 19)}
                    </td>
                    <td className="py-1.5 pr-3">
                      {e.actorEmail}
                      {e.viaToken && <span className="block text-xs text-slate-500">via API token “{e.viaToken}”</span>}
                    </td>
                    <td className="py-1.5 pr-3 font-mono text-xs">{e.action}</td>
                    <td className="py-1.5 pr-3 text-xs">
                      {e.entityType} <span className="font-mono text-slate-500">{e.entityId.slice(0, 10)}</span>
                    </td>
                    <td
                      className="max-w-xs truncate py-1.5 pr-3 font-mono text-xs text-slate-600"
                      title={JSON.stringify(e.data)}
                    >
                      {JSON.stringify(e.data)}
                    </td>
                    <td className="py-1.5 font-mono text-xs text-slate-500">{e.hash.slice(0, 12)}…</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav aria-label="Pages" className="mt-3 flex items-center justify-between text-xs text-slate-600">
            <span>
              Page {page} of {pages}
            </span>
            <span className="flex gap-2">
              {page > 1 && (
                <Link className={buttonClass('secondary', 'sm')} href={pageHref(page - 1)}>
                  Newer
                </Link>
              )}
              {page < pages && (
                <Link className={buttonClass('secondary', 'sm')} href={pageHref(page + 1)}>
                  Older
                </Link>
              )}
            </span>
          </nav>
        </Card>
      )}
    </>
  )
}

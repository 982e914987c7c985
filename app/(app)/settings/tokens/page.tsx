import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { can } from '@/lib/auth/permissions'
import { listApiTokens } from '@/lib/dal/api-tokens'
import { listReviews } from '@/lib/dal/reviews'
import { ROLE_LABELS } from '@/lib/domain/enums'
import { Card, EmptyState } from '@/components/ui/card'
import { StatusPill } from '@/components/ui/status-pill'
import { formatDate } from '@/components/review/labels'
import { CreateTokenForm } from './_components/create-token-form'
import { RevokeToken } from './_components/revoke-token'

export const metadata: Metadata = { title: 'API tokens' }

export default async function TokensPage() {
  const actor = await requireUser()
  if (!can(actor.roles, 'token:create')) notFound()
  const now = new Date()
  const [tokens, reviews] = await Promise.all([listApiTokens(actor), listReviews(actor, now)])
  const titleOf = new Map(reviews.map((r) => [r.id, r.title]))
  return (
    <div className="grid gap-5 lg:grid-cols-[1fr_22rem]">
      <Card title={`${tokens.filter((t) => !t.revokedAt && t.expiresAt > now).length} active tokens`}>
        {tokens.length === 0 ? (
          <EmptyState title="No tokens yet">
            A pipeline uses a token to upload evidence and record drills; see the{' '}
            <Link href="/api-reference" className="text-sky-800 hover:underline">
              API reference
            </Link>
            .
          </EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-xs text-slate-500">
                <tr>
                  {['Token', 'Roles', 'Review', 'Expires', 'Last used', 'Status', ''].map((h) => (
                    <th key={h} scope="col" className="py-1.5 pr-3 font-medium">
                      {h || <span className="sr-only">Actions</span>}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {tokens.map((t) => {
                  const status = t.revokedAt ? 'Revoked' : t.expiresAt <= now ? 'Expired' : 'Active'
                  return (
                    <tr key={t.id} aria-label={t.name} className="align-top">
                      <td className="py-2 pr-3">
                        <p className="font-medium">{t.name}</p>
                        <p className="font-mono text-xs text-slate-500">{t.tokenPrefix}…</p>
                        {t.user.email !== actor.email && <p className="text-xs text-slate-500">{t.user.email}</p>}
                      </td>
                      <td className="py-2 pr-3 text-xs">{t.roles.map((r) => ROLE_LABELS[r]).join(', ')}</td>
                      <td className="py-2 pr-3 text-xs">
                        {t.reviewId ? (titleOf.get(t.reviewId) ?? 'one review') : 'All'}
                      </td>
                      <td className="py-2 pr-3 text-xs whitespace-nowrap">{formatDate(t.expiresAt)}</td>
                      <td className="py-2 pr-3 text-xs whitespace-nowrap">{formatDate(t.lastUsedAt)}</td>
                      <td className="py-2 pr-3">
                        <StatusPill tone={status === 'Active' ? 'good' : 'neutral'}>{status}</StatusPill>
                      </td>
                      <td className="py-2">{status === 'Active' && <RevokeToken token={t} />}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card title="Create a token">
        <CreateTokenForm roles={actor.roles} reviews={reviews.map((r) => ({ id: r.id, title: r.title }))} />
      </Card>
    </div>
  )
}

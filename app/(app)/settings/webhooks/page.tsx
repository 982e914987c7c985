import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { can } from '@/lib/auth/permissions'
import { listWebhooks } from '@/lib/dal/webhooks'
import { Card, EmptyState } from '@/components/ui/card'
import { StatusPill, type Tone } from '@/components/ui/status-pill'
import { RegisterWebhookForm } from './_components/register-webhook-form'
import { EndpointToggle } from './_components/endpoint-toggle'

export const metadata: Metadata = { title: 'Webhooks' }

const DELIVERY_TONE: Record<string, Tone> = { DELIVERED: 'good', PENDING: 'warn', FAILED: 'bad' }
const DELIVERY_LABEL: Record<string, string> = { DELIVERED: 'Delivered', PENDING: 'Retrying', FAILED: 'Failed' }

export default async function WebhooksPage() {
  const actor = await requireUser()
  if (!can(actor.roles, 'webhook:manage')) notFound()
  const endpoints = await listWebhooks(actor)
  return (
    <div className="grid gap-5 lg:grid-cols-[1fr_22rem]">
      <div className="space-y-4">
        {endpoints.length === 0 && (
          <EmptyState title="No endpoints yet">
            Register an https endpoint to receive signed events (Standard Webhooks: webhook-id, webhook-timestamp,
            webhook-signature).
          </EmptyState>
        )}
        {endpoints.map((e) => (
          <Card
            key={e.id}
            title={<span className="font-mono text-xs">{e.url}</span>}
            actions={
              <span className="flex items-center gap-2">
                <StatusPill tone={e.disabledAt ? 'neutral' : 'good'}>
                  {e.disabledAt ? 'Disabled' : 'Enabled'}
                </StatusPill>
                <EndpointToggle endpoint={{ id: e.id, version: e.version, isEnabled: !e.disabledAt }} />
              </span>
            }
          >
            {e.description && <p className="mb-2 text-sm text-slate-700">{e.description}</p>}
            <p className="mb-2 text-xs text-slate-600">
              Events: <span className="font-mono">{e.events.join(', ')}</span>
            </p>
            {e.deliveries.length === 0 ? (
              <p className="text-sm text-slate-600">No deliveries yet.</p>
            ) : (
              <table className="w-full text-left text-sm" aria-label={`Deliveries to ${e.url}`}>
                <thead className="text-xs text-slate-500">
                  <tr>
                    {['Event', 'Created (UTC)', 'Status', 'Attempts', 'Last answer'].map((h) => (
                      <th key={h} scope="col" className="py-1 pr-3 font-medium">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {e.deliveries.map((d) => (
                    <tr key={d.id}>
                      <td className="py-1 pr-3 font-mono text-xs">{d.eventType}</td>
                      <td className="py-1 pr-3 text-xs whitespace-nowrap">
                        {d.createdAt.toISOString().slice(0, 16).replace('T', ' ')}
                      </td>
                      <td className="py-1 pr-3">
                        <StatusPill tone={DELIVERY_TONE[d.status]}>{DELIVERY_LABEL[d.status]}</StatusPill>
                      </td>
                      <td className="py-1 pr-3 text-xs">{d.attempts}</td>
                      <td className="py-1 text-xs text-slate-600">
                        {d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : (d.lastError ?? '—')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Card>
        ))}
      </div>
      <Card title="Register an endpoint">
        <RegisterWebhookForm />
      </Card>
    </div>
  )
}

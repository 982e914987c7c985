import Link from 'next/link'
import { getWorkspace } from '@/lib/dal/loaders'
import { can } from '@/lib/auth/permissions'
import { KEY_OWNERSHIP_LABELS, KEY_SERVICE_LABELS, ROTATION_LABELS } from '@/lib/domain/enums'
import { Card } from '@/components/ui/card'
import { StatusPill } from '@/components/ui/status-pill'
import { formatDate } from '@/components/review/labels'
import { KeyForm } from './_components/key-form'
import { FactBadge } from '@/components/review/fact-badge'
import { WhoCanDecrypt, matrixKeys } from '@/components/review/who-can-decrypt'

export default async function KeysPage({ params }: { params: Promise<{ reviewId: string }> }) {
  const { reviewId } = await params
  const { actor, review, keys, blast, findings, provenance, snapshot, locations, cloudAccounts } =
    await getWorkspace(reviewId)
  const canEdit = can(actor.roles, 'inventory:edit') && review.status !== 'DECIDED'
  return (
    <div className="space-y-4">
      <Card title={`Key register (${keys.length})`}>
        {keys.length === 0 ? (
          <p className="text-slate-600">
            No keys yet. Register each key that protects a location: its service, model, who administers it and how it
            rotates.
          </p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Key register</caption>
              <thead className="text-xs text-slate-500">
                <tr>
                  {[
                    'Key',
                    'Service',
                    'Model',
                    'Administered by',
                    'Rotation',
                    'Validated',
                    'Protects',
                    'Stops if disabled',
                  ].map((h) => (
                    <th key={h} scope="col" className="py-1.5 pr-3 font-medium">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {keys.map((k) => {
                  const radius = blast.get(k.id)!
                  const warnings = findings.filter((f) => f.targetRef === `key:${k.id}`)
                  const facts = provenance.get(k.id) ?? {}
                  return (
                    <tr key={k.id} className="align-top">
                      <td className="py-2 pr-3">
                        <Link
                          href={`/reviews/${review.id}/keys/${k.id}`}
                          className="font-medium text-sky-800 hover:underline"
                        >
                          {k.alias || k.keyRef}
                        </Link>
                        <span className="block max-w-64 truncate font-mono text-[11px] text-slate-500">{k.keyRef}</span>
                        {warnings.map((w) => (
                          <span key={w.code} className="mt-0.5 block">
                            <StatusPill tone={w.severity === 'BLOCKER' && !w.acceptedRisk ? 'bad' : 'warn'}>
                              {w.code}
                            </StatusPill>
                          </span>
                        ))}
                      </td>
                      <td className="py-2 pr-3">{KEY_SERVICE_LABELS[k.service]}</td>
                      <td className="py-2 pr-3">
                        {KEY_OWNERSHIP_LABELS[k.ownership]}
                        <span className="block">
                          <FactBadge fact={facts.ownership} />
                        </span>
                      </td>
                      <td className="py-2 pr-3">{k.administeredBy || '—'}</td>
                      <td className="py-2 pr-3">
                        {ROTATION_LABELS[k.rotation]}
                        {k.rotationPeriodDays ? ` / ${k.rotationPeriodDays} d` : ''}
                        <span className="block">
                          <FactBadge fact={facts.rotation} />
                        </span>
                      </td>
                      <td className="py-2 pr-3 whitespace-nowrap">{formatDate(k.rotationValidatedAt)}</td>
                      <td className="py-2 pr-3">{radius.locations.length} locations</td>
                      <td className="py-2 text-xs">{radius.capabilities.map((c) => c.label).join(' · ') || '—'}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      {keys.length > 0 && (
        <Card title="Who can decrypt">
          <WhoCanDecrypt keys={matrixKeys(keys, snapshot.keys, locations)} accounts={cloudAccounts} />
        </Card>
      )}
      {canEdit && (
        <Card title="Add a key">
          <KeyForm reviewId={review.id} />
        </Card>
      )}
    </div>
  )
}

import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getWorkspace } from '@/lib/dal/loaders'
import { can } from '@/lib/auth/permissions'
import {
  KEY_OWNERSHIP_LABELS,
  KEY_SERVICE_LABELS,
  LOCATION_KIND_LABELS,
  ROTATION_LABELS,
  type LocationKind,
} from '@/lib/domain/enums'
import { Card } from '@/components/ui/card'
import { formatDate } from '@/components/review/labels'
import { KeyForm } from '../_components/key-form'
import { KEY_FIELDS } from '@/lib/domain/fields/key'
import { fieldNames, pickFields } from '@/lib/domain/fields/spec'
import { FactBadge } from '@/components/review/fact-badge'
import { WhoCanDecrypt, matrixKeys } from '@/components/review/who-can-decrypt'

const SOURCE_FACT_LABELS: Record<string, string> = {
  state: 'State (from the source)',
  deletionAt: 'Deleted on (from the source)',
  materialExpiresAt: 'Key material expires (from the source)',
}
import { ThreadsCard } from '@/components/comments/threads-card'
import { threadView } from '@/components/comments/thread-view'
import { listThreads } from '@/lib/dal/comments'
import { addCommentAction, resolveThreadAction } from '../../discussion/actions'
import { FormFieldsProvider } from '@/components/forms/form-fields'
import { formView } from '@/lib/domain/fields/form-view'

export default async function KeyPage({ params }: { params: Promise<{ reviewId: string; keyId: string }> }) {
  const { reviewId, keyId } = await params
  const { actor, review, keys, blast, provenance, snapshot, locations, cloudAccounts } = await getWorkspace(reviewId)
  const key = keys.find((k) => k.id === keyId)
  if (!key) notFound()
  const radius = blast.get(key.id)!
  const facts = provenance.get(key.id) ?? {}
  const observed = (snapshot.keys.find((k) => k.id === key.id)?.importedFacts ?? []).filter((f) =>
    ['state', 'deletionAt', 'materialExpiresAt'].includes(f.field),
  )
  const canEdit = can(actor.roles, 'inventory:edit') && review.status !== 'DECIDED'
  const threads = (await listThreads(actor, review.id, { target: { keyId: key.id } })).map((t) =>
    threadView(review.id, t),
  )
  return (
    <FormFieldsProvider fields={{ key: formView(KEY_FIELDS) }}>
      <div className="space-y-4">
        <p className="text-xs">
          <Link href={`/reviews/${review.id}/keys`} className="text-sky-800 hover:underline">
            ← Key register
          </Link>
        </p>
        <Card title={`${key.alias || key.keyRef}`}>
          <dl className="grid gap-x-6 gap-y-2 text-sm md:grid-cols-3">
            {[
              [
                'Reference',
                <span key="r" className="font-mono text-xs break-all">
                  {key.keyRef}
                </span>,
              ],
              ['Service', KEY_SERVICE_LABELS[key.service], 'service'],
              ['Key model', KEY_OWNERSHIP_LABELS[key.ownership], 'ownership'],
              ['Administered by', key.administeredBy || '—'],
              [
                'Rotation',
                ROTATION_LABELS[key.rotation] +
                  (key.rotationPeriodDays ? `, every ${key.rotationPeriodDays} days` : ''),
                'rotation',
              ],
              ['Rotation validated', formatDate(key.rotationValidatedAt)],
              ...observed.map((f) => [
                SOURCE_FACT_LABELS[f.field],
                <span key={f.field} title={`${f.source} ${f.path}`}>
                  {String(f.value)} <span className="text-[11px] text-slate-500">({f.source})</span>
                </span>,
              ]),
            ].map(([k, v, fact]) => (
              <div key={String(k)}>
                <dt className="text-xs text-slate-500">{k as string}</dt>
                <dd>
                  {v as React.ReactNode} {typeof fact === 'string' && <FactBadge fact={facts[fact]} />}
                </dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title="Blast radius: if this key is disabled or deleted">
          {radius.locations.length === 0 ? (
            <p className="text-slate-600">This key protects no location yet. Map it to locations in the inventory.</p>
          ) : (
            <div className="grid gap-4 md:grid-cols-2">
              <div>
                <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
                  Kafka capabilities that stop
                </h3>
                <ul className="space-y-1.5">
                  {radius.capabilities.map((c) => (
                    <li key={c.capability}>
                      <span className="font-medium text-red-800">{c.label}</span>
                      <span className="block text-xs text-slate-600">
                        {c.explanation} ({c.locationIds.length} location{c.locationIds.length > 1 ? 's' : ''})
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
              <div>
                <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
                  Locations it protects ({radius.locations.length})
                </h3>
                <ul className="space-y-1 text-sm">
                  {radius.locations.map((l) => (
                    <li key={l.id}>
                      {l.name}{' '}
                      <span className="text-xs text-slate-500">{LOCATION_KIND_LABELS[l.kind as LocationKind]}</span>
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          )}
          {key.disableImpact && (
            <p className="mt-3 border-t border-slate-100 pt-3 text-sm">
              <span className="text-xs text-slate-500">Recorded impact: </span>
              {key.disableImpact}
            </p>
          )}
        </Card>
        <Card title="Who can decrypt">
          <WhoCanDecrypt keys={matrixKeys([key], snapshot.keys, locations)} accounts={cloudAccounts} />
        </Card>
        <ThreadsCard
          reviewId={review.id}
          threads={threads}
          target={{ keyId: key.id }}
          title="Discussion on this key"
          canComment={review.status !== 'DECIDED'}
          actions={{ add: addCommentAction, resolve: resolveThreadAction }}
        />
        {canEdit && (
          <Card title="Edit key">
            <KeyForm
              reviewId={review.id}
              value={{ id: key.id, version: key.version, ...pickFields(key, fieldNames(KEY_FIELDS)) }}
            />
          </Card>
        )}
      </div>
    </FormFieldsProvider>
  )
}

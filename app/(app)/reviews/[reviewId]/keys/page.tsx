import { getWorkspace } from '@/lib/dal/loaders'
import { can } from '@/lib/auth/permissions'
import { KEY_OWNERSHIP_LABELS, KEY_SERVICE_LABELS, ROTATION_LABELS } from '@/lib/domain/enums'
import { Card } from '@/components/ui/card'
import { formatDate } from '@/components/review/labels'
import { KeyForm } from './_components/key-form'
import { KeyRegisterTable } from './_components/key-register-table'
import { WhoCanDecrypt, matrixKeys } from '@/components/review/who-can-decrypt'
import { FormFieldsProvider } from '@/components/forms/form-fields'
import { formView } from '@/lib/domain/fields/form-view'
import { KEY_FIELDS } from '@/lib/domain/fields/key'

export default async function KeysPage({ params }: { params: Promise<{ reviewId: string }> }) {
  const { reviewId } = await params
  const { actor, review, keys, blast, findings, provenance, snapshot, locations, cloudAccounts } =
    await getWorkspace(reviewId)
  const canEdit = can(actor.roles, 'inventory:edit') && review.status !== 'DECIDED'
  return (
    <FormFieldsProvider fields={{ key: formView(KEY_FIELDS) }}>
      <div className="space-y-4">
        <Card title={`Key register (${keys.length})`}>
          {keys.length === 0 ? (
            <p className="text-slate-600">
              No keys yet. Register each key that protects a location: its service, model, who administers it and how it
              rotates.
            </p>
          ) : (
            <KeyRegisterTable
              rows={keys.map((k) => {
                const radius = blast.get(k.id)!
                const facts = provenance.get(k.id) ?? {}
                return {
                  id: k.id,
                  href: `/reviews/${review.id}/keys/${k.id}`,
                  name: k.alias || k.keyRef,
                  keyRef: k.keyRef,
                  service: KEY_SERVICE_LABELS[k.service],
                  model: KEY_OWNERSHIP_LABELS[k.ownership],
                  administeredBy: k.administeredBy ?? '',
                  rotation: ROTATION_LABELS[k.rotation] + (k.rotationPeriodDays ? ` / ${k.rotationPeriodDays} d` : ''),
                  validated: formatDate(k.rotationValidatedAt),
                  protects: radius.locations.length,
                  stops: radius.capabilities.map((c) => c.label).join(' · '),
                  warnings: findings
                    .filter((f) => f.targetRef === `key:${k.id}`)
                    .map((w) => ({ code: w.code, bad: w.severity === 'BLOCKER' && !w.acceptedRisk })),
                  ownershipFact: facts.ownership,
                  rotationFact: facts.rotation,
                }
              })}
            />
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
    </FormFieldsProvider>
  )
}

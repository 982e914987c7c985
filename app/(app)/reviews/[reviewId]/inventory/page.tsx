import { getWorkspace } from '@/lib/dal/loaders'
import { loadLocationTexts } from '@/lib/dal/workspace'
import { can } from '@/lib/auth/permissions'
import { CLOUD_PROVIDER_LABELS, CONTROLLED_BY_LABELS } from '@/lib/domain/enums'
import { Card } from '@/components/ui/card'
import { StatusPill } from '@/components/ui/status-pill'
import { CloudAccountForm } from './_components/cloud-account-form'
import { LocationForm } from './_components/location-form'
import { InventoryLocations } from './_components/inventory-locations'
import { ConfigImport } from './_components/config-import'
import { getTemplate } from '@/lib/domain/templates'
import { keyChangeOf } from '@/lib/domain/template-key-change'
import type { LocationRow } from './_components/types'
import { ExclusionsCard } from './_components/exclusions-card'
import { listExclusions } from '@/lib/dal/exclusions'
import { locationController } from '@/lib/domain/controller'

// Links from "your next steps" open the table pre-filtered.
const FILTER_PRESETS: Record<string, Record<string, string>> = {
  'exclusion-proposed': { scope: 'PROPOSED' },
  'no-key': { scope: 'IN_SCOPE', keyFilter: 'NONE' },
  unencrypted: { encryption: 'NONE' },
  'unknown-encryption': { encryption: 'UNKNOWN' },
}

export default async function InventoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ reviewId: string }>
  searchParams: Promise<{ filter?: string }>
}) {
  const { reviewId } = await params
  const initialFilters = FILTER_PRESETS[(await searchParams).filter ?? '']
  const { actor, review, cloudAccounts, locations, keys, findings, provenance, snapshot } = await getWorkspace(reviewId)
  const template = review.templateId ? getTemplate(review.templateId) : null
  const isReadOnly = review.status === 'DECIDED'
  const canEdit = can(actor.roles, 'inventory:edit') && !isReadOnly
  const [texts, exclusions] = await Promise.all([loadLocationTexts(actor, review.id), listExclusions(actor, review.id)])
  const proposed = new Set(snapshot.locations.filter((l) => l.exclusionProposed).map((l) => l.id))
  const accountsById = new Map(cloudAccounts.map((a) => [a.id, a]))
  const keyOptions = keys.map((k) => ({ id: k.id, keyRef: k.keyRef, label: k.alias || k.keyRef }))
  const accountOptions = cloudAccounts.map((a) => ({
    id: a.id,
    label: `${CLOUD_PROVIDER_LABELS[a.provider]} ${a.accountRef}`,
  }))
  const findingsByTarget = new Map<string, typeof findings>()
  for (const f of findings) findingsByTarget.set(f.targetRef, [...(findingsByTarget.get(f.targetRef) ?? []), f])
  const keyLabels = new Map(keyOptions.map((k) => [k.id, k.label]))
  const rows: LocationRow[] = locations.map((l) => {
    const mine = findingsByTarget.get(`location:${l.id}`) ?? []
    return {
      ...l,
      controlledBy: locationController(l, accountsById),
      scopeState: !l.inScope ? 'EXCLUDED' : proposed.has(l.id) ? 'PROPOSED' : 'IN_SCOPE',
      notes: texts.get(l.id)?.notes ?? '',
      keyLabel: (l.keyId && keyLabels.get(l.keyId)) || null,
      source: texts.get(l.id)?.source ?? null,
      blockers: mine.filter((f) => f.severity === 'BLOCKER' && !f.acceptedRisk).length,
      warnings: mine.filter((f) => f.severity === 'WARNING').length,
      provenance: provenance.get(l.id) ?? {},
      keyChange: keyChangeOf(template, snapshot.locations.find((s) => s.id === l.id) ?? l) ?? null,
    }
  })
  return (
    <div className="space-y-4">
      {!canEdit && (
        <p className="rounded-md bg-slate-50 px-3 py-2 text-xs text-slate-600">
          Read only: platform owners build the inventory
          {review.status === 'DECIDED' ? ', and this review is decided' : ''}.
        </p>
      )}
      <Card title={`Cloud accounts (${cloudAccounts.length})`}>
        {cloudAccounts.length > 0 && (
          <table className="mb-3 w-full text-left text-sm">
            <thead className="text-xs text-slate-500">
              <tr>
                <th scope="col" className="py-1 font-medium">
                  Provider
                </th>
                <th scope="col" className="py-1 font-medium">
                  Account
                </th>
                <th scope="col" className="py-1 font-medium">
                  Controlled by
                </th>
                <th scope="col" className="py-1 font-medium">
                  Region
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {cloudAccounts.map((a) => (
                <tr key={a.id}>
                  <td className="py-1.5">{CLOUD_PROVIDER_LABELS[a.provider]}</td>
                  <td className="py-1.5 font-mono text-xs">{a.accountRef}</td>
                  <td className="py-1.5">
                    <StatusPill tone={a.controlledBy === 'CUSTOMER' ? 'good' : 'warn'}>
                      {CONTROLLED_BY_LABELS[a.controlledBy]}
                    </StatusPill>
                  </td>
                  <td className="py-1.5">{a.region ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {cloudAccounts.length === 0 && (
          <p className="mb-3 text-slate-600">
            No cloud accounts yet. Record each account, project or subscription that holds Kafka state, and who controls
            it.
          </p>
        )}
        {canEdit && <CloudAccountForm reviewId={review.id} />}
      </Card>
      <Card title={`Storage locations (${locations.length})`}>
        <InventoryLocations
          initialFilters={initialFilters}
          reviewId={review.id}
          reviewTitle={review.title}
          rows={rows}
          keys={keyOptions}
          accounts={accountOptions}
          canEdit={canEdit}
        />
      </Card>
      <ExclusionsCard
        reviewId={review.id}
        exclusions={exclusions}
        locationNames={new Map(locations.map((l) => [l.id, l.name]))}
        viewer={{
          userId: actor.userId,
          canDecide: can(actor.roles, 'exclusion:decide'),
          canWithdraw: can(actor.roles, 'inventory:edit') || can(actor.roles, 'exclusion:decide'),
          isReadOnly,
        }}
      />
      {canEdit && (
        <Card title="Import configuration">
          <p className="mb-3 text-xs text-slate-600">
            Outputs of the cloud and IaC tools become verified facts: each file is kept as evidence (secrets redacted),
            and each location and key it describes records the file and JSON path it came from.
          </p>
          <ConfigImport reviewId={review.id} />
        </Card>
      )}
      {canEdit && (
        <Card title="Add a location">
          <LocationForm reviewId={review.id} keys={keyOptions} accounts={accountOptions} />
        </Card>
      )}
    </div>
  )
}

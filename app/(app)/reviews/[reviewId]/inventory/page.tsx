import { getWorkspace } from '@/lib/dal/loaders'
import { besideWorkspace, loadPageTexts } from '@/lib/dal/workspace'
import { can } from '@/lib/auth/permissions'
import { CLOUD_PROVIDER_LABELS, CONTROLLED_BY_LABELS, LOCATION_KINDS } from '@/lib/domain/enums'
import { Card } from '@/components/ui/card'
import { StatusPill } from '@/components/ui/status-pill'
import { CloudAccountForm } from './_components/cloud-account-form'
import { InventoryLocations } from './_components/inventory-locations'
import { ConfigImport } from './_components/config-import'
import { applyLocationQuery, parseLocationQuery } from '@/lib/domain/location-query'
import { locationRows, withTexts } from './location-rows'
import { toJsonText } from '@/lib/json-text'
import { ExclusionsCard } from './_components/exclusions-card'
import { listExclusions } from '@/lib/dal/exclusions'
import { FormFieldsProvider } from '@/components/forms/form-fields'
import { formView } from '@/lib/domain/fields/form-view'
import { LOCATION_FIELDS } from '@/lib/domain/fields/location'
import { CLOUD_ACCOUNT_FIELDS } from '@/lib/domain/fields/cloud-account'
import { LOCATION_CSV_COLUMNS } from '@/lib/domain/location-csv'

export default async function InventoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ reviewId: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { reviewId } = await params
  const query = parseLocationQuery(await searchParams)
  const workspace = await getWorkspace(reviewId)
  const { actor, review, cloudAccounts, locations, keys } = workspace
  const isReadOnly = review.status === 'DECIDED'
  const canEdit = can(actor.roles, 'inventory:edit') && !isReadOnly
  const keyOptions = keys.map((k) => ({ id: k.id, keyRef: k.keyRef, label: k.alias || k.keyRef }))
  const accountOptions = cloudAccounts.map((a) => ({
    id: a.id,
    label: `${CLOUD_PROVIDER_LABELS[a.provider]} ${a.accountRef}`,
  }))
  // Only one page of rows reaches the browser; search, filters and sort run here over all of them.
  const all = locationRows(workspace)
  const { matching, page, pageCount, pageRows } = applyLocationQuery(all, query)
  const [texts, exclusions] = await Promise.all([
    loadPageTexts(
      actor,
      workspace,
      pageRows.map((r) => r.id),
    ),
    besideWorkspace(workspace, 'exclusions', () => listExclusions(actor, review.id)),
  ])
  const kinds = besideWorkspace(workspace, 'location-kinds', () => {
    const present = new Set(locations.map((l) => l.kind))
    return LOCATION_KINDS.filter((k) => present.has(k))
  })
  // Names of the locations exclusions concern only, not a map of all 5,000.
  const concerned = new Set(exclusions.map((x) => x.locationId))
  const excludedNames = new Map(locations.filter((l) => concerned.has(l.id)).map((l) => [l.id, l.name]))
  return (
    <FormFieldsProvider fields={{ location: formView(LOCATION_FIELDS), cloudAccount: formView(CLOUD_ACCOUNT_FIELDS) }}>
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
              No cloud accounts yet. Record each account, project or subscription that holds Kafka state, and who
              controls it.
            </p>
          )}
          {canEdit && <CloudAccountForm reviewId={review.id} />}
        </Card>
        <Card title={`Storage locations (${locations.length})`}>
          <InventoryLocations
            query={{ ...query, page }}
            pageCount={pageCount}
            matchingCount={matching.length}
            totalCount={all.length}
            kinds={kinds}
            reviewId={review.id}
            rows={toJsonText(withTexts(pageRows, texts))}
            keys={keyOptions}
            accounts={accountOptions}
            canEdit={canEdit}
            csvColumns={LOCATION_CSV_COLUMNS}
          />
        </Card>
        <ExclusionsCard
          reviewId={review.id}
          exclusions={exclusions}
          locationNames={excludedNames}
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
              Outputs of the cloud and IaC tools become verified facts: each file is kept as evidence (secrets
              redacted), and each location and key it describes records the file and JSON path it came from.
            </p>
            <ConfigImport reviewId={review.id} />
          </Card>
        )}
      </div>
    </FormFieldsProvider>
  )
}

import 'server-only'
// Writes an import plan inside the review's change: keys first (locations refer to them), then locations, then
// each new file as evidence linked to what it describes, then the facts pointing at that evidence and the keys'
// principals. Every update carries the version it was planned on; a row changed meanwhile is a conflict.
// Locations and facts go in bulk (./bulk-insert.ts): a large state has thousands of each.
import type { ImportPreview } from '@/lib/config-import/import-preview'
import type { ExistingKey, PlannedKey, PlannedLocation } from '@/lib/config-import/import-plan'
import { conflict } from '@/lib/errors'
import { insertMany, newId } from './bulk-insert'
import type { ReviewChange } from './review-change'
import type { LinkTarget } from './evidence'
import { writeFiles, type StoredBlob } from './config-import-evidence'

export type { StoredBlob }

const BATCH = 1000
const LOCATION_COLUMNS = {
  organization_id: 'text',
  review_id: 'text',
  kind: 'text',
  name: 'text',
  resource_ref: 'text',
  cloud_account_id: 'text',
  region: 'text',
  holds: 'text[]',
  encryption: { enum: 'Encryption' },
  key_id: 'text',
  in_scope: 'boolean',
  exclusion_reason: 'text',
  notes: 'text',
} as const
const FACT_COLUMNS = {
  organization_id: 'text',
  review_id: 'text',
  evidence_id: 'text',
  location_id: 'text',
  key_id: 'text',
  field: 'text',
  value: 'jsonb',
  path: 'text',
  said: 'text',
} as const
async function writeKeys(c: ReviewChange, reviewId: string, keys: PlannedKey[], ids: Map<string, string>) {
  const scope = { reviewId, organizationId: c.actor.organizationId }
  const added = keys.filter((k) => k.action === 'add')
  for (let i = 0; i < added.length; i += BATCH) {
    const rows = await c.tx.key.createManyAndReturn({
      data: added.slice(i, i + BATCH).map((k) => ({ ...k.data, ...scope })),
      select: { id: true, keyRef: true },
    })
    for (const r of rows) ids.set(r.keyRef, r.id)
  }
  for (const k of keys.filter((x) => x.action === 'change')) {
    const { count } = await c.tx.key.updateMany({
      where: { id: k.id!, ...scope, version: k.version! },
      data: { ...k.data, version: { increment: 1 } },
    })
    if (count !== 1) throw conflict(`Key ${k.ref} was changed by someone else during the import; nothing was imported.`)
  }
}

async function writeLocations(c: ReviewChange, reviewId: string, rows: PlannedLocation[], keyIds: Map<string, string>) {
  const scope = { reviewId, organizationId: c.actor.organizationId }
  const ids = new Map<PlannedLocation, string>()
  const data = ({ keyRef, ...fields }: PlannedLocation['data']) => ({
    ...fields,
    keyId: keyRef ? (keyIds.get(keyRef) ?? null) : null,
  })
  const added = rows
    .filter((l) => l.action === 'add')
    .map((l) => {
      const d = data(l.data)
      ids.set(l, newId())
      return {
        id: ids.get(l),
        organization_id: scope.organizationId,
        review_id: reviewId,
        kind: d.kind,
        name: d.name,
        resource_ref: d.resourceRef,
        cloud_account_id: d.cloudAccountId,
        region: d.region,
        holds: d.holds,
        encryption: d.encryption,
        key_id: d.keyId,
        // An imported location starts in scope: only the exclusion workflow takes one out (lib/dal/exclusions.ts).
        in_scope: true,
        exclusion_reason: null,
        notes: d.notes,
      }
    })
  await insertMany(c.tx, 'storage_locations', LOCATION_COLUMNS, added, {
    now: c.now,
    timestamps: ['created_at', 'updated_at'],
  })
  for (const l of rows) {
    if (l.action === 'add') continue
    ids.set(l, l.id!)
    if (l.action !== 'change') continue
    const { count } = await c.tx.storageLocation.updateMany({
      where: { id: l.id!, ...scope, version: l.version! },
      data: { ...data(l.data), version: { increment: 1 } },
    })
    if (count !== 1)
      throw conflict(`Location "${l.name}" was changed by someone else during the import; nothing was imported.`)
  }
  return ids
}

/** Writes the plan; `blobs` holds each new file's stored bytes (written in this transaction for PostgreSQL). */
export async function writeImport(
  c: ReviewChange,
  reviewId: string,
  preview: ImportPreview,
  existingKeys: ExistingKey[],
  blobs: Map<string, StoredBlob>,
) {
  const org = c.actor.organizationId
  const keyIds = new Map(existingKeys.map((k) => [k.keyRef, k.id]))
  await writeKeys(c, reviewId, preview.rows.keys, keyIds)
  const keyIdOf = (k: PlannedKey) => k.id ?? keyIds.get(k.data.keyRef)!
  const locationIds = await writeLocations(c, reviewId, preview.rows.locations, keyIds)
  const linksOf = (file: string): LinkTarget[] => {
    const keys = new Set([
      ...preview.rows.keys.filter((k) => k.files.includes(file)).map(keyIdOf),
      ...preview.rows.principals.filter((g) => g.rows.some((r) => r.file === file)).map((g) => keyIds.get(g.keyRef)!),
    ])
    return [
      ...preview.rows.locations.filter((l) => l.files.includes(file)).map((l) => ({ locationId: locationIds.get(l)! })),
      ...[...keys].map((keyId) => ({ keyId })),
    ]
  }
  const evidenceIds = await writeFiles(c, reviewId, preview.files, blobs, linksOf)

  const facts: Record<string, unknown>[] = []
  const stale = new Map<string, { locationIds: string[]; keyIds: string[] }>()
  const record = (entity: { locationId?: string; keyId?: string }, list: PlannedKey['facts'], existed: boolean) => {
    for (const f of list) {
      const keyRef = f.field === 'keyRef'
      const field = keyRef ? 'keyId' : f.field
      const value = keyRef ? (keyIds.get(String(f.value)) ?? null) : f.value
      if (value === null) continue
      if (existed) {
        const s = stale.get(field) ?? { locationIds: [], keyIds: [] }
        if (entity.locationId) s.locationIds.push(entity.locationId)
        else s.keyIds.push(entity.keyId!)
        stale.set(field, s)
      }
      facts.push({
        organization_id: org,
        review_id: reviewId,
        evidence_id: evidenceIds.get(f.file)!,
        location_id: entity.locationId ?? null,
        key_id: entity.keyId ?? null,
        field,
        value,
        path: f.path,
        said: f.said,
      })
    }
  }
  for (const k of preview.rows.keys) record({ keyId: keyIdOf(k) }, k.facts, k.action !== 'add')
  for (const l of preview.rows.locations) record({ locationId: locationIds.get(l)! }, l.facts, l.action !== 'add')
  // A field's fact is replaced by the newer one: one delete per field, only on rows that existed before.
  for (const [field, s] of stale)
    for (let i = 0; i < Math.max(s.locationIds.length, s.keyIds.length); i += BATCH)
      await c.tx.factSource.deleteMany({
        where: {
          reviewId,
          field,
          OR: [
            { locationId: { in: s.locationIds.slice(i, i + BATCH) } },
            { keyId: { in: s.keyIds.slice(i, i + BATCH) } },
          ],
        },
      })
  await insertMany(c.tx, 'fact_sources', FACT_COLUMNS, facts, { now: c.now, timestamps: ['created_at', 'updated_at'] })

  let principals = 0
  for (const g of preview.rows.principals) {
    const keyId = keyIds.get(g.keyRef)!
    await c.tx.keyPrincipal.deleteMany({ where: { reviewId, keyId } })
    const data = g.rows.map((p) => ({
      organizationId: org,
      reviewId,
      keyId,
      evidenceId: evidenceIds.get(p.file)!,
      principal: p.principal,
      account: p.account ?? null,
      actions: p.actions,
      viaGrant: !!p.viaGrant,
      crossAccount: p.crossAccount,
      resolvable: p.resolvable,
      delegatesToIam: !!p.delegatesToIam,
      path: p.path,
    }))
    principals += (await c.tx.keyPrincipal.createMany({ data })).count
  }
  return { evidenceIds, facts: facts.length, principals }
}

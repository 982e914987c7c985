import 'server-only'
// Writes an import plan inside the review's change: keys first (locations refer to them), then locations, then
// each new file as evidence linked to what it describes, then the facts pointing at that evidence and the keys'
// principals. Every update carries the version it was planned on; a row changed meanwhile is a conflict.
import type { ImportPreview, PlannedFile } from '@/lib/config-import/import-preview'
import type { ExistingKey, PlannedKey, PlannedLocation } from '@/lib/config-import/import-plan'
import { conflict } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { ReviewChange } from './review-change'
import { writeEvidence, type LinkTarget } from './evidence'

const BATCH = 1000
const LINK_COLUMNS = [
  'requestId',
  'locationId',
  'keyId',
  'drillId',
  'costLineId',
  'compatibilityCheckId',
  'migrationStepId',
] as const
const sameLink = (a: LinkTarget, b: LinkTarget) => LINK_COLUMNS.every((k) => (a[k] ?? null) === (b[k] ?? null))

export interface StoredBlob {
  storageKey: string
  storageBackend: 'POSTGRES' | 'S3'
  contentType: string
}

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
  const added = rows.filter((l) => l.action === 'add')
  for (let i = 0; i < added.length; i += BATCH) {
    const part = added.slice(i, i + BATCH)
    const created = await c.tx.storageLocation.createManyAndReturn({
      data: part.map((l) => ({ ...data(l.data), ...scope })),
      select: { id: true, resourceRef: true },
    })
    const byRef = new Map(created.map((r) => [r.resourceRef, r.id]))
    for (const l of part) ids.set(l, byRef.get(l.data.resourceRef)!)
  }
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

async function writeFiles(
  c: ReviewChange,
  reviewId: string,
  files: PlannedFile[],
  blobs: Map<string, StoredBlob>,
  linksOf: (file: string) => LinkTarget[],
) {
  const evidenceIds = new Map<string, string>()
  for (const f of files) {
    const targets = linksOf(f.name)
    if (f.status === 'unchanged') {
      evidenceIds.set(f.name, f.evidenceId!)
      const have = await c.tx.evidenceLink.findMany({ where: { evidenceId: f.evidenceId! } })
      const missing = targets.filter((t) => !have.some((h) => sameLink(h as LinkTarget, t)))
      if (missing.length)
        await c.tx.evidenceLink.createMany({
          data: missing.map((t) => ({
            ...t,
            evidenceId: f.evidenceId!,
            organizationId: c.actor.organizationId,
            createdById: c.actor.userId,
          })),
        })
      continue
    }
    const previous = f.evidenceId ? await c.tx.evidenceLink.findMany({ where: { evidenceId: f.evidenceId } }) : []
    for (const l of previous) {
      const t = Object.fromEntries(LINK_COLUMNS.flatMap((k) => (l[k] ? [[k, l[k]]] : []))) as LinkTarget
      if (!targets.some((x) => sameLink(x, t))) targets.push(t)
    }
    const blob = blobs.get(f.name)!
    const redacted = f.redactedPaths.length
      ? ` ${f.redactedPaths.length} sensitive value(s) were replaced before storing (${f.redactedPaths.join(', ')}); the original's SHA-256 is ${f.originalSha256}.`
      : ''
    const evidence = await writeEvidence(
      c,
      reviewId,
      {
        organizationId: c.actor.organizationId,
        reviewId,
        kind: 'FILE',
        title: f.name,
        note: `Imported configuration output of \`${f.command}\`.${redacted}`,
        fileName: f.name,
        contentType: blob.contentType,
        sizeBytes: BigInt(f.sizeBytes),
        sha256: f.sha256,
        storageBackend: blob.storageBackend,
        storageKey: blob.storageKey,
        sourceCommand: f.command,
        originalSha256: f.originalSha256,
        effectiveDate: c.now,
        supersedesId: f.evidenceId,
        uploadedById: c.actor.userId,
      },
      targets,
    )
    evidenceIds.set(f.name, evidence.id)
  }
  return evidenceIds
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
  const linksOf = (file: string): LinkTarget[] =>
    [
      ...preview.rows.locations.filter((l) => l.files.includes(file)).map((l) => ({ locationId: locationIds.get(l)! })),
      ...preview.rows.keys.filter((k) => k.files.includes(file)).map((k) => ({ keyId: keyIdOf(k) })),
      ...preview.rows.principals
        .filter((g) => g.rows.some((r) => r.file === file) && keyIds.has(g.keyRef))
        .map((g) => ({ keyId: keyIds.get(g.keyRef)! })),
    ].filter((t, i, all) => all.findIndex((x) => sameLink(x, t)) === i)
  const evidenceIds = await writeFiles(c, reviewId, preview.files, blobs, linksOf)

  const facts: Prisma.FactSourceCreateManyInput[] = []
  const target = (entity: { locationId?: string; keyId?: string }, list: PlannedKey['facts']) => {
    for (const f of list) {
      const keyRef = f.field === 'keyRef'
      const value = keyRef ? (keyIds.get(String(f.value)) ?? null) : f.value
      if (value === null) continue
      facts.push({
        organizationId: org,
        reviewId,
        ...entity,
        evidenceId: evidenceIds.get(f.file)!,
        field: keyRef ? 'keyId' : f.field,
        value,
        path: f.path,
        said: f.said,
      })
    }
  }
  for (const k of preview.rows.keys) target({ keyId: keyIdOf(k) }, k.facts)
  for (const l of preview.rows.locations) target({ locationId: locationIds.get(l)! }, l.facts)
  const locationFacts = facts.filter((f) => f.locationId)
  const keyFacts = facts.filter((f) => f.keyId)
  for (const [column, rows] of [
    ['locationId', locationFacts],
    ['keyId', keyFacts],
  ] as const) {
    const pairs = rows.map((f) => ({ [column]: f[column]!, field: f.field }))
    for (let i = 0; i < pairs.length; i += BATCH)
      await c.tx.factSource.deleteMany({ where: { reviewId, OR: pairs.slice(i, i + BATCH) } })
  }
  for (let i = 0; i < facts.length; i += BATCH) await c.tx.factSource.createMany({ data: facts.slice(i, i + BATCH) })

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
  return { evidenceIds, keyIds, locationIds, facts: facts.length, principals }
}

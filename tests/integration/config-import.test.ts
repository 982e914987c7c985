import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { verifyChain } from '@/lib/audit/chain'
import { applyConfigImport, previewConfigImport } from '@/lib/dal/config-import'
import { openEvidenceFile } from '@/lib/dal/evidence'
import { updateLocation } from '@/lib/dal/inventory'
import { generateMigrationPlan } from '@/lib/dal/migration-plan'
import { loadWorkspace } from '@/lib/dal/workspace'
import { makeOrganization } from '../support/factory'
import { locationInput, locationsOf, makeReview } from '../support/review-factory'
import { describeKeyPendingDeletion, mskOnAwsManagedKey, MSK_CLUSTER_ARN, MSK_KEY_ARN } from './config-import-support'

const NOW = new Date('2026-11-26T12:00:00Z')

async function setup() {
  const { organization, actors } = await makeOrganization({
    owner: ['PLATFORM_OWNER'],
    reviewer: ['SECURITY_REVIEWER'],
  })
  const reviewId = await makeReview(actors.owner, { keyRequirement: 'CMK' })
  return { organization, owner: actors.owner, reviewer: actors.reviewer, reviewId }
}

async function importAll(
  owner: Parameters<typeof previewConfigImport>[0],
  reviewId: string,
  files = mskOnAwsManagedKey(),
) {
  const preview = await previewConfigImport(owner, reviewId, files, NOW)
  const applied = await applyConfigImport(owner, reviewId, files, preview.fingerprint, NOW)
  return { preview, applied }
}

describe('importing configuration outputs into a review', () => {
  it('previews the MSK cluster as provider-managed, with each change from its file and path, and writes nothing', async () => {
    const { owner, reviewId } = await setup()
    const auditBefore = await db.auditEvent.count({ where: { organizationId: owner.organizationId } })
    const preview = await previewConfigImport(owner, reviewId, mskOnAwsManagedKey(), NOW)
    expect(preview.files.map((f) => [f.name, f.command, f.status])).toEqual([
      ['describe-cluster-v2.json', 'aws kafka describe-cluster-v2', 'new'],
      ['describe-key.json', 'aws kms describe-key', 'new'],
      ['policy@6c2d9e41-3b7a-4f58-a0c1-7e9d2b4f6a83.json', 'aws kms get-key-policy', 'new'],
      ['grants.json', 'aws kms list-grants', 'new'],
    ])
    const [location] = preview.rows.locations
    expect(location).toMatchObject({ action: 'add', ref: MSK_CLUSTER_ARN, name: 'Broker data volumes (payments)' })
    expect(location.changes.find((c) => c.field === 'encryption')).toMatchObject({
      from: null,
      to: 'PROVIDER_MANAGED',
      file: 'describe-cluster-v2.json',
      path: '$.ClusterInfo.Provisioned.EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId',
    })
    expect(preview.rows.keys[0]).toMatchObject({ action: 'add', ref: MSK_KEY_ARN })
    expect(preview.rows.keys[0].changes.find((c) => c.field === 'ownership')).toMatchObject({
      to: 'PROVIDER_MANAGED',
      file: 'describe-key.json',
      path: '$.KeyMetadata.KeyManager',
    })
    expect(preview.rows.principals[0].rows.map((r) => r.principal)).toEqual([
      '*',
      'arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForKafka/kafka-payments',
    ])
    expect(await locationsOf(reviewId)).toEqual([])
    expect(await db.auditEvent.count({ where: { organizationId: owner.organizationId } })).toBe(auditBefore)
  })

  it('applies in one audited change: rows, evidence per file with its SHA-256 and links, facts, principals', async () => {
    const { owner, reviewId } = await setup()
    const files = mskOnAwsManagedKey()
    const { applied } = await importAll(owner, reviewId, files)
    expect(applied).toMatchObject({ files: 4, keys: { added: 1 }, locations: { added: 1 }, principals: 2 })

    const [location] = await locationsOf(reviewId)
    const key = await db.key.findFirstOrThrow({ where: { reviewId } })
    expect(location).toMatchObject({ resourceRef: MSK_CLUSTER_ARN, encryption: 'PROVIDER_MANAGED', keyId: key.id })
    expect(key).toMatchObject({ keyRef: MSK_KEY_ARN, ownership: 'PROVIDER_MANAGED', service: 'AWS_KMS' })

    const evidence = await db.evidence.findMany({
      where: { reviewId },
      include: { links: true },
      orderBy: { title: 'asc' },
    })
    expect(evidence.map((e) => e.fileName).sort()).toEqual(files.map((f) => f.name).sort())
    for (const e of evidence) {
      const bytes = files.find((f) => f.name === e.fileName)!.bytes
      expect(e.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
      expect(e.originalSha256).toBeNull()
      expect(e.links.length).toBeGreaterThan(0)
    }
    const cluster = evidence.find((e) => e.fileName === 'describe-cluster-v2.json')!
    expect(cluster.links.map((l) => l.locationId)).toContain(location.id)

    const facts = await db.factSource.findMany({ where: { reviewId }, orderBy: { field: 'asc' } })
    expect(facts.filter((f) => f.locationId).map((f) => [f.field, f.value])).toEqual([
      ['encryption', 'PROVIDER_MANAGED'],
      ['keyChange', 'REPLACEMENT'],
      ['keyId', key.id],
    ])
    const events = await db.auditEvent.findMany({
      where: { organizationId: owner.organizationId, action: 'config.imported' },
    })
    expect(events).toHaveLength(1)
    expect((await verifyChain(db, owner.organizationId)).ok).toBe(true)

    const ws = await loadWorkspace(owner, reviewId, NOW, { fresh: true })
    const snapLocation = ws.snapshot.locations[0]
    expect(snapLocation.verifiedFacts).toContainEqual({
      field: 'encryption',
      source: 'describe-cluster-v2.json',
      path: '$.ClusterInfo.Provisioned.EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId',
    })
    expect(snapLocation.keyChange?.mode).toBe('REPLACEMENT')
    expect(ws.snapshot.keys[0].principals).toHaveLength(2)
    expect(ws.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['KA-BELOW-REQUIREMENT', 'KA-DECRYPT-ANY-PRINCIPAL', 'MS-KEY-FIXED-AT-CREATION']),
    )
    expect(ws.provenance.get(location.id)?.encryption).toMatchObject({ status: 'verified' })
  })

  it('dates each file’s evidence by the day it was imported, at any hour (a bug refused imports before ~10:00 UTC)', async () => {
    const { owner, reviewId } = await setup()
    const early = new Date('2026-12-02T00:20:00Z')
    const files = mskOnAwsManagedKey()
    const preview = await previewConfigImport(owner, reviewId, files, early)
    await applyConfigImport(owner, reviewId, files, preview.fingerprint, early)
    const evidence = await db.evidence.findMany({ where: { reviewId }, select: { effectiveDate: true } })
    expect(evidence.length).toBeGreaterThan(0)
    expect(evidence.every((e) => e.effectiveDate.toISOString() === '2026-12-02T00:00:00.000Z')).toBe(true)
  })

  it('refuses an apply whose preview no longer holds, writing nothing', async () => {
    const { owner, reviewId } = await setup()
    const files = mskOnAwsManagedKey()
    const preview = await previewConfigImport(owner, reviewId, files, NOW)
    await expect(applyConfigImport(owner, reviewId, files, 'f'.repeat(64), NOW)).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    await applyConfigImport(owner, reviewId, files, preview.fingerprint, NOW)
    await expect(applyConfigImport(owner, reviewId, files, preview.fingerprint, NOW)).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    expect(await db.evidence.count({ where: { reviewId } })).toBe(4)
  })

  it('leaves a byte-identical re-import alone, and says there is nothing to import', async () => {
    const { owner, reviewId } = await setup()
    await importAll(owner, reviewId)
    const again = await previewConfigImport(owner, reviewId, mskOnAwsManagedKey(), NOW)
    expect(again.files.every((f) => f.status === 'unchanged')).toBe(true)
    expect([...again.rows.keys, ...again.rows.locations].map((r) => [r.action, r.changes, r.verifies])).toEqual([
      ['same', [], []],
      ['same', [], []],
    ])
    await expect(
      applyConfigImport(owner, reviewId, mskOnAwsManagedKey(), again.fingerprint, NOW),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('Nothing to import') })
  })

  it('turns a contradicting claim into a blocker naming both, and a re-import shows the diff and restores it', async () => {
    const { owner, reviewId } = await setup()
    await importAll(owner, reviewId)
    const [location] = await locationsOf(reviewId)
    await updateLocation(owner, locationInput(location, { encryption: 'CUSTOMER_MANAGED' }))
    const ws = await loadWorkspace(owner, reviewId, NOW, { fresh: true })
    const blocker = ws.findings.find((f) => f.code === 'KA-CLAIM-CONTRADICTS-SOURCE')!
    expect(blocker.message).toContain('claimed Customer-managed key (CMK), but describe-cluster-v2.json $.ClusterInfo')
    expect(blocker.message).toContain('says Provider-managed key')
    expect(ws.provenance.get(location.id)?.encryption).toMatchObject({ status: 'differs' })

    const preview = await previewConfigImport(owner, reviewId, mskOnAwsManagedKey(), NOW)
    expect(preview.rows.locations[0]).toMatchObject({ action: 'change' })
    expect(preview.rows.locations[0].changes).toEqual([
      expect.objectContaining({ field: 'encryption', from: 'CUSTOMER_MANAGED', to: 'PROVIDER_MANAGED' }),
    ])
    await applyConfigImport(owner, reviewId, mskOnAwsManagedKey(), preview.fingerprint, NOW)
    expect((await locationsOf(reviewId))[0]).toMatchObject({
      encryption: 'PROVIDER_MANAGED',
      version: location.version + 2,
    })
  })

  it('stores newer output as a new version: its facts move to it, the key pending deletion blocks with its deadline', async () => {
    const { owner, reviewId } = await setup()
    await importAll(owner, reviewId)
    const newer = [describeKeyPendingDeletion('2026-12-10T09:00:00.000000+00:00')]
    const preview = await previewConfigImport(owner, reviewId, newer, NOW)
    expect(preview.files[0]).toMatchObject({ name: 'describe-key.json', status: 'new-version' })
    await applyConfigImport(owner, reviewId, newer, preview.fingerprint, NOW)

    const versions = await db.evidence.findMany({
      where: { reviewId, fileName: 'describe-key.json' },
      include: { supersededBy: true, factSources: true },
      orderBy: { createdAt: 'asc' },
    })
    expect(versions).toHaveLength(2)
    expect(versions[0].supersededBy?.id).toBe(versions[1].id)
    expect(versions[0].factSources).toEqual([])
    expect(versions[1].factSources.map((f) => f.field).sort()).toEqual(['deletionAt', 'ownership', 'service', 'state'])
    const ws = await loadWorkspace(owner, reviewId, NOW, { fresh: true })
    const blocker = ws.findings.find((f) => f.code === 'KA-KEY-PENDING-DELETION')!
    expect(blocker.message).toContain(
      'it is deleted on 2026-12-10 (in 14 days), per describe-key.json $.KeyMetadata.DeletionDate',
    )
  })

  it('refuses a role without inventory:edit, another tenant, and a file it does not understand, naming the file', async () => {
    const { owner, reviewer, reviewId } = await setup()
    const other = await makeOrganization({ owner: ['PLATFORM_OWNER'] })
    await expect(previewConfigImport(reviewer, reviewId, mskOnAwsManagedKey(), NOW)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    await expect(previewConfigImport(other.actors.owner, reviewId, mskOnAwsManagedKey(), NOW)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    const junk = { name: 'buckets.json', bytes: new TextEncoder().encode('{"Buckets": []}') }
    await expect(previewConfigImport(owner, reviewId, [junk], NOW)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('buckets.json: not the output of a command Keyproof understands'),
    })
    const file = await openEvidenceFile(
      owner,
      (await db.evidence.findFirst({ where: { reviewId } }))?.id ?? 'none',
    ).catch((e: { code: string }) => e.code)
    expect(file).toBe('NOT_FOUND')
  })

  it('generates the migration plan skeleton once, on request, for a location whose key is fixed at creation', async () => {
    const { owner, reviewer, reviewId } = await setup()
    await expect(generateMigrationPlan(owner, { reviewId })).rejects.toMatchObject({ code: 'VALIDATION' })
    await importAll(owner, reviewId)
    await expect(generateMigrationPlan(reviewer, { reviewId })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await generateMigrationPlan(owner, { reviewId })).toEqual({ steps: 7 })
    const steps = await db.migrationStep.findMany({ where: { reviewId }, orderBy: { position: 'asc' } })
    expect(steps.map((s) => s.kind)).toEqual([
      'OTHER',
      'TOPIC_MAPPING',
      'OFFSETS',
      'CONSUMER_PROGRESS',
      'PRODUCER_CUTOVER',
      'VALIDATION_WINDOW',
      'ROLLBACK',
    ])
    expect(steps[0].description).toContain('"Broker data volumes (payments)"')
    expect(steps.every((s) => s.status === 'PLANNED')).toBe(true)
    await expect(generateMigrationPlan(owner, { reviewId })).rejects.toMatchObject({ code: 'CONFLICT' })
    const events = await db.auditEvent.count({
      where: { organizationId: owner.organizationId, action: 'migration.plan_generated' },
    })
    expect(events).toBe(1)
    const codes = (await loadWorkspace(owner, reviewId, NOW, { fresh: true })).findings.map((f) => f.code)
    expect(codes).not.toContain('MS-NO-ROLLBACK-STEP')
    expect(codes).toContain('MS-KEY-FIXED-AT-CREATION')
  })
})

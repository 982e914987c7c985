import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { verifyChain } from '@/lib/audit/chain'
import { addKey, addLocation } from '@/lib/dal/inventory'
import { importLocationsCsv } from '@/lib/dal/location-import'
import { createReview } from '@/lib/dal/reviews'
import type { Actor } from '@/lib/dal/actor'
import { locationsToCsv, type LocationCsvRow } from '@/lib/domain/location-csv'
import { makeOrganization } from '../support/factory'

const KEY_REF = 'arn:aws:kms:eu-west-1:111122223333:key/one'
const HEADER = 'kind,name,resource_ref,region,holds,encryption,key_ref,in_scope,exclusion_reason,notes'

async function setup() {
  const { organization, actors } = await makeOrganization({
    owner: ['PLATFORM_OWNER'],
    reviewer: ['SECURITY_REVIEWER'],
  })
  const review = await createReview(actors.owner, {
    title: 'Payments Kafka',
    platform: 'Payments',
    deploymentModel: 'SELF_MANAGED',
    keyRequirement: 'CMK',
    dataClassification: 'CONFIDENTIAL',
  })
  const key = await addKey(actors.owner, {
    reviewId: review.id,
    service: 'AWS_KMS',
    keyRef: KEY_REF,
    ownership: 'CUSTOMER_MANAGED',
    rotation: 'AUTOMATIC',
  })
  return { organization, owner: actors.owner, reviewer: actors.reviewer, reviewId: review.id, keyId: key.id }
}

const locations = (reviewId: string) => db.storageLocation.findMany({ where: { reviewId }, orderBy: { name: 'asc' } })
const importEvents = (organizationId: string) =>
  db.auditEvent.findMany({ where: { organizationId, action: 'location.csv_imported' } })
const auditCount = (organizationId: string) => db.auditEvent.count({ where: { organizationId } })

async function exportRows(reviewId: string): Promise<LocationCsvRow[]> {
  const rows = await db.storageLocation.findMany({
    where: { reviewId },
    orderBy: { name: 'asc' },
    include: { key: { select: { keyRef: true } } },
  })
  return rows.map((l) => ({ ...l, keyRef: l.key?.keyRef ?? null }))
}

async function addTwoLocations(owner: Actor, reviewId: string) {
  await addLocation(owner, {
    reviewId,
    kind: 'BLOCK_VOLUME',
    name: 'Broker disks',
    encryption: 'PROVIDER_MANAGED',
    holds: ['RECORDS'],
    notes: 'gp3 volumes',
  })
  await addLocation(owner, {
    reviewId,
    kind: 'OBJECT_STORAGE',
    name: 'Tiered segments',
    encryption: 'NONE',
    holds: ['RECORDS'],
  })
  return exportRows(reviewId)
}

describe('importLocationsCsv', () => {
  it('imports nothing from a file with one bad row and reports its line and reason; the fixed file imports every row with one audit event', async () => {
    const { organization, owner, reviewId, keyId } = await setup()
    const good = [
      `OBJECT_STORAGE,Tiered segments,s3://payments-tier,eu-west-1,RECORDS;OFFSETS,CUSTOMER_MANAGED,${KEY_REF},yes,,"Tiered, hot"`,
      'LOG_SINK,Broker logs,,,LOGS,PROVIDER_MANAGED,,yes,,',
    ]
    const events = await auditCount(organization.id)
    const bad = [HEADER, good[0], 'FLOPPY_DISK,Backups,,,BACKUPS,NONE,,yes,,', good[1]].join('\r\n')
    expect(await importLocationsCsv(owner, { reviewId, csv: bad })).toEqual({
      ok: false,
      rowErrors: [{ line: 3, messages: [expect.stringMatching(/^Kind must be one of: BLOCK_VOLUME, .*OTHER\.$/)] }],
    })
    expect(await locations(reviewId)).toHaveLength(0)
    expect(await auditCount(organization.id)).toBe(events)

    const fixed = [HEADER, good[0], 'SNAPSHOT,Backups,,,BACKUPS,NONE,,yes,,', good[1]].join('\r\n')
    expect(await importLocationsCsv(owner, { reviewId, csv: fixed })).toEqual({
      ok: true,
      created: 3,
      updated: 0,
      unchanged: 0,
    })
    const rows = await locations(reviewId)
    expect(rows.map((l) => l.name)).toEqual(['Backups', 'Broker logs', 'Tiered segments'])
    expect(rows[2]).toMatchObject({
      kind: 'OBJECT_STORAGE',
      resourceRef: 's3://payments-tier',
      region: 'eu-west-1',
      holds: ['RECORDS', 'OFFSETS'],
      encryption: 'CUSTOMER_MANAGED',
      keyId,
      inScope: true,
      notes: 'Tiered, hot',
      organizationId: organization.id,
      version: 1,
    })
    expect(rows[1]).toMatchObject({ inScope: true, exclusionReason: null, keyId: null, region: null })
    const [event, ...more] = await importEvents(organization.id)
    expect(more).toHaveLength(0)
    expect(event).toMatchObject({
      actorId: owner.userId,
      entityType: 'Review',
      entityId: reviewId,
      data: { reviewId, rows: 3, updated: [] },
    })
    expect([...(event.data as { created: string[] }).created].sort()).toEqual(rows.map((l) => l.id).sort())
    expect(await auditCount(organization.id)).toBe(events + 1)
    expect((await verifyChain(db, organization.id)).ok).toBe(true)
  })

  it('updates locations by id and version, leaves unchanged rows alone, and keeps values of columns the file omits', async () => {
    const { organization, owner, reviewId, keyId } = await setup()
    const [disks, segments] = await addTwoLocations(owner, reviewId)
    const edited = locationsToCsv([{ ...disks }, { ...segments, encryption: 'CUSTOMER_MANAGED', keyRef: KEY_REF }])
    expect(await importLocationsCsv(owner, { reviewId, csv: edited })).toEqual({
      ok: true,
      created: 0,
      updated: 1,
      unchanged: 1,
    })
    const [afterDisks, afterSegments] = await locations(reviewId)
    expect(afterDisks.version).toBe(disks.version)
    expect(afterSegments).toMatchObject({ encryption: 'CUSTOMER_MANAGED', keyId, version: segments.version + 1 })
    const [event] = await importEvents(organization.id)
    expect(event.data).toEqual({ reviewId, created: [], updated: [segments.id], rows: 2 })

    const partial = `id,version,kind,name,encryption\r\n${disks.id},${disks.version},LOCAL_DISK,Broker disks,none\r\n`
    expect(await importLocationsCsv(owner, { reviewId, csv: partial })).toMatchObject({ ok: true, updated: 1 })
    expect((await locations(reviewId))[0]).toMatchObject({
      kind: 'LOCAL_DISK',
      encryption: 'NONE',
      notes: 'gp3 volumes',
      holds: ['RECORDS'],
      version: disks.version + 1,
    })
  })

  it('refuses a row exported before someone else changed it, and writes nothing from the file', async () => {
    const { organization, owner, reviewId } = await setup()
    const [disks, segments] = await addTwoLocations(owner, reviewId)
    const exported = [disks, segments]
    await importLocationsCsv(owner, { reviewId, csv: locationsToCsv([{ ...segments, notes: 'changed meanwhile' }]) })
    const events = await auditCount(organization.id)
    const csv = locationsToCsv([
      { ...exported[0], name: 'Renamed disks' },
      { ...exported[1], name: 'Renamed segments' },
    ])
    expect(await importLocationsCsv(owner, { reviewId, csv })).toEqual({
      ok: false,
      rowErrors: [{ line: 3, messages: ['This location was changed by someone else since export — export again.'] }],
    })
    expect((await locations(reviewId)).map((l) => [l.name, l.notes])).toEqual([
      ['Broker disks', 'gp3 volumes'],
      ['Tiered segments', 'changed meanwhile'],
    ])
    expect(await auditCount(organization.id)).toBe(events)
  })

  it('reports unknown key refs, ids from elsewhere, duplicate ids, bad versions and bad values, each on its own line', async () => {
    const { owner, reviewId } = await setup()
    const [disks] = await addTwoLocations(owner, reviewId)
    const other = await setup()
    const [foreign] = await addTwoLocations(other.owner, other.reviewId)
    const csv = [
      `id,version,${HEADER}`,
      `,,OTHER,New one,,,,NONE,arn:missing,yes,,`,
      `${foreign.id},1,OTHER,Theirs,,,,NONE,,yes,,`,
      `${disks.id},${disks.version},BLOCK_VOLUME,Broker disks,,,RECORDS,NONE,,yes,,`,
      `${disks.id},${disks.version},BLOCK_VOLUME,Broker disks again,,,RECORDS,NONE,,yes,,`,
      `${disks.id}x,,OTHER,No version,,,,NONE,,yes,,`,
      `,,OTHER,Out of scope,,EU West,SECRETS,NONE,,maybe,,`,
      `,,OTHER,Excluded,,,,NONE,,no,n/a,`,
      `,,OTHER,Short,row`,
    ].join('\n')
    const result = await importLocationsCsv(owner, { reviewId, csv })
    expect(result).toEqual({
      ok: false,
      rowErrors: [
        { line: 2, messages: ['key_ref "arn:missing" is not a key in this review. Add the key first.'] },
        { line: 3, messages: [`Location ${foreign.id} is not in this review.`] },
        { line: 5, messages: [`Location ${disks.id} appears more than once in the file (first on line 4).`] },
        { line: 6, messages: [`Location ${disks.id}x is not in this review.`] },
        {
          line: 7,
          messages: [
            'in_scope must be yes or no, not "maybe".',
            'A region looks like eu-west-1.',
            expect.stringMatching(/^Holds must be among: /),
          ],
        },
        {
          line: 8,
          messages: [
            'in_scope, exclusion_reason: a location leaves scope only through an exclusion a security reviewer ' +
              'accepts: propose it in the inventory, and export again to get the current scope.',
          ],
        },
        {
          line: 9,
          messages: ['This row has 5 values but the header has 12 columns. Put values that contain commas in quotes.'],
        },
      ],
    })
    expect((await locations(reviewId)).map((l) => l.name)).toEqual(['Broker disks', 'Tiered segments'])
    expect((await locations(other.reviewId)).map((l) => l.name)).toEqual(['Broker disks', 'Tiered segments'])
  })

  it("answers not found for another organization's review and changes nothing there", async () => {
    const acme = await setup()
    const globex = await setup()
    const csv = `${HEADER}\nOTHER,Planted,,,,NONE,,yes,,`
    await expect(importLocationsCsv(globex.owner, { reviewId: acme.reviewId, csv })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Review was not found.',
    })
    expect(await locations(acme.reviewId)).toHaveLength(0)
    expect(await importEvents(acme.organization.id)).toHaveLength(0)
  })

  it('refuses a security reviewer, who cannot edit the inventory', async () => {
    const { organization, reviewer, reviewId } = await setup()
    await expect(
      importLocationsCsv(reviewer, { reviewId, csv: `${HEADER}\nOTHER,A location,,,,NONE,,yes,,` }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await locations(reviewId)).toHaveLength(0)
    expect(await importEvents(organization.id)).toHaveLength(0)
  })

  it('refuses a decided review as read-only', async () => {
    const { owner, reviewId } = await setup()
    await db.review.update({ where: { id: reviewId }, data: { status: 'DECIDED' } })
    await expect(
      importLocationsCsv(owner, { reviewId, csv: `${HEADER}\nOTHER,A location,,,,NONE,,yes,,` }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(await locations(reviewId)).toHaveLength(0)
  })

  it('refuses files over 1 MiB or 5,000 rows, and malformed files, with clear messages', async () => {
    const { owner, reviewId } = await setup()
    const huge = `${HEADER}\nOTHER,Big,,,,NONE,,yes,,"${'x'.repeat(1.5 * 1024 * 1024)}"`
    await expect(importLocationsCsv(owner, { reviewId, csv: huge })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'The file is 1.5 MiB; the limit is 1 MiB. Split it into smaller files.',
    })
    const justOver = `${HEADER}\nOTHER,Big,,,,NONE,,yes,,"${'é'.repeat(512 * 1024)}"`
    await expect(importLocationsCsv(owner, { reviewId, csv: justOver })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: `The file is ${Buffer.byteLength(justOver).toLocaleString('en-US')} bytes; the limit is 1,048,576 bytes. Split it into smaller files.`,
    })
    const many = `kind,name,encryption\n${'OTHER,Row,NONE\n'.repeat(5001)}`
    await expect(importLocationsCsv(owner, { reviewId, csv: many })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'The file has 5,001 rows; the limit is 5,000. Split it into smaller files.',
    })
    await expect(importLocationsCsv(owner, { reviewId, csv: 'name,colour\nA,red' })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/^Line 1: Unknown column: colour\./),
    })
    await expect(
      importLocationsCsv(owner, { reviewId, csv: 'kind,name,encryption\nOTHER,A\u0000,NONE' }),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/^This is not a CSV text file/) })
    expect(await locations(reviewId)).toHaveLength(0)
  })

  it('imports 5,000 new rows in one go', async () => {
    const { organization, owner, reviewId } = await setup()
    const csv = `kind,name,encryption\n${Array.from({ length: 5000 }, (_, i) => `OTHER,Location ${i},NONE`).join('\n')}`
    expect(await importLocationsCsv(owner, { reviewId, csv })).toEqual({
      ok: true,
      created: 5000,
      updated: 0,
      unchanged: 0,
    })
    expect(await db.storageLocation.count({ where: { reviewId } })).toBe(5000)
    expect(await importEvents(organization.id)).toHaveLength(1)
  })
})

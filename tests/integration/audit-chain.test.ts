import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { appendAuditEvent, verifyChain } from '@/lib/audit/chain'
import { makeOrganization } from '../support/factory'
import { asOwner, tamperAsOwner } from '../support/db-roles'

async function appendMany(organizationId: string, n: number) {
  await Promise.all(
    Array.from({ length: n }, (_, i) =>
      db.$transaction((tx) =>
        appendAuditEvent(tx, {
          organizationId,
          actorId: null,
          action: 'test.concurrent',
          entityType: 'Test',
          entityId: `e${i}`,
          data: { i },
        }),
      ),
    ),
  )
}

describe('audit chain', () => {
  it('50 concurrent appends in one organization give seq 1..50 with no gap and a chain that verifies', async () => {
    const { organization } = await makeOrganization({ admin: ['ADMIN'] })
    const before = await db.auditEvent.count({ where: { organizationId: organization.id } })
    await appendMany(organization.id, 50)
    const seqs = (
      await db.auditEvent.findMany({
        where: { organizationId: organization.id },
        orderBy: { seq: 'asc' },
        select: { seq: true },
      })
    ).map((e) => e.seq)
    expect(seqs).toEqual(Array.from({ length: before + 50 }, (_, i) => i + 1))
    const result = await verifyChain(db, organization.id)
    expect(result).toMatchObject({ ok: true, count: before + 50 })
  })

  it('chains of two organizations appended concurrently stay independent', async () => {
    const [a, b] = await Promise.all([makeOrganization({ admin: ['ADMIN'] }), makeOrganization({ admin: ['ADMIN'] })])
    await Promise.all([appendMany(a.organization.id, 10), appendMany(b.organization.id, 10)])
    expect((await verifyChain(db, a.organization.id)).ok).toBe(true)
    expect((await verifyChain(db, b.organization.id)).ok).toBe(true)
  })

  it('the database rejects UPDATE and DELETE on audit events: the app role has no privilege, the owner meets the trigger', async () => {
    const { organization } = await makeOrganization({ admin: ['ADMIN'] })
    await expect(
      db.$executeRaw`UPDATE audit_events SET action = 'x' WHERE organization_id = ${organization.id}`,
    ).rejects.toThrow(/permission denied/)
    await expect(db.$executeRaw`DELETE FROM audit_events WHERE organization_id = ${organization.id}`).rejects.toThrow(
      /permission denied/,
    )
    await asOwner(async (c) => {
      await expect(
        c.query(`UPDATE audit_events SET action = 'x' WHERE organization_id = $1`, [organization.id]),
      ).rejects.toThrow(/append-only/)
      await expect(c.query('DELETE FROM audit_events WHERE organization_id = $1', [organization.id])).rejects.toThrow(
        /append-only/,
      )
    })
    expect(await db.auditEvent.count({ where: { organizationId: organization.id, action: 'x' } })).toBe(0)
  })

  it('after the owner role alters one event with the trigger disabled, the verifier names that seq', async () => {
    const { organization } = await makeOrganization({ admin: ['ADMIN'] })
    await appendMany(organization.id, 20)
    const target = await db.auditEvent.findFirstOrThrow({ where: { organizationId: organization.id, seq: 13 } })
    await tamperAsOwner(async (c) => {
      await c.query(`UPDATE audit_events SET data = '{"i": 999}'::jsonb WHERE id = $1`, [target.id])
    })
    const result = await verifyChain(db, organization.id)
    expect(result).toMatchObject({ ok: false, brokenSeq: 13 })
  })

  it('a deleted event is reported as the missing seq', async () => {
    const { organization } = await makeOrganization({ admin: ['ADMIN'] })
    await appendMany(organization.id, 8)
    await tamperAsOwner(async (c) => {
      await c.query('DELETE FROM audit_events WHERE organization_id = $1 AND seq = 7', [organization.id])
    })
    expect(await verifyChain(db, organization.id)).toMatchObject({ ok: false, brokenSeq: 7 })
  })
})

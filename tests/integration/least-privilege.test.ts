// The app's database role (DATABASE_URL, which this whole suite runs as) owns nothing and may only read and
// append to the audit log: every way to rewrite it is refused by PostgreSQL itself, not by the app.
import { describe, expect, it } from 'vitest'
import type pg from 'pg'
import { db } from '@/lib/db'
import { appendAuditEvent } from '@/lib/audit/chain'
import { makeOrganization } from '../support/factory'
import { asApp, asOwner } from '../support/db-roles'

const INSUFFICIENT_PRIVILEGE = '42501'

/** The statement fails with SQLSTATE 42501, in a transaction of its own that is rolled back either way. */
async function refused(c: pg.Client, sql: string, params: unknown[] = []) {
  await c.query('BEGIN')
  try {
    await c.query(sql, params)
    return { refused: false, sql }
  } catch (e) {
    return { refused: (e as { code?: string }).code === INSUFFICIENT_PRIVILEGE, sql, message: (e as Error).message }
  } finally {
    await c.query('ROLLBACK')
  }
}

describe('least privilege: the app role and the audit table', () => {
  it('the app connects as keyproof_app: not a superuser, no BYPASSRLS, owning no table', async () => {
    const [role] = await db.$queryRaw<{ user: string; super: boolean; bypass: boolean; owned: bigint }[]>`
      SELECT current_user::text AS user, rolsuper AS super, rolbypassrls AS bypass,
        (SELECT count(*) FROM pg_class WHERE relowner = r.oid) AS owned
      FROM pg_roles r WHERE rolname = current_user`
    expect(role).toEqual({ user: 'keyproof_app', super: false, bypass: false, owned: 0n })
    const [owner] = await db.$queryRaw<{ owner: string }[]>`
      SELECT pg_get_userbyid(relowner)::text AS owner FROM pg_class WHERE oid = 'audit_events'::regclass`
    expect(owner.owner).not.toBe('keyproof_app')
  })

  it('refuses UPDATE, DELETE, TRUNCATE, DISABLE TRIGGER, DROP TRIGGER and replica mode on audit_events; the rows stay', async () => {
    const { organization } = await makeOrganization({ admin: ['ADMIN'] })
    const before = await db.auditEvent.findMany({ where: { organizationId: organization.id }, orderBy: { seq: 'asc' } })
    expect(before.length).toBeGreaterThan(0)
    const attempts = await asApp(async (c) => [
      await refused(c, `UPDATE audit_events SET action = 'x' WHERE organization_id = $1`, [organization.id]),
      await refused(c, 'DELETE FROM audit_events WHERE organization_id = $1', [organization.id]),
      await refused(c, 'TRUNCATE audit_events'),
      await refused(c, 'ALTER TABLE audit_events DISABLE TRIGGER ALL'),
      await refused(c, 'ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only'),
      await refused(c, 'DROP TRIGGER audit_events_append_only ON audit_events'),
      await refused(c, 'DROP FUNCTION audit_events_reject_change() CASCADE'),
      await refused(c, 'SET session_replication_role = replica'),
      await refused(c, 'SET LOCAL session_replication_role = replica'),
      await refused(c, 'DROP TABLE audit_events'),
      await refused(c, 'SET ROLE keyproof_owner'),
      await refused(c, 'CREATE TABLE public.keyproof_probe (i int)'),
      await refused(c, `UPDATE sign_offs SET statement = 'x'`),
      await refused(c, 'DELETE FROM sign_offs'),
    ])
    expect(attempts.filter((a) => !a.refused)).toEqual([])
    // A GRANT by a role without the grant option only warns, and grants nothing.
    const granted = await asApp(async (c) => {
      await c.query('GRANT UPDATE, DELETE, TRUNCATE ON audit_events TO keyproof_app')
      const { rows } = await c.query(`SELECT has_table_privilege('audit_events', 'UPDATE') OR
        has_table_privilege('audit_events', 'DELETE') OR has_table_privilege('audit_events', 'TRUNCATE') AS any`)
      return rows[0].any
    })
    expect(granted).toBe(false)
    const after = await db.auditEvent.findMany({ where: { organizationId: organization.id }, orderBy: { seq: 'asc' } })
    expect(after).toEqual(before)
  })

  it('lets the app append and read audit events, take the chain lock, and change ordinary tables', async () => {
    const { organization } = await makeOrganization({ admin: ['ADMIN'] })
    const event = await db.$transaction((tx) =>
      appendAuditEvent(tx, {
        organizationId: organization.id,
        actorId: null,
        action: 'test.append',
        entityType: 'Test',
        entityId: 't1',
      }),
    )
    expect(await db.auditEvent.findUnique({ where: { id: event.id }, select: { seq: true } })).toEqual({
      seq: event.seq,
    })
    await db.organization.update({ where: { id: organization.id }, data: { name: `${organization.name} (renamed)` } })
    await asApp(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock(42)')
      await c.query(
        `INSERT INTO login_attempts (id, email, outcome) VALUES ('probe-1', 'probe@test.example', 'FAILURE')`,
      )
      expect((await c.query(`DELETE FROM login_attempts WHERE id = 'probe-1'`)).rowCount).toBe(1)
    })
  })

  it('grants the app tables the owner creates later (default privileges), except what it must not have', async () => {
    await asOwner((c) => c.query('CREATE TABLE keyproof_future_probe (id int PRIMARY KEY)'))
    try {
      const attempts = await asApp(async (c) => {
        await c.query('INSERT INTO keyproof_future_probe VALUES (1)')
        await c.query('UPDATE keyproof_future_probe SET id = 2')
        expect((await c.query('SELECT id FROM keyproof_future_probe')).rows).toEqual([{ id: 2 }])
        await c.query('DELETE FROM keyproof_future_probe')
        return [
          await refused(c, 'TRUNCATE keyproof_future_probe'),
          await refused(c, 'DROP TABLE keyproof_future_probe'),
        ]
      })
      expect(attempts.filter((a) => !a.refused)).toEqual([])
    } finally {
      await asOwner((c) => c.query('DROP TABLE keyproof_future_probe'))
    }
  })
})

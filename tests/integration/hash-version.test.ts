// Hash versions on real rows: a chain of version-1 events followed by RFC 8785 ones verifies, each under its own
// version; a sign-off fingerprinted under version 1 stays current after the upgrade.
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { GENESIS_HASH, appendAuditEvent, hashEvent, verifyChain } from '@/lib/audit/chain'
import { fingerprintOf, loadGateStates } from '@/lib/dal/gate-states'
import { makeOrganization } from '../support/factory'
import { makeReview } from '../support/review-factory'
import { tamperAsOwner } from '../support/db-roles'

describe('hash versions', () => {
  it('verifies a chain of version-1 rows followed by version-2 rows, each under its own version', async () => {
    const tag = Math.random().toString(36).slice(2, 10)
    const organization = await db.organization.create({ data: { name: `Mixed ${tag}`, slug: `mixed-${tag}` } })
    let prevHash = GENESIS_HASH
    for (let seq = 1; seq <= 5; seq++) {
      const fields = {
        organizationId: organization.id,
        seq,
        actorId: null,
        action: 'legacy.event',
        entityType: 'Test',
        entityId: `e${seq}`,
        data: { '10': 'ten', '2': 'two', '': 'empty', seq }, // integer-like keys: version 1 and JCS bytes differ
        createdAt: new Date(Date.UTC(2026, 10, 20, 0, 0, seq)),
      }
      const hash = hashEvent(prevHash, fields, 1)
      await db.auditEvent.create({ data: { ...fields, prevHash, hash, hashVersion: 1 } })
      prevHash = hash
    }
    for (let i = 0; i < 3; i++)
      await db.$transaction((tx) =>
        appendAuditEvent(tx, {
          organizationId: organization.id,
          actorId: null,
          action: 'new.event',
          entityType: 'Test',
          entityId: `n${i}`,
          data: { '10': 'ten', '2': 'two' },
        }),
      )
    const versions = await db.auditEvent.findMany({
      where: { organizationId: organization.id },
      orderBy: { seq: 'asc' },
      select: { hashVersion: true },
    })
    expect(versions.map((v) => v.hashVersion)).toEqual([1, 1, 1, 1, 1, 2, 2, 2])
    expect(await verifyChain(db, organization.id)).toMatchObject({ ok: true, count: 8 })

    // Relabelling a row's version breaks it: the verifier really hashes each row under its own version.
    await tamperAsOwner(async (c) => {
      await c.query('UPDATE audit_events SET hash_version = 2 WHERE organization_id = $1 AND seq = 3', [
        organization.id,
      ])
    })
    expect(await verifyChain(db, organization.id)).toMatchObject({
      ok: false,
      brokenSeq: 3,
      reason: 'its content does not match its hash',
    })
  })

  it('new audit rows and sign-offs default to version 2 in the database', async () => {
    const rows = await db.$queryRaw<{ table_name: string; column_default: string }[]>`
      SELECT table_name::text, column_default::text FROM information_schema.columns
      WHERE column_name = 'hash_version' ORDER BY table_name`
    expect(rows).toEqual([
      { table_name: 'audit_events', column_default: '2' },
      { table_name: 'sign_offs', column_default: '2' },
    ])
  })

  it('keeps a sign-off fingerprinted under version 1 current after the upgrade, and stale once its gate changes', async () => {
    const { organization, actors } = await makeOrganization({ owner: ['PLATFORM_OWNER'], compliance: ['COMPLIANCE'] })
    const reviewId = await makeReview(actors.owner)
    const now = new Date()
    const gate = (await loadGateStates(organization.id, reviewId, now)).find((g) => g.gate === 'STORAGE_BOUNDARY')!
    const signOff = await db.signOff.create({
      data: {
        organizationId: organization.id,
        reviewId,
        gateAssessmentId: gate.gateAssessmentId,
        signerId: actors.compliance.userId,
        statement: 'Signed before RFC 8785 canonical JSON was adopted.',
        fingerprint: fingerprintOf(gate.basis, 1),
        hashVersion: 1,
        basis: gate.basis as object,
      },
    })
    const after = (await loadGateStates(organization.id, reviewId, now)).find((g) => g.gate === gate.gate)!
    expect(after.signOffs).toEqual([
      expect.objectContaining({ id: signOff.id, hashVersion: 1, isCurrent: true, changed: [] }),
    ])
    expect(after.status).toBe('SIGNED')

    await db.review.update({ where: { id: reviewId }, data: { regions: ['eu-north-1'] } })
    const changed = (await loadGateStates(organization.id, reviewId, now)).find((g) => g.gate === gate.gate)!
    expect(changed.signOffs[0]).toMatchObject({ id: signOff.id, isCurrent: false })
    expect(changed.status).toBe('STALE')
  })
})

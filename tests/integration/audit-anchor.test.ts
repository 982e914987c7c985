// The anchored audit chain against someone holding the owner role: a rewritten tail that verifies on its own, and
// deleted newest events, are caught by the checkpoints kept outside the database — by the pack export, which
// refuses (audited), and by verify-pack with the checkpoints an auditor kept.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { appendAuditEvent, hashEvent, verifyChain } from '@/lib/audit/chain'
import { isHashVersion } from '@/lib/audit/canonical'
import { checkpointStore } from '@/lib/audit/checkpoint-store'
import { checkpointAll, checkpointOrganization, verifyAnchoredChain } from '@/lib/dal/audit-checkpoints'
import { verifyOrganizationChain } from '@/lib/dal/audit'
import { exportEvidencePack } from '@/lib/dal/evidence-pack'
import { verifyPack } from '@/lib/reports/verify-pack'
import { makeOrganization } from '../support/factory'
import { makeReview } from '../support/review-factory'
import { tamperAsOwner } from '../support/db-roles'
import { collect } from '../unit/reports/pack-helpers'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'checkpoints-'))
  process.env.KEYPROOF_CHECKPOINT_DIR = dir
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

/** An organization with a review, its chain grown to `seq` events. */
async function organizationAt(seq: number) {
  const { organization, actors } = await makeOrganization({ admin: ['ADMIN'], owner: ['PLATFORM_OWNER'] })
  const reviewId = await makeReview(actors.owner)
  await growTo(organization.id, seq)
  return { organizationId: organization.id, admin: actors.admin, reviewId }
}
async function growTo(organizationId: string, seq: number) {
  const head = await db.auditEvent.count({ where: { organizationId } })
  if (head > seq) throw new Error(`the chain is already at ${head}`)
  for (let i = head; i < seq; i++)
    await db.$transaction((tx) =>
      appendAuditEvent(tx, {
        organizationId,
        actorId: null,
        action: 'test.event',
        entityType: 'Test',
        entityId: `e${i}`,
      }),
    )
}

/** As the owner, with the trigger off: change event `seq`'s data and re-hash every event after it. */
async function rewriteFrom(organizationId: string, seq: number) {
  const events = await db.auditEvent.findMany({ where: { organizationId, seq: { gte: seq } }, orderBy: { seq: 'asc' } })
  await tamperAsOwner(async (c) => {
    let prevHash = events[0].prevHash
    for (const e of events) {
      const data = e.seq === seq ? { forged: true } : (e.data as Record<string, unknown>)
      if (!isHashVersion(e.hashVersion)) throw new Error('unknown hash version')
      const hash = hashEvent(prevHash, { ...e, data }, e.hashVersion)
      await c.query('UPDATE audit_events SET data = $1::jsonb, prev_hash = $2, hash = $3 WHERE id = $4', [
        JSON.stringify(data),
        prevHash,
        hash,
        e.id,
      ])
      prevHash = hash
    }
  })
}

const refusal = (organizationId: string) =>
  db.auditEvent.findFirst({ where: { organizationId, action: 'evidence_pack.refused' }, orderBy: { seq: 'desc' } })
const packBytes = async (admin: Parameters<typeof exportEvidencePack>[0], reviewId: string) =>
  collect((await exportEvidencePack(admin, reviewId)).stream)

describe('anchored audit chain', () => {
  it('exports a pack whose chain head is checkpointed, and verify-pack accepts it with the auditor’s checkpoints', async () => {
    const { organizationId, admin, reviewId } = await organizationAt(20)
    const verified = await verifyOrganizationChain(admin)
    expect(verified).toMatchObject({ ok: true, head: { seq: 20 }, checkpoint: { seq: 20, written: true } })
    const kept = await checkpointStore().read(organizationId)
    const zip = await packBytes(admin, reviewId)
    const result = await verifyPack(zip, { checkpoints: kept })
    expect(result.problems).toEqual([])
    expect(result).toMatchObject({ ok: true, auditHead: { seq: 20 }, checkpointsChecked: 2 })
    const exported = await db.auditEvent.findFirstOrThrow({
      where: { organizationId, action: 'evidence_pack.exported' },
    })
    expect(exported.data).toMatchObject({ auditHead: { seq: 20, hash: verified.ok && verified.head!.hash } })
  })

  it('(a) a rewritten, re-hashed tail verifies on its own, but not against the checkpoints: the seq is named, the export refused and audited', async () => {
    const { organizationId, admin, reviewId } = await organizationAt(30)
    await checkpointOrganization(organizationId)
    await growTo(organizationId, 52)
    await checkpointOrganization(organizationId)
    const kept = await checkpointStore().read(organizationId)

    await rewriteFrom(organizationId, 30)
    expect(await verifyChain(db, organizationId)).toMatchObject({ ok: true, count: 52 })
    const { verification } = await verifyAnchoredChain(db, organizationId)
    expect(verification).toMatchObject({
      ok: false,
      kind: 'REWRITTEN',
      brokenSeq: 30,
      reason: expect.stringMatching(/^checkpoint seq 30 hash [0-9a-f]{16}… differs from the chain/),
    })
    const refused = exportEvidencePack(admin, reviewId)
    await expect(refused).rejects.toThrow(AppError)
    await expect(refused).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/checkpoint seq 30/),
    })
    expect((await refusal(organizationId))?.data).toMatchObject({ kind: 'REWRITTEN', seq: 30 })

    // The forger also wiped the checkpoint files: the export goes through, but the auditor's copy catches it.
    process.env.KEYPROOF_CHECKPOINT_DIR = fs.mkdtempSync(path.join(dir, 'wiped-'))
    const result = await verifyPack(await packBytes(admin, reviewId), { checkpoints: kept })
    expect(result.problems.map((p) => `${p.kind} ${p.detail}`)).toEqual([
      expect.stringMatching(/^REWRITTEN checkpoint seq 30 hash [0-9a-f]{16}… differs from the chain/),
    ])
  })

  it('(b) deleting the newest events is reported as truncation at the seq, and the export is refused and audited', async () => {
    const { organizationId, admin, reviewId } = await organizationAt(52)
    await checkpointOrganization(organizationId)
    const kept = await checkpointStore().read(organizationId)
    await tamperAsOwner(async (c) => {
      await c.query('DELETE FROM audit_events WHERE organization_id = $1 AND seq > 49', [organizationId])
    })
    expect(await verifyChain(db, organizationId)).toMatchObject({ ok: true, head: { seq: 49 } })
    expect((await verifyAnchoredChain(db, organizationId)).verification).toMatchObject({
      ok: false,
      kind: 'TRUNCATED',
      brokenSeq: 50,
      reason: 'chain head seq 49 is behind checkpoint seq 52: events 50–52 were deleted',
    })

    const home = dir
    process.env.KEYPROOF_CHECKPOINT_DIR = fs.mkdtempSync(path.join(dir, 'wiped-'))
    const result = await verifyPack(await packBytes(admin, reviewId), { checkpoints: kept })
    expect(result.problems.map((p) => `${p.kind} ${p.detail}`)).toEqual([
      'TRUNCATED chain head seq 49 is behind checkpoint seq 52: events 50–52 were deleted',
    ])

    process.env.KEYPROOF_CHECKPOINT_DIR = home
    await expect(exportEvidencePack(admin, reviewId)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/behind checkpoint seq 52/),
    })
    expect((await refusal(organizationId))?.data).toMatchObject({ kind: 'TRUNCATED' })
  })

  it('refuses to export over a broken link (an edit without re-hashing), naming the seq, and audits the refusal', async () => {
    const { organizationId, admin, reviewId } = await organizationAt(12)
    await tamperAsOwner(async (c) => {
      await c.query(`UPDATE audit_events SET action = 'edited' WHERE organization_id = $1 AND seq = 7`, [
        organizationId,
      ])
    })
    await expect(exportEvidencePack(admin, reviewId)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/^No evidence pack was exported: the audit log does not verify/),
    })
    const refused = await refusal(organizationId)
    expect(refused).toMatchObject({ actorId: admin.userId, entityType: 'Review', entityId: reviewId })
    expect(refused?.data).toMatchObject({ kind: 'BROKEN', seq: 7 })
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('refuses a checkpoint file with a forged line, naming the line', async () => {
    const { organizationId, admin, reviewId } = await organizationAt(10)
    await checkpointOrganization(organizationId)
    const file = path.join(dir, `${organizationId}.jsonl`)
    const line = fs.readFileSync(file, 'utf8')
    fs.appendFileSync(file, line.replace(/"seq":10/, '"seq":4'))
    await expect(exportEvidencePack(admin, reviewId)).rejects.toMatchObject({
      message: expect.stringMatching(/line 2 of the checkpoint file \(seq 4\) has a signature that does not verify/),
    })
  })

  it('checkpointAll signs each organization’s new head once, and refuses (audited) a chain that does not verify', async () => {
    const good = await organizationAt(10)
    const bad = await organizationAt(11)
    await tamperAsOwner(async (c) => {
      await c.query('DELETE FROM audit_events WHERE organization_id = $1 AND seq = 2', [bad.organizationId])
    })
    const runs = await checkpointAll(new Date('2026-12-01T12:00:00.000Z'))
    const run = (id: string) => runs.find((r) => r.organizationId === id)
    expect(run(good.organizationId)).toMatchObject({
      written: true,
      checkpoint: { seq: 10, at: '2026-12-01T12:00:00.000Z' },
    })
    expect(run(bad.organizationId)).toMatchObject({ written: false, verification: { ok: false, brokenSeq: 2 } })
    expect(
      await db.auditEvent.count({ where: { organizationId: bad.organizationId, action: 'audit.checkpoint_refused' } }),
    ).toBe(1)
    const again = await checkpointAll()
    expect(again.find((r) => r.organizationId === good.organizationId)).toMatchObject({ written: false })
    expect(
      fs
        .readFileSync(path.join(dir, `${good.organizationId}.jsonl`), 'utf8')
        .trim()
        .split('\n'),
    ).toHaveLength(1)
  })
})

// The figure: how long a checkpoint of a 10,000-event chain takes (verify every link, sign, append).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { db } from '@/lib/db'
import { GENESIS_HASH, hashEvent } from '@/lib/audit/chain'
import { HASH_VERSION } from '@/lib/audit/canonical'
import { checkpointOrganization } from '@/lib/dal/audit-checkpoints'

it('checkpoints a 10,000-event chain (figure printed)', { timeout: 300_000 }, async () => {
  process.env.KEYPROOF_CHECKPOINT_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'checkpoints-figure-'))
  const tag = Math.random().toString(36).slice(2, 10)
  const organization = await db.organization.create({ data: { name: `Figure ${tag}`, slug: `figure-${tag}` } })
  let prevHash = GENESIS_HASH
  const rows = []
  const t0 = new Date('2026-11-01T00:00:00.000Z').getTime()
  for (let seq = 1; seq <= 10_000; seq++) {
    const fields = {
      organizationId: organization.id,
      seq,
      actorId: null,
      action: 'inventory.location_updated',
      entityType: 'StorageLocation',
      entityId: `loc${seq % 97}`,
      data: { reviewId: 'r1', changed: ['encryption', 'keyId'], version: seq },
      createdAt: new Date(t0 + seq * 1000),
    }
    const hash = hashEvent(prevHash, fields, HASH_VERSION)
    rows.push({ ...fields, prevHash, hash, hashVersion: HASH_VERSION })
    prevHash = hash
  }
  for (let i = 0; i < rows.length; i += 1000) await db.auditEvent.createMany({ data: rows.slice(i, i + 1000) })

  const times: number[] = []
  for (let round = 0; round < 3; round++) {
    const start = performance.now()
    const run = await checkpointOrganization(organization.id, new Date(t0 + 20_000_000 + round))
    times.push(performance.now() - start)
    expect(run.verification).toMatchObject({ ok: true, count: 10_000, head: { seq: 10_000, hash: prevHash } })
  }
  console.log(
    `[figure] checkpoint of a 10,000-event chain: ${times.map((t) => `${t.toFixed(0)} ms`).join(', ')} (3 runs)`,
  )
  fs.rmSync(process.env.KEYPROOF_CHECKPOINT_DIR, { recursive: true, force: true })
})

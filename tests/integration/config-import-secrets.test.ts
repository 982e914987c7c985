// A Terraform state holding a private key and a password: importing it stores no trace of either, in any
// table, in the stored evidence bytes or in the log; what is stored is the redacted text, with both hashes.
import { createHash } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '@/lib/db'
import { applyConfigImport, previewConfigImport } from '@/lib/dal/config-import'
import { openEvidenceFile } from '@/lib/dal/evidence'
import { REDACTED } from '@/lib/config-import/iac'
import { makeOrganization } from '../support/factory'
import { makeReview } from '../support/review-factory'
import { fixtureFile } from './config-import-support'

const STATE = fixtureFile('config/terraform', 'state-msk-modules.json')
const doc = JSON.parse(new TextDecoder().decode(STATE.bytes))
const resource = (type: string) => doc.values.root_module.resources.find((r: { type: string }) => r.type === type)

/** The secrets of the fixture, read from it, and a line from the middle of each PEM to catch partial copies. */
const SECRETS: string[] = (() => {
  const tls = resource('tls_private_key').values
  const whole = [
    tls.private_key_pem,
    tls.private_key_pem_pkcs8,
    tls.private_key_openssh,
    resource('aws_db_instance').values.password,
    doc.values.outputs.metadata_db_password.value,
  ]
  return [...whole, ...whole.flatMap((s: string) => (s.includes('\n') ? [s.split('\n')[2]] : []))]
})()

/** Every text, JSON, text-array and bytea column of every table in the schema. */
async function columns() {
  return db.$queryRaw<{ table_name: string; column_name: string; data_type: string }[]>`
    SELECT table_name::text, column_name::text, data_type::text FROM information_schema.columns
    WHERE table_schema = 'public' AND data_type IN ('text', 'jsonb', 'json', 'bytea', 'ARRAY', 'character varying')`
}

/** The columns holding any of `secrets` (one query per column, all secrets at once). */
async function tablesHolding(...secrets: string[]): Promise<string[]> {
  const found: string[] = []
  for (const c of await columns()) {
    const col = `"${c.column_name}"`
    const hit =
      c.data_type === 'bytea'
        ? `position(convert_to(s, 'UTF8') in ${col}) > 0`
        : `${c.data_type === 'ARRAY' ? `array_to_string(${col}, ' ')` : `${col}::text`} LIKE '%' || s || '%'`
    const rows = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${c.table_name}" WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) AS s WHERE ${hit})`,
      secrets,
    )
    if (Number(rows[0].n) > 0) found.push(`${c.table_name}.${c.column_name}`)
  }
  return found
}

const logged: unknown[] = []
beforeEach(() => {
  for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const)
    vi.spyOn(console, m).mockImplementation((...a: unknown[]) => void logged.push(a))
  for (const stream of [process.stdout, process.stderr])
    vi.spyOn(stream, 'write').mockImplementation((chunk: unknown) => (logged.push(chunk), true))
})
afterEach(() => vi.restoreAllMocks())

describe('importing a Terraform state that holds secrets', () => {
  it('stores no trace of them in any table, in the evidence bytes or in the log', async () => {
    expect(SECRETS.length).toBeGreaterThan(5)
    const { actors } = await makeOrganization({ owner: ['PLATFORM_OWNER'] })
    const reviewId = await makeReview(actors.owner)
    const preview = await previewConfigImport(actors.owner, reviewId, [STATE])
    expect(preview.files[0].redactedPaths).toHaveLength(5)
    expect(preview.dropped.map((d) => d.path)).toContain('$.values.root_module.resources[5].values.private_key_pem')
    expect(JSON.stringify(preview)).not.toContain('PRIVATE KEY-----')
    await applyConfigImport(actors.owner, reviewId, [STATE], preview.fingerprint)

    expect(await tablesHolding(...SECRETS)).toEqual([])
    const evidence = await db.evidence.findFirstOrThrow({ where: { reviewId } })
    const file = await openEvidenceFile(actors.owner, evidence.id)
    const chunks: Uint8Array[] = []
    for await (const c of file.stream as unknown as AsyncIterable<Uint8Array>) chunks.push(c)
    const stored = Buffer.concat(chunks)
    const text = stored.toString('utf8')
    for (const s of SECRETS) expect(text).not.toContain(JSON.stringify(s).slice(1, -1))
    expect(text.split(JSON.stringify(REDACTED)).length - 1).toBe(5)
    expect(evidence.sha256).toBe(createHash('sha256').update(stored).digest('hex'))
    expect(evidence.originalSha256).toBe(createHash('sha256').update(STATE.bytes).digest('hex'))
    expect(evidence.note).toContain('5 sensitive value(s) were replaced before storing')
    expect(logged).toEqual([])
  })

  it('proves the probe: the same scan finds a secret that is stored', async () => {
    const { actors } = await makeOrganization({ owner: ['PLATFORM_OWNER'] })
    const reviewId = await makeReview(actors.owner)
    await db.storageLocation.create({
      data: { organizationId: actors.owner.organizationId, reviewId, kind: 'OTHER', name: 'probe', notes: SECRETS[3] },
    })
    expect(await tablesHolding(SECRETS[3])).toEqual(['storage_locations.notes'])
  })
})

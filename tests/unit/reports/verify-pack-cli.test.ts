import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildEvidencePack } from '@/lib/reports/evidence-pack'
import { makeSampleReport } from '@/tests/fixtures/report-sample'
import {
  chainLinks,
  checkpointsJsonl,
  collect,
  flipStoredByte,
  randomFile,
  sha256,
  testAudit,
  testSigner,
} from './pack-helpers'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-cli-'))
const signer = testSigner('keyproof-2026')
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/verify-pack.ts', ...args], {
    cwd: path.resolve(import.meta.dirname, '../../..'),
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: dir },
  })

beforeAll(async () => {
  const report = makeSampleReport()
  const zip = await collect(
    buildEvidencePack({
      report,
      reportPdf: Buffer.from('%PDF'),
      files: [randomFile('ev1', 'a.pdf', 1_500_000), randomFile('ev2', 'b.pdf', 10)],
      signer,
      audit: testAudit(report),
    }).stream,
  )
  fs.writeFileSync(path.join(dir, 'good.zip'), zip)
  fs.writeFileSync(path.join(dir, 'bad.zip'), await flipStoredByte(zip, 'evidence/ev2-b.pdf', 0))
  fs.writeFileSync(path.join(dir, 'key.pem'), signer.publicKeyPem)
  const later = chainLinks({ seq: 4190, hash: sha256(Buffer.from('later')) })
  fs.writeFileSync(path.join(dir, 'mine.jsonl'), checkpointsJsonl(later, [4190]))
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

// Each case starts tsx in a child process: slow on a loaded machine.
describe('scripts/verify-pack.ts', { timeout: 60_000 }, () => {
  it('prints OK with the file count, megabytes and key id, and exits 0 for an intact pack (paths relative to where it was typed)', () => {
    const r = run('good.zip', '--key', 'keyproof-2026', '--public-key', 'key.pem')
    expect(r.stdout.split('\n')[0]).toBe('OK: 6 files, 1.9 MB verified; manifest signed by key keyproof-2026')
    expect(r.stdout).toContain('audit chain head seq 4182 holds all 2 checkpoints in the pack')
    expect(r.status).toBe(0)
  })

  it('names the altered file and exits 1', () => {
    const r = run('bad.zip')
    expect(r.stdout).toMatch(/^HASH_MISMATCH evidence\/ev2-b\.pdf: SHA-256 /m)
    expect(r.stdout).toContain('FAILED: 1 problem in bad.zip')
    expect(r.status).toBe(1)
  })

  it('checks the chain head against --checkpoints <file>, naming the truncation, and exits 1', () => {
    const r = run('good.zip', '--checkpoints', 'mine.jsonl')
    expect(r.stdout).toContain(
      'TRUNCATED --checkpoints: chain head seq 4182 is behind checkpoint seq 4190: events 4183–4190 were deleted',
    )
    expect(r.status).toBe(1)
    expect(run('good.zip', '--checkpoints', 'none.jsonl').stderr).toMatch(/^cannot read the checkpoints: /)
  })

  it('exits 1 naming KEY_MISMATCH when another key id is expected, and 2 without a file', () => {
    expect(run('good.zip', '--key', 'other').stdout).toContain(
      'KEY_MISMATCH manifest.json: signed by key keyproof-2026, expected other',
    )
    expect(run().status).toBe(2)
  })
})

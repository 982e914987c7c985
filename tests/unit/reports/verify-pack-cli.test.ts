import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildEvidencePack } from '@/lib/reports/evidence-pack'
import { makeSampleReport } from '@/tests/fixtures/report-sample'
import { collect, flipStoredByte, randomFile, testSigner } from './pack-helpers'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-cli-'))
const signer = testSigner('keyproof-2026')
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/verify-pack.ts', ...args], {
    cwd: path.resolve(import.meta.dirname, '../../..'),
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: dir },
  })

beforeAll(async () => {
  const zip = await collect(
    buildEvidencePack({
      report: makeSampleReport(),
      reportPdf: Buffer.from('%PDF'),
      files: [randomFile('ev1', 'a.pdf', 1_500_000), randomFile('ev2', 'b.pdf', 10)],
      signer,
    }).stream,
  )
  fs.writeFileSync(path.join(dir, 'good.zip'), zip)
  fs.writeFileSync(path.join(dir, 'bad.zip'), await flipStoredByte(zip, 'evidence/ev2-b.pdf', 0))
  fs.writeFileSync(path.join(dir, 'key.pem'), signer.publicKeyPem)
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('scripts/verify-pack.ts', () => {
  it('prints OK with the file count, megabytes and key id, and exits 0 for an intact pack (paths relative to where it was typed)', () => {
    const r = run('good.zip', '--key', 'keyproof-2026', '--public-key', 'key.pem')
    expect(r.stdout.split('\n')[0]).toBe('OK: 4 files, 1.5 MB verified; manifest signed by key keyproof-2026')
    expect(r.status).toBe(0)
  })

  it('names the altered file and exits 1', () => {
    const r = run('bad.zip')
    expect(r.stdout).toMatch(/^HASH_MISMATCH evidence\/ev2-b\.pdf: SHA-256 /m)
    expect(r.stdout).toContain('FAILED: 1 problem in bad.zip')
    expect(r.status).toBe(1)
  })

  it('exits 1 naming KEY_MISMATCH when another key id is expected, and 2 without a file', () => {
    expect(run('good.zip', '--key', 'other').stdout).toContain(
      'KEY_MISMATCH manifest.json: signed by key keyproof-2026, expected other',
    )
    expect(run().status).toBe(2)
  })
})

// The README's stock-OpenSSL recipe, run line for line on an unzipped pack: it must verify an intact pack and
// catch an altered file and an altered checkpoint. Skipped only where openssl or jq is not installed.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildEvidencePack } from '@/lib/reports/evidence-pack'
import { OPENSSL_RECIPE, packReadme } from '@/lib/reports/pack-readme'
import { makeSampleReport } from '@/tests/fixtures/report-sample'
import { collect, randomFile, readZip, testAudit, testSigner } from './pack-helpers'

const has = (tool: string) => spawnSync('which', [tool]).status === 0
const recipe = OPENSSL_RECIPE.filter((line) => !line.startsWith('#')).join('\n')

async function unzippedPack(): Promise<string> {
  const report = makeSampleReport()
  const files = [randomFile('ev1', 'kms policy.json', 5000), randomFile('ev2', 'drill.pdf', 70_000)]
  const pack = buildEvidencePack({
    report,
    reportPdf: Buffer.from('%PDF-1.7 report'),
    files,
    signer: testSigner('pack-key'),
    audit: testAudit(report),
  })
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-openssl-'))
  for (const { name, bytes } of await readZip(await collect(pack.stream))) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), bytes)
  }
  return dir
}
const bash = (dir: string, script = recipe) =>
  spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script], { cwd: dir, encoding: 'utf8' })

describe.skipIf(!has('openssl') || !has('jq'))('the stock OpenSSL recipe in the pack README', () => {
  it('is printed in the pack’s README.txt and in the project README exactly as tested', () => {
    const projectReadme = fs.readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8')
    for (const line of OPENSSL_RECIPE.filter((l) => !l.startsWith('#'))) {
      expect(packReadme('k', 'c')).toContain(`  ${line}\n`)
      expect(projectReadme).toContain(`\n${line}\n`)
    }
  })

  it('verifies the manifest and a checkpoint ("Signature Verified Successfully"), every file hash, and the chain hash', async () => {
    const dir = await unzippedPack()
    const r = bash(dir)
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const lines = r.stdout.trim().split('\n')
    expect(lines.filter((l) => l === 'Signature Verified Successfully')).toHaveLength(2)
    const [checkpointHash, chainHash] = lines.slice(-2)
    expect(checkpointHash).toMatch(/^[0-9a-f]{64}$/)
    expect(chainHash).toBe(checkpointHash)
    expect(fs.readFileSync(path.join(dir, 'expected.txt'), 'utf8').split('\n')).toHaveLength(2 + 4 + 1)
    fs.rmSync(dir, { recursive: true })
  })

  it('fails at the diff when a file is altered, and at the signature when a checkpoint is', async () => {
    const dir = await unzippedPack()
    fs.appendFileSync(path.join(dir, 'evidence/ev1-kms policy.json'), 'x')
    const altered = bash(dir)
    expect(altered.status).not.toBe(0)
    expect(altered.stdout).toMatch(/^< [0-9a-f]{64} \*evidence\/ev1-kms policy\.json$/m)
    fs.rmSync(dir, { recursive: true })

    const dir2 = await unzippedPack()
    const file = path.join(dir2, 'checkpoints.jsonl')
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"seq":1000', '"seq":1001'))
    const steps = recipe.split('\n')
    const forged = bash(dir2, steps.slice(steps.findIndex((l) => l.includes('checkpoint-key.pem'))).join('\n'))
    expect(forged.status).not.toBe(0)
    expect(forged.stdout).toContain('Signature Verification Failure')
    fs.rmSync(dir2, { recursive: true })
  })
})

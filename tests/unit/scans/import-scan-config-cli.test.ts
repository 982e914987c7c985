import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../../..')
const PROWLER = 'tests/fixtures/scanners/prowler/prowler-output-111122223333-20250901120000.ocsf.json'
const CLUSTER = 'tests/fixtures/scans/kafka-describe-cluster.orders-prod.json'
const KEY = 'tests/fixtures/scans/kms-describe-key.aws-kafka.json'
const ORDERS_ARN = 'arn:aws:kafka:eu-west-1:111122223333:cluster/orders-prod/2f1d7e3a-8c4b-4e8a-9d7c-1a2b3c4d5e6f-3'

const run = (...args: string[]) =>
  spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', '--tsconfig', 'tsconfig.scripts.json', 'scripts/import-scan.ts', ...args],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, INIT_CWD: ROOT } },
  )

describe('npm run import-scan with --config', () => {
  it('re-grades the Prowler MSK pass as REGRADED_PROVIDER_KEY from describe-cluster and describe-key', () => {
    const r = run(PROWLER, '--config', CLUSTER, '--config', KEY, '--json')
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const rows = JSON.parse(r.stdout) as Record<string, string>[]
    expect(rows.find((row) => row.resourceRef === ORDERS_ARN && row.checkId.includes('at_rest'))).toMatchObject({
      scanner: 'prowler',
      checkId: 'kafka_cluster_encryption_at_rest_uses_cmk',
      status: 'PASS',
      regrade: 'REGRADED_PROVIDER_KEY',
      reason: 'PASS — encrypted, but under a provider-managed key: not customer-owned',
    })
  })

  it('leaves the same pass CANNOT_REGRADE without the configuration (the config is what re-grades it)', () => {
    const rows = JSON.parse(run(PROWLER, '--json').stdout) as Record<string, string>[]
    const orders = rows.find((row) => row.resourceRef === ORDERS_ARN && row.checkId.includes('at_rest'))
    expect(orders?.regrade).toBe('CANNOT_REGRADE')
  })

  it('exits 2 naming a malformed configuration file, printing nothing on stdout', () => {
    const r = run(PROWLER, '--config', 'tests/fixtures/scans/README.md', '--json')
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('tests/fixtures/scans/README.md')
  })

  it('exits 2 naming a malformed scan file even when the configuration is good', () => {
    const r = run('tests/fixtures/scans/README.md', '--config', CLUSTER, '--json')
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^tests\/fixtures\/scans\/README\.md: .*expected Prowler json-ocsf/)
  })
})

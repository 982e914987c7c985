import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES, PROWLER_OCSF } from './fixtures'

const run = (...args: string[]) =>
  spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', '--tsconfig', 'tsconfig.scripts.json', 'scripts/import-scan.ts', ...args],
    {
      cwd: path.resolve(import.meta.dirname, '../../..'),
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: FIXTURES },
    },
  )

describe('scripts/import-scan.ts', () => {
  it('prints a JSON array of findings with --json, paths relative to where it was typed, and exits 0', () => {
    const r = run(`prowler/${PROWLER_OCSF}`, 'trivy/trivy-config.json', '--json')
    expect(r.status).toBe(0)
    const rows = JSON.parse(r.stdout) as Record<string, string>[]
    expect(rows).toHaveLength(13)
    expect(Object.keys(rows[0])).toEqual([
      'scanner',
      'checkId',
      'resourceRef',
      'status',
      'regrade',
      'reason',
      'file',
      'path',
    ])
    expect(rows[12]).toMatchObject({
      scanner: 'trivy',
      checkId: 'AVD-AWS-0088',
      status: 'PASS',
      regrade: 'CANNOT_REGRADE',
    })
  })

  it('prints the table with the per-scanner counts without --json', () => {
    const r = run('checkov/results_json.json')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain(
      'checkov: 1 pass accepted, 0 re-graded, 2 cannot be re-graded, 1 fail, 1 other; 3 unmatched',
    )
  })

  it('exits 2 naming a malformed file and the formats expected', () => {
    const r = run(`prowler/${PROWLER_OCSF}`, 'prowler/README.md')
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^prowler\/README\.md: not valid JSON or JSON Lines \(.+\); expected Prowler json-ocsf/)
  })

  it('exits 2 for a missing file and without arguments', () => {
    const missing = run('nope.json')
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain(`cannot read ${path.join(FIXTURES, 'nope.json')}`)
    const bare = run()
    expect(bare.status).toBe(2)
    expect(bare.stderr).toContain('usage: import-scan <scan file>...')
  })
})

import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { mergedResultSchema } from '@/lib/config-import/result'
import { CMK, CMK_ARN, FIXTURES } from './fixtures'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-config-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** Runs the command as `npm run import-config -- …` typed in the folder `typedIn` would. */
const runIn = (typedIn: string, ...args: string[]) =>
  spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', '--tsconfig', 'tsconfig.scripts.json', 'scripts/import-config.ts', ...args],
    {
      cwd: path.resolve(import.meta.dirname, '../../..'),
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: typedIn },
    },
  )
const run = (...args: string[]) => runIn(FIXTURES, ...args)

const JOIN = [
  'kafka-describe-cluster-v2.provisioned.json',
  'kms-describe-key.cmk.json',
  'kms-get-key-rotation-status.json',
  `kms-get-key-policy@${CMK}.json`,
]

describe('scripts/import-config.ts', () => {
  it('prints exactly a MergedResult with --json (paths relative to where it was typed) and exits 0', () => {
    const r = run(...JOIN, '--json')
    expect(r.status).toBe(0)
    const merged = mergedResultSchema.parse(JSON.parse(r.stdout))
    expect(merged.files.map((f) => f.file)).toEqual(JOIN)
    expect(merged.locations[0].encryption).toMatchObject({ model: 'CUSTOMER_MANAGED', keyRef: CMK_ARN })
  })

  it('prints a readable summary without --json: locations, keys and who can use them', () => {
    const r = run(...JOIN)
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^Locations \(2\)$/m)
    expect(r.stdout).toMatch(
      /^Broker data volumes \(orders\) +BLOCK_VOLUME +ENCRYPTED +CUSTOMER_MANAGED +arn:aws:kms:/m,
    )
    expect(r.stdout).toMatch(new RegExp(`^${CMK_ARN} +CUSTOMER +PROVIDER_GENERATED +Enabled +every 365 days`, 'm'))
    expect(r.stdout).toMatch(/arn:aws:iam::444455556666:role\/VendorSupportAccess +.*other account/)
  })

  it('exits 2 naming an unknown file and the commands it understands, printing no result', () => {
    fs.writeFileSync(path.join(dir, 'buckets.json'), '{"Buckets": []}')
    const r = runIn(dir, 'buckets.json', path.join(FIXTURES, JOIN[0]))
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(
      'error: buckets.json: not the output of a command Keyproof understands; expected one of: aws kafka describe-cluster-v2,',
    )
    expect(r.stdout).toBe('')
  })

  it('exits 2 naming a file that is not JSON, and one that does not exist', () => {
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'cluster is encrypted, trust me')
    const r = runIn(dir, 'notes.txt', 'missing.json')
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/^error: notes\.txt: not JSON \(.*\); expected the JSON output of one of: /m)
    expect(r.stderr).toMatch(/^error: missing\.json: cannot read \(ENOENT\)$/m)
  })

  it('exits 2 with the usage when no file is given', () => {
    const r = run()
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('usage: import-config <file>... [--json]')
  })
})

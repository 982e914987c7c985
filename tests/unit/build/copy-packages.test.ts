// scripts/copy-packages.mjs carries the Prisma CLI into the image: the package, its dependencies as npm nested
// them, installed optional ones, and nothing else.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

const script = path.resolve(import.meta.dirname, '../../../scripts/copy-packages.mjs')
let project: string

function pkg(dir: string, name: string, deps: Record<string, string> = {}, optional: Record<string, string> = {}) {
  const full = path.join(project, dir)
  fs.mkdirSync(full, { recursive: true })
  fs.writeFileSync(
    path.join(full, 'package.json'),
    JSON.stringify({ name, dependencies: deps, optionalDependencies: optional }),
  )
  fs.writeFileSync(path.join(full, 'index.js'), `module.exports = '${dir}'`)
}
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: project, encoding: 'utf8' })
const has = (rel: string) => fs.existsSync(path.join(project, 'out', rel, 'index.js'))

beforeEach(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'copy-packages-'))
})
afterEach(() => fs.rmSync(project, { recursive: true, force: true }))

describe('copy-packages', () => {
  it('copies a package with its hoisted, nested, scoped and installed optional dependencies, and no others', () => {
    pkg('node_modules/cli', 'cli', { lib: '1', '@scope/util': '1' }, { 'cli-linux': '1', 'cli-darwin': '1' })
    pkg('node_modules/cli/node_modules/lib', 'lib', { shared: '2' })
    pkg('node_modules/cli/node_modules/shared', 'shared')
    pkg('node_modules/@scope/util', '@scope/util', { shared: '1' })
    pkg('node_modules/shared', 'shared')
    pkg('node_modules/cli-linux', 'cli-linux')
    pkg('node_modules/lib', 'lib')
    pkg('node_modules/unrelated', 'unrelated')

    const r = run('out', 'cli')
    expect(r.status).toBe(0)
    for (const rel of [
      'node_modules/cli',
      'node_modules/cli/node_modules/lib',
      'node_modules/cli/node_modules/shared',
      'node_modules/@scope/util',
      'node_modules/shared',
      'node_modules/cli-linux',
    ])
      expect(has(rel), rel).toBe(true)
    expect(has('node_modules/unrelated')).toBe(false)
    expect(has('node_modules/lib')).toBe(false)
    expect(r.stdout).toContain('6 packages')
  })

  it('fails, naming it, when a required dependency is not installed', () => {
    pkg('node_modules/cli', 'cli', { missing: '1' })
    const r = run('out', 'cli')
    expect(r.status).not.toBe(0)
    expect(r.stderr).toMatch(/missing \(needed from node_modules\/cli\) is not installed/)
  })
})

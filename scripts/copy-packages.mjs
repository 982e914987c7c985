#!/usr/bin/env node
// Copies installed packages and everything they depend on (as npm laid them out from the lock file) into
// another node_modules. The container image uses it for the Prisma CLI that runs `migrate deploy`, which
// Next's standalone output does not carry.
//   node scripts/copy-packages.mjs <dest-dir> <package...>    (dest-dir gets node_modules/…)
import fs from 'node:fs'
import path from 'node:path'

const [dest, ...roots] = process.argv.slice(2)
if (!dest || roots.length === 0) {
  console.error('usage: node scripts/copy-packages.mjs <dest-dir> <package...>')
  process.exit(2)
}
const root = process.cwd()

// Node's lookup: <from>/node_modules/<name>, then each parent's, up to the project root.
function locate(name, from) {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name)
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate
    if (dir === root || dir === path.dirname(dir)) return null
  }
}

const copied = new Set()
function copy(name, from, isOptional) {
  const dir = locate(name, from)
  if (!dir) {
    if (isOptional) return
    throw new Error(`${name} (needed from ${path.relative(root, from) || '.'}) is not installed`)
  }
  if (copied.has(dir)) return
  copied.add(dir)
  fs.cpSync(dir, path.join(dest, path.relative(root, dir)), { recursive: true, verbatimSymlinks: true })
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
  for (const dep of Object.keys(pkg.dependencies ?? {})) copy(dep, dir, false)
  // Platform-specific builds: only the one installed for this machine exists.
  for (const dep of Object.keys(pkg.optionalDependencies ?? {})) copy(dep, dir, true)
}

for (const name of roots) copy(name, root, false)
console.log(`[copy-packages] ${copied.size} packages into ${path.join(dest, 'node_modules')}`)

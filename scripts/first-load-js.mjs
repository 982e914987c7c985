#!/usr/bin/env node
// First-load JS per app route after `next build` (Turbopack's build output no longer prints it): the
// root main files plus every chunk the route's client reference manifest lists for its layouts, page
// and boundaries, each counted once, gzipped. Usage: node scripts/first-load-js.mjs [route filter] [--budget=kB]
// With a budget it exits 1 naming every route over it (the test command runs it after its build: 200 kB).
import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const next = '.next'
const args = process.argv.slice(2)
const filter = args.find((a) => !a.startsWith('--')) ?? ''
const budget = Number(args.find((a) => a.startsWith('--budget='))?.slice('--budget='.length) ?? Infinity)
const build = JSON.parse(fs.readFileSync(path.join(next, 'build-manifest.json'), 'utf8'))
const gz = new Map()
const size = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(fs.readFileSync(path.join(next, file))).length)
  return gz.get(file)
}
const manifests = []
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(full)
    else if (entry.name === 'page_client-reference-manifest.js') manifests.push(full)
  }
}
walk(path.join(next, 'server', 'app'))
const rows = manifests.flatMap((file) => {
  globalThis.__RSC_MANIFEST = {}
  new Function(fs.readFileSync(file, 'utf8'))()
  const [[route, manifest]] = Object.entries(globalThis.__RSC_MANIFEST)
  const shown = route.replace(/\/page$/, '').replace(/\/\([^)]+\)/g, '') || '/'
  if (!shown.includes(filter)) return []
  const files = new Set([...build.rootMainFiles, ...Object.values(manifest.entryJSFiles ?? {}).flat()])
  const bytes = [...files].reduce((n, f) => n + size(f), 0)
  return [{ route: shown, kb: bytes / 1024, files: files.size }]
})
rows.sort((a, b) => a.route.localeCompare(b.route))
for (const r of rows) console.log(`${r.route.padEnd(44)} ${r.kb.toFixed(1).padStart(7)} kB gzip  (${r.files} files)`)
const over = rows.filter((r) => r.kb > budget)
if (over.length) {
  console.error(
    `First-load JS over the ${budget} kB budget: ${over.map((r) => `${r.route} ${r.kb.toFixed(1)} kB`).join(', ')}`,
  )
  process.exit(1)
}

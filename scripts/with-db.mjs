#!/usr/bin/env node
// Runs a command against PostgreSQL: DATABASE_URL if set, else the embedded server under .data/pg.
// Migrates first (prisma migrate deploy, then the job queue's own schema, both as DATABASE_OWNER_URL when set),
// grants the app role its privileges, seeds an empty database, forwards signals, stops the server on exit. The
// embedded server's app runs as keyproof_app and migrates as keyproof_owner (scripts/db-roles.mjs).
// --with-worker also runs the background worker (scripts/worker.ts, as the app role) as a child process beside
// the command, restarting it if it dies; KEYPROOF_WORKER=off leaves it out.
//   node scripts/with-db.mjs [--no-seed] [--with-worker] -- <command...>
import { spawn, spawnSync } from 'node:child_process'
import { startEmbeddedPostgres } from './embedded-pg.mjs'
import { applyGrants, warnIfPrivileged } from './db-roles.mjs'

const args = process.argv.slice(2)
const sep = args.indexOf('--')
const flags = sep === -1 ? [] : args.slice(0, sep)
const command = sep === -1 ? args : args.slice(sep + 1)

process.env.NEXT_TELEMETRY_DISABLED ??= '1'
// glibc raises its mmap threshold after large frees, after which 1 MiB evidence buffers come from the
// heap and freed memory is not returned: RSS grew ~180 MB per 1 GB download. A fixed threshold keeps
// large buffers mmapped and RSS flat (bench/evidence-route.ts). Read by glibc when the child starts.
process.env.MALLOC_MMAP_THRESHOLD_ ??= '131072'
// Streaming evidence allocates ~1.4 MB of short-lived strings per MiB (pg returns bytea as text); with
// V8's default 16 MB semi-space they were promoted and the heap swung by 100-150 MB per 1 GB streamed.
// A 64 MB young generation lets them die young: server RSS growth 12-51 MB (bench/evidence-route.ts).
if (!/max-semi-space-size/.test(process.env.NODE_OPTIONS ?? ''))
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --max-semi-space-size=64`.trim()
process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT || 3000}`
let stop = async () => {}
if (!process.env.DATABASE_URL) {
  const port = Number(process.env.KEYPROOF_PG_PORT || 54329)
  const db = await startEmbeddedPostgres({ dataDir: process.env.KEYPROOF_PG_DIR || '.data/pg', port })
  process.env.DATABASE_URL = db.appUrl
  process.env.DATABASE_OWNER_URL = db.ownerUrl
  stop = db.stop
  console.error(`[keyproof] embedded PostgreSQL 17 on port ${port} (data in .data/pg)`)
}

function run(cmd, cmdArgs) {
  // Their output goes to stderr, so a command's stdout (e.g. a migration diff) stays its own.
  const r = spawnSync(cmd, cmdArgs, { stdio: ['inherit', 2, 'inherit'], env: process.env })
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed with exit code ${r.status}`)
}

let stopping = false
let worker = null
async function shutdown(code) {
  if (stopping) return
  stopping = true
  if (worker && worker.exitCode === null && worker.signalCode === null) {
    const exited = new Promise((resolve) => worker.once('exit', resolve))
    worker.kill('SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))])
  }
  await stop().catch(() => {})
  process.exit(code)
}

const TSX = ['node_modules/tsx/dist/cli.mjs', '--tsconfig', 'tsconfig.scripts.json']
function startWorker() {
  worker = spawn(process.execPath, [...TSX, 'scripts/worker.ts'], { stdio: 'inherit', env: process.env })
  worker.on('exit', (code, signal) => {
    if (stopping) return
    console.error(`[keyproof] worker exited (${signal ?? code}); restarting in 5 s`)
    setTimeout(() => stopping || startWorker(), 5_000)
  })
}

try {
  run(process.execPath, ['node_modules/prisma/build/index.js', 'migrate', 'deploy'])
  const ownerUrl = process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL
  run(process.execPath, ['node_modules/graphile-worker/dist/cli.js', '--schema-only', '-c', ownerUrl])
  if (process.env.DATABASE_OWNER_URL) await applyGrants(process.env.DATABASE_OWNER_URL, process.env.DATABASE_URL)
  await warnIfPrivileged(process.env.DATABASE_URL)
  if (!flags.includes('--no-seed')) run(process.execPath, [...TSX, 'prisma/seed.ts', '--if-empty'])
} catch (e) {
  console.error(`[keyproof] ${e.message}`)
  await shutdown(1)
}

if (command.length === 0) await shutdown(0)
if (flags.includes('--with-worker') && process.env.KEYPROOF_WORKER !== 'off') startWorker()
const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env: process.env })
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig))
child.on('exit', (code, signal) => shutdown(code ?? (signal ? 1 : 0)))

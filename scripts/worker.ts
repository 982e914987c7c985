// The background worker: reminders, staleness sweeps, digests, email, webhooks, audit checkpoints.
//   npm run worker            (production: run one or more beside the app; they share the queue)
// `npm run dev` and `npm start` start one as a child process of scripts/with-db.mjs. Stops gracefully on
// SIGTERM/SIGINT: jobs in flight finish (or are released for another worker), nothing is lost.
import http from 'node:http'
import { createPrismaClient, setDb } from '@/lib/db'
import { ResilientPool } from '@/lib/jobs/resilient-pool'
import { startWorker } from '@/lib/jobs/runner'

const connectionString = process.env.DATABASE_URL
if (!connectionString) {
  console.error('[worker] DATABASE_URL is not set (npm run dev and npm start set it for the embedded database).')
  process.exit(1)
}
// The DAL's client waits out a database restart too, so a job's own writes survive it.
setDb(createPrismaClient(connectionString, (config) => new ResilientPool(config)))

const runner = await startWorker({
  connectionString,
  concurrency: Number(process.env.WORKER_CONCURRENCY || 4),
  allowLoopbackWebhooks: process.env.WEBHOOK_ALLOW_LOOPBACK_HTTP === '1',
  quiet: process.env.WORKER_LOG !== 'verbose',
})
console.error(`[worker] running (concurrency ${process.env.WORKER_CONCURRENCY || 4})`)

// Optional liveness probe for orchestrators (and the end-to-end tests): 200 while the runner runs.
let stopping = false
const healthPort = Number(process.env.WORKER_HEALTH_PORT || 0)
const health = healthPort
  ? http
      .createServer((_req, res) => {
        res.writeHead(stopping ? 503 : 200, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ ok: !stopping }))
      })
      .listen(healthPort, '127.0.0.1')
  : null

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    health?.close()
    runner.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  })
await runner.promise

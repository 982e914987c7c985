// Team-work figures on a fresh embedded PostgreSQL: the reminder sweep over 1,000 due requests (first run and
// a repeat), job throughput (trivial jobs on one and two workers; real emails to a local SMTP server), and
// evidence upload through the REST API over HTTP against sha256sum of the same file.
//   npx tsx --tsconfig tsconfig.scripts.json bench/teamwork.ts [--size-mb 256] [--build]
import fs from 'node:fs'
import { randomFillSync } from 'node:crypto'
import { db } from '@/lib/db'
import { createReview } from '@/lib/dal/reviews'
import { createApiToken } from '@/lib/dal/api-tokens'
import { enqueueJobs } from '@/lib/dal/job-queue'
import { sweepReminders } from '@/lib/dal/system/sweeps'
import { migrateJobQueue, startWorker } from '@/lib/jobs/runner'
import type { Actor } from '@/lib/dal/actor'
import { ensureBuild, startBenchDatabase, startServer } from './support'
import { MiB, mbps, timeSha256sum } from './evidence-support'
import { startSmtpServer } from '../tests/support/smtp'
import { pendingJobs } from '../tests/support/jobs'

const sizeMb = Number(process.argv[process.argv.indexOf('--size-mb') + 1]) || 256
const pg = await startBenchDatabase('teamwork', 54398)
await migrateJobQueue(pg.url)
const ms = (t: number) => Math.round(performance.now() - t)

async function actor(email: string): Promise<Actor> {
  const m = await db.membership.findFirstOrThrow({
    where: { user: { email } },
    include: { user: true, organization: true },
  })
  return {
    userId: m.userId,
    email,
    name: m.user.name,
    organizationId: m.organizationId,
    organizationName: m.organization.name,
    roles: m.roles,
  }
}
async function drained(timeoutMs = 600_000) {
  const deadline = Date.now() + timeoutMs
  while ((await pendingJobs(pg.url)).length) {
    if (Date.now() > deadline) throw new Error('queue did not drain')
    await new Promise((r) => setTimeout(r, 50))
  }
}
const clear = () => db.$executeRawUnsafe('DELETE FROM graphile_worker._private_jobs')

const owner = await actor('owner@acme.test')
const reviewer = await actor('reviewer@acme.test')
for (let i = 0; i < 25; i++)
  await createReview(reviewer, {
    title: `Bench review ${i}`,
    platform: 'Bench Kafka',
    deploymentModel: 'SELF_MANAGED',
    keyRequirement: 'CMK',
    dataClassification: 'CONFIDENTIAL',
  })
const tomorrow = new Date(Date.now() + 86_400_000)
const ids = (
  await db.evidenceRequest.findMany({
    where: { organizationId: owner.organizationId, review: { title: { startsWith: 'Bench review' } } },
    select: { id: true },
    take: 1000,
  })
).map((r) => r.id)
await db.evidenceRequest.updateMany({
  where: { id: { in: ids } },
  data: { dueDate: tomorrow, assigneeId: owner.userId },
})
await clear()

let t = performance.now()
const first = await sweepReminders(new Date())
const firstMs = ms(t)
t = performance.now()
const again = await sweepReminders(new Date())
const againMs = ms(t)
console.log(
  `reminder sweep, ${ids.length} requests due tomorrow: first run ${firstMs} ms (${first.notifications} notices, ` +
    `${first.notifications} email jobs enqueued); repeat ${againMs} ms (${again.notifications} new)`,
)

const smtp = await startSmtpServer()
process.env.SMTP_URL = smtp.url
const emails = (await pendingJobs(pg.url)).filter((j) => j.task === 'send_email').length
const worker = await startWorker({
  connectionString: pg.url,
  concurrency: 4,
  withCron: false,
  pollInterval: 200,
  quiet: true,
})
t = performance.now()
await drained()
const emailMs = ms(t)
await worker.stop()
console.log(
  `send_email jobs, 1 worker × 4: ${emails} emails in ${emailMs} ms = ${((emails / emailMs) * 1000).toFixed(0)} jobs/s ` +
    `(${smtp.messages.length} received)`,
)

for (const workers of [1, 2]) {
  const n = 2000
  await enqueueJobs(
    db,
    Array.from({ length: n }, (_, i) => ({ task: 'publish' as const, payload: { auditEventId: `none-${i}` } })),
  )
  const runners = []
  t = performance.now()
  for (let i = 0; i < workers; i++)
    runners.push(await startWorker({ connectionString: pg.url, concurrency: 4, withCron: false, quiet: true }))
  await drained()
  const took = ms(t)
  await Promise.all(runners.map((r) => r.stop()))
  console.log(
    `trivial jobs (one query each), ${workers} worker(s) × 4: ${n} in ${took} ms = ${((n / took) * 1000).toFixed(0)} jobs/s`,
  )
}
await smtp.close()

// Upload through the REST API of a production server.
ensureBuild()
const server = await startServer(3141, { DATABASE_URL: pg.url, EVIDENCE_MAX_BYTES: String(2 * 1024 * MiB) })
const file = `.data/bench-teamwork/evidence-${sizeMb}mb.pdf`
if (!fs.existsSync(file) || fs.statSync(file).size !== sizeMb * MiB) {
  fs.mkdirSync('.data/bench-teamwork', { recursive: true })
  const chunk = Buffer.alloc(MiB)
  const fd = fs.openSync(file, 'w')
  for (let i = 0; i < sizeMb; i++) {
    randomFillSync(chunk)
    if (i === 0) chunk.write('%PDF-1.7\n')
    fs.writeSync(fd, chunk)
  }
  fs.closeSync(fd)
}
const floor = await timeSha256sum(file)
const reviewId = (await db.review.findFirstOrThrow({ where: { title: 'Bench review 0' } })).id
const request = await db.evidenceRequest.findFirstOrThrow({ where: { reviewId, code: 'KA-02' } })
const { token } = await createApiToken(owner, { name: 'bench', roles: ['PLATFORM_OWNER'], expiresInDays: 1 })
const query = new URLSearchParams({ fileName: 'bench.pdf', title: 'Bench upload', effectiveDate: '2026-12-01' })
const runs: number[] = []
for (let i = 0; i < 3; i++) {
  t = performance.now()
  const res = await fetch(`${server.base}/api/v1/reviews/${reviewId}/requests/${request.id}/evidence?${query}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/octet-stream',
      'content-length': String(sizeMb * MiB),
    },
    body: fs.createReadStream(file, { highWaterMark: MiB }) as unknown as BodyInit,
    duplex: 'half',
  } as RequestInit)
  if (res.status !== 201) throw new Error(`upload answered ${res.status}: ${await res.text()}`)
  runs.push(ms(t))
}
const best = Math.min(...runs)
console.log(
  `API upload of ${sizeMb} MiB (PostgreSQL store): best of 3 ${best} ms = ${mbps(sizeMb * MiB, best).toFixed(0)} MB/s ` +
    `(runs ${runs.join(', ')} ms); sha256sum of the file ${mbps(sizeMb * MiB, floor.ms).toFixed(0)} MB/s`,
)
server.stop()
await db.$disconnect()
await pg.stop()
process.exit(0)

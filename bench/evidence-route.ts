// Evidence through the real HTTP routes of a production server (PostgreSQL blob store), measured in
// one run against the floor on the same file: upload of a 1 GB PDF, its download, and the evidence
// pack that carries it. Prints throughput ratios and the SERVER process's peak memory growth.
//   npx tsx --tsconfig tsconfig.scripts.json bench/evidence-route.ts [--size-mb 1024] [--build]
import fs from 'node:fs'
import { Readable } from 'node:stream'
import { createHash } from 'node:crypto'
import { ensureBuild, signIn, startBenchDatabase, startServer } from './support'
import { MiB, mbps, timePlainSqlInsert, timeSha256sum } from './evidence-support'

const sizeMb = Number(process.argv[process.argv.indexOf('--size-mb') + 1]) || 1024
const dir = '.data/bench-route-file'
const file = `${dir}/evidence-${sizeMb}mb.pdf`

/** A PDF-headed file of random bytes, streamed to disk (the type check reads the head). */
async function ensurePdf() {
  if (fs.existsSync(file) && fs.statSync(file).size === sizeMb * MiB) return
  fs.mkdirSync(dir, { recursive: true })
  const out = fs.createWriteStream(file)
  const { randomFillSync } = await import('node:crypto')
  const chunk = Buffer.alloc(MiB)
  for (let i = 0; i < sizeMb; i++) {
    randomFillSync(chunk)
    if (i === 0) chunk.write('%PDF-1.7\n')
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()))
  }
  await new Promise<void>((r) => out.end(() => r()))
}

/** Peak RSS growth of a process (from /proc), sampled every 50 ms while `work` runs. */
async function serverRss<T>(pid: number, work: () => Promise<T>) {
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024
  const base = rss()
  let peak = base
  const timer = setInterval(() => {
    peak = Math.max(peak, rss())
  }, 50)
  try {
    return { value: await work(), growthMB: (peak - base) / MiB }
  } finally {
    clearInterval(timer)
  }
}

async function drain(res: Response) {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    hash.update(chunk)
    bytes += chunk.length
  }
  return { bytes, sha256: hash.digest('hex') }
}

await ensurePdf()
const pg = await startBenchDatabase('route', 54397)
let server: Awaited<ReturnType<typeof startServer>> | undefined
try {
  const { createPrismaClient } = await import('../lib/db')
  const db = createPrismaClient(pg.url)
  const owner = await db.membership.findFirstOrThrow({
    where: { user: { email: 'owner@acme.test' } },
    include: { user: true, organization: true },
  })
  const { createReview } = await import('../lib/dal/reviews')
  const actor = {
    userId: owner.userId,
    email: owner.user.email,
    name: owner.user.name,
    organizationId: owner.organizationId,
    organizationName: owner.organization.name,
    roles: owner.roles,
  }
  const { id: reviewId } = await createReview(actor, {
    title: 'Bench review',
    platform: 'Bench Kafka',
    deploymentModel: 'SELF_MANAGED',
    keyRequirement: 'CMK',
    dataClassification: 'INTERNAL',
  })
  const request = await db.evidenceRequest.findFirstOrThrow({ where: { reviewId } })

  console.log(`file: ${sizeMb} MiB; measuring the floor…`)
  const sha = await timeSha256sum(file)
  const sql = await timePlainSqlInsert(pg.url, file)
  const floor = Math.min(mbps(sha.bytes, sha.ms), mbps(sql.bytes, sql.ms))

  ensureBuild()
  server = await startServer(3230, {
    DATABASE_URL: pg.url,
    EVIDENCE_MAX_BYTES: String(sizeMb * MiB + MiB),
    MALLOC_MMAP_THRESHOLD_: process.env.BENCH_SERVER_MALLOC ?? '131072' /* as scripts/with-db.mjs sets for the app */,
    NODE_OPTIONS:
      process.env.BENCH_SERVER_NODE_OPTIONS ?? '--max-semi-space-size=64' /* as scripts/with-db.mjs sets for the app */,
  })
  const cookie = await signIn(server.base, 'owner@acme.test')
  const query = new URLSearchParams({
    fileName: 'bench.pdf',
    title: 'Bench upload',
    effectiveDate: '2026-11-01',
    requestIds: request.id,
  })
  const upload = await serverRss(server.child.pid!, async () => {
    const t = performance.now()
    const res = await fetch(`${server!.base}/api/reviews/${reviewId}/evidence?${query}`, {
      method: 'POST',
      body: Readable.toWeb(fs.createReadStream(file, { highWaterMark: MiB })) as ReadableStream,
      duplex: 'half',
      headers: {
        cookie,
        'content-type': 'application/octet-stream',
        'content-length': String(fs.statSync(file).size),
        'x-keyproof-request': '1',
      },
    } as RequestInit)
    const body = (await res.json()) as { evidence?: { id: string; sha256: string }; error?: string }
    if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${body.error}`)
    return { ms: performance.now() - t, evidence: body.evidence! }
  })
  if (upload.value.evidence.sha256 !== sha.value) throw new Error('the stored SHA-256 differs from sha256sum')
  const download = await serverRss(server.child.pid!, async () => {
    const t = performance.now()
    const r = await drain(
      await fetch(`${server!.base}/api/evidence/${upload.value.evidence.id}`, { headers: { cookie } }),
    )
    return { ms: performance.now() - t, ...r }
  })
  if (download.value.sha256 !== sha.value) throw new Error('the downloaded bytes differ')
  const pack = await serverRss(server.child.pid!, async () => {
    const t = performance.now()
    const res = await fetch(`${server!.base}/api/reviews/${reviewId}/evidence-pack`, { headers: { cookie } })
    if (res.status !== 200) throw new Error(`pack failed: ${res.status}`)
    const out = fs.createWriteStream(`${dir}/pack.zip`)
    await new Promise<void>((resolve, reject) =>
      Readable.fromWeb(res.body as never)
        .pipe(out)
        .on('finish', () => resolve())
        .on('error', reject),
    )
    return { ms: performance.now() - t, bytes: fs.statSync(`${dir}/pack.zip`).size }
  })
  const { verifyPack } = await import('../lib/reports/verify-pack')
  const verified = await verifyPack(`${dir}/pack.zip`)
  fs.rmSync(`${dir}/pack.zip`, { force: true })
  await db.$disconnect()

  const bytes = sizeMb * MiB
  const row = (label: string, ms: number, growth: number) =>
    `${label.padEnd(22)} ${mbps(bytes, ms).toFixed(0).padStart(5)} MB/s  ${(ms / 1000).toFixed(1).padStart(6)} s  ratio to floor ${(mbps(bytes, ms) / floor).toFixed(2)}  server RSS growth ${growth.toFixed(0)} MB`
  console.log(
    `\nfloor: sha256sum ${mbps(sha.bytes, sha.ms).toFixed(0)} MB/s, plain SQL insert ${mbps(sql.bytes, sql.ms).toFixed(0)} MB/s → floor ${floor.toFixed(0)} MB/s`,
  )
  console.log(row('upload (HTTP route)', upload.value.ms, upload.growthMB))
  console.log(row('download (HTTP route)', download.value.ms, download.growthMB))
  console.log(row('evidence pack (HTTP)', pack.value.ms, pack.growthMB))
  console.log(
    `pack ${(pack.value.bytes / MiB).toFixed(0)} MiB, verify: ${verified.ok ? 'OK' : 'FAILED'} (${verified.checkedFiles} files)`,
  )
  console.log('targets: upload and download ≥ 0.5 of the floor; server growth < 64 MB')
} finally {
  server?.stop()
  if (server) await new Promise((r) => server!.child.once('exit', r))
  await pg.stop()
}

// Workspace and inventory page response times for reviews with 500 and 5,000 locations, as ratios to a trivial
// authenticated page of the same server, measured in the same run.
//   npx tsx --tsconfig tsconfig.scripts.json bench/workspace-response.ts [--build] [--rounds 40] [--only inventory]
// BENCH_PG_PORT and BENCH_PORT move the database and the server off their default ports.
import { ensureBuild, median, percentile, signIn, startBenchDatabase, startServer, timeInterleaved } from './support'

const SIZES = [500, 5000]
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 40
const KINDS = [
  'BLOCK_VOLUME',
  'INTERNAL_TOPIC',
  'OBJECT_STORAGE',
  'SNAPSHOT',
  'LOG_SINK',
  'METRICS_SINK',
  'METADATA_LOG',
]
const ENCRYPTIONS = ['CUSTOMER_MANAGED', 'CUSTOMER_MANAGED', 'BYOK', 'PROVIDER_MANAGED', 'UNKNOWN', 'NONE'] as const

const pg = await startBenchDatabase('workspace', Number(process.env.BENCH_PG_PORT) || 54379)
let server: Awaited<ReturnType<typeof startServer>> | undefined
try {
  const { createPrismaClient } = await import('../lib/db')
  const db = createPrismaClient(pg.url)
  const owner = await db.membership.findFirstOrThrow({ where: { user: { email: 'owner@acme.test' } } })
  async function seedReview(locations: number) {
    const review = await db.review.create({
      data: {
        organizationId: owner.organizationId,
        createdById: owner.userId,
        title: `Bench review (${locations} locations)`,
        platform: 'Bench Kafka',
        deploymentModel: 'BYOC',
        keyRequirement: 'BYOK',
        status: 'IN_PROGRESS',
        regions: ['eu-west-1'],
        allowedJurisdictions: ['EU'],
        templateId: 'apache-kafka-self-managed',
      },
    })
    await db.key.createMany({
      data: Array.from({ length: 10 }, (_, i) => ({
        organizationId: owner.organizationId,
        reviewId: review.id,
        service: 'AWS_KMS' as const,
        keyRef: `arn:aws:kms:eu-west-1:1:key/bench-${i}`,
        alias: `alias/bench-${i}`,
        ownership: i % 3 ? ('BYOK' as const) : ('CUSTOMER_MANAGED' as const),
        rotation: i % 4 ? ('AUTOMATIC' as const) : ('NONE' as const),
      })),
    })
    const keys = await db.key.findMany({ where: { reviewId: review.id } })
    await db.storageLocation.createMany({
      data: Array.from({ length: locations }, (_, i) => ({
        organizationId: owner.organizationId,
        reviewId: review.id,
        kind: KINDS[i % KINDS.length],
        name: `Location ${String(i).padStart(4, '0')}`,
        resourceRef: `arn:aws:ec2:eu-west-1:1:volume/vol-${i}`,
        region: i % 17 ? 'eu-west-1' : 'us-east-1',
        holds: ['RECORDS'],
        encryption: ENCRYPTIONS[i % ENCRYPTIONS.length],
        keyId: i % 5 ? keys[i % keys.length].id : null,
        inScope: i % 23 !== 0,
        exclusionReason:
          i % 23 ? null : i % 2 ? 'n/a' : 'Test cluster only, holds synthetic data; approved by the CISO',
      })),
    })
    return review
  }
  const reviews = []
  for (const size of SIZES) reviews.push(await seedReview(size))
  await db.$disconnect()

  ensureBuild()
  // --profile writes a V8 CPU profile of the server to .data/prof when it exits
  server = await startServer(
    Number(process.env.BENCH_PORT) || 3210,
    { DATABASE_URL: pg.url },
    process.argv.includes('--profile') ? ['--cpu-prof', '--cpu-prof-dir=.data/prof'] : [],
  )
  const cookie = await signIn(server.base, 'owner@acme.test')
  const allUrls: Record<string, string> = { trivial: `${server.base}/me` }
  for (const [i, review] of reviews.entries()) {
    const suffix = i === 0 ? '' : `-${SIZES[i] / 1000}k`
    allUrls[`workspace${suffix}`] = `${server.base}/reviews/${review.id}`
    allUrls[`inventory${suffix}`] = `${server.base}/reviews/${review.id}/inventory`
  }
  const only = process.argv.includes('--only')
    ? process.argv[process.argv.indexOf('--only') + 1].split(',')
    : Object.keys(allUrls)
  const urls = Object.fromEntries(
    Object.entries(allUrls).filter(([k]) => k === 'trivial' || only.includes(k.replace(/-\d+k$/, ''))),
  )
  const { times, bytes } = await timeInterleaved(urls, cookie, rounds)
  const row = (name: string) =>
    `${name.padEnd(13)} median ${median(times[name]).toFixed(1).padStart(6)} ms   p95 ${percentile(times[name], 95).toFixed(1).padStart(6)} ms   ${(bytes[name] / 1024).toFixed(0)} KiB`
  console.log(
    `\n${SIZES.join(' and ')} locations (-5k: 5,000), ${rounds} interleaved requests per page (after 5 warm-up rounds)`,
  )
  for (const name of Object.keys(urls)) console.log(row(name))
  for (const name of Object.keys(urls).filter((k) => k !== 'trivial')) {
    console.log(
      `${name} / trivial: median ratio ${(median(times[name]) / median(times.trivial)).toFixed(2)}, p95 ratio ${(percentile(times[name], 95) / percentile(times.trivial, 95)).toFixed(2)}  (target < 1.5)`,
    )
  }
} finally {
  server?.stop()
  if (server) await new Promise((r) => server!.child.once('exit', r))
  await pg.stop()
}

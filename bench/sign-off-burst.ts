// Pages keep answering while a burst of sign-offs lands on one gate (issue 9, item 1). 30 readers load review
// workspaces (the queries a page makes) in a loop for a while alone, then while 20 sign-off calls by 5
// compliance users hit one ready gate. Prints p50/p95 of a page before and during the burst, their ratio, and
// what the sign-offs got. In-process, through the same pool a server has (DATABASE_POOL_SIZE, default 10).
//   npx tsx --tsconfig tsconfig.scripts.json bench/sign-off-burst.ts [--seconds 6]
import { median, percentile, startBenchDatabase } from './support'

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 6
const pg = await startBenchDatabase('burst', 54381)
try {
  const { readyReview, statement } = await import('../tests/support/ready-review')
  const { makeReview } = await import('../tests/support/review-factory')
  const { loadWorkspace } = await import('../lib/dal/workspace')
  const { signGate } = await import('../lib/dal/sign-off')
  const { AppError } = await import('../lib/errors')
  const names = ['s1', 's2', 's3', 's4', 's5']
  const { actors, reviewId } = await readyReview(Object.fromEntries(names.map((n) => [n, ['COMPLIANCE' as const]])))
  const pages = await Promise.all(Array.from({ length: 6 }, () => makeReview(actors.owner)))

  async function browse(until: number, latencies: number[]) {
    for (let i = 0; Date.now() < until; i++) {
      const t = performance.now()
      await loadWorkspace(actors.reviewer, pages[i % pages.length], new Date(), { fresh: true })
      latencies.push(performance.now() - t)
    }
  }
  const readers = (until: number, latencies: number[]) =>
    Promise.all(Array.from({ length: 30 }, () => browse(until, latencies)))

  await readers(Date.now() + 2000, []) // warm-up: connections, query plans, JIT
  const before: number[] = []
  await readers(Date.now() + seconds * 1000, before)

  const during: number[] = []
  const outcomes: Record<string, number> = {}
  const burstStart = Date.now()
  const reading = readers(Date.now() + seconds * 1000, during)
  const burst = Promise.all(
    names.flatMap((n) =>
      Array.from({ length: 4 }, () =>
        signGate(actors[n], { reviewId, gate: 'COMPATIBILITY', statement }).then(
          () => 'ok',
          (e: unknown) => (e instanceof AppError ? e.code : 'INTERNAL'),
        ),
      ),
    ),
  ).then((rs) => {
    for (const r of rs) outcomes[r] = (outcomes[r] ?? 0) + 1
    return Date.now() - burstStart
  })
  const [burstMs] = await Promise.all([burst, reading])

  const fmt = (xs: number[]) =>
    `p50 ${median(xs).toFixed(0)} ms, p95 ${percentile(xs, 95).toFixed(0)} ms (n=${xs.length})`
  console.log(`page before the burst: ${fmt(before)}`)
  console.log(`page during the burst: ${fmt(during)}`)
  console.log(`p95 ratio during/before: ${(percentile(during, 95) / percentile(before, 95)).toFixed(2)}`)
  console.log(`20 sign-offs finished in ${burstMs} ms: ${JSON.stringify(outcomes)}`)
} finally {
  await pg.stop()
  process.exit(0)
}

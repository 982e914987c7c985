// Imports a generated ~20 MB `terraform show -json` state through the app's own path: the import route of a
// production server (multipart upload, parse, merge, plan, preview; then apply: evidence redacted and stored,
// rows, facts, audit), and measures each step's time and the server's memory (RSS sampled from /proc).
// Run: npx tsx --tsconfig tsconfig.scripts.json bench/config-import-route.ts [megabytes] [--build]
import fs from 'node:fs'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { ensureBuild, signIn, startBenchDatabase, startServer } from './support'
import { buildState, PASSWORD } from './terraform-state'

const TARGET_MB = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 20)
const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024

ensureBuild()
const db = await startBenchDatabase('config-import', 54392)
const server = await startServer(3132, { DATABASE_URL: db.url, MALLOC_MMAP_THRESHOLD_: '131072' }, [
  '--max-semi-space-size=64',
])
const client = new pg.Client({ connectionString: db.url })
try {
  await client.connect()
  const cookie = await signIn(server.base, 'owner@acme.test')
  const { rows } = await client.query(`SELECT id FROM reviews WHERE title = 'Payments Kafka — 2026 key review' LIMIT 1`)
  const reviewId: string = rows[0].id
  const text = JSON.stringify(buildState(TARGET_MB * 1048576).json)
  console.log(`state: ${mb(text.length)} of JSON`)

  const pid = server.child.pid!
  let peak = 0
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 25)
  const post = async (fields: Record<string, string>, state = text) => {
    const form = new FormData()
    for (const [k, v] of Object.entries(fields)) form.set(k, v)
    form.append('file', new Blob([state], { type: 'application/json' }), 'network.tfstate.json')
    const t = performance.now()
    const res = await fetch(`${server.base}/api/reviews/${reviewId}/config-import`, {
      method: 'POST',
      headers: { cookie, 'x-keyproof-request': '1', origin: server.base },
      body: form,
    })
    const body = await res.json()
    if (!res.ok) throw new Error(`${fields.step} answered ${res.status}: ${body.error}`)
    return { ms: performance.now() - t, body }
  }
  // Warm the route once on a tiny file so the first timing is not the route's compilation and module loading.
  await fetch(`${server.base}/api/reviews/${reviewId}/config-import`, {
    method: 'POST',
    headers: { cookie, 'x-keyproof-request': '1', origin: server.base },
    body: (() => {
      const f = new FormData()
      f.set('step', 'preview')
      f.append('file', new Blob(['{"KeyRotationEnabled": true}']), 'rotation@0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0.json')
      return f
    })(),
  })
  const idle = rssOf(pid)
  peak = idle
  const preview = await post({ step: 'preview' })
  const p = preview.body.preview
  const previewPeak = peak
  console.log(
    `preview: ${preview.ms.toFixed(0)} ms; ${p.rows.locations.length} locations, ${p.rows.keys.length} keys, ` +
      `${p.files[0].redactedPaths.length} values redacted; answer ${mb(JSON.stringify(preview.body).length)}`,
  )
  peak = rssOf(pid)
  const applied = await post({ step: 'apply', fingerprint: p.fingerprint })
  console.log(`apply: ${applied.ms.toFixed(0)} ms; ${JSON.stringify(applied.body.applied)}`)
  const applyPeak = peak
  // The same state again (nothing to do), then newer output: every key now rotates every 180 days.
  const same = await post({ step: 'preview' })
  console.log(`re-import, unchanged: preview ${same.ms.toFixed(0)} ms, files ${same.body.preview.files[0].status}`)
  const newer = text.replaceAll('"rotation_period_in_days":365', '"rotation_period_in_days":180')
  const changed = await post({ step: 'preview' }, newer)
  const totals = changed.body.preview.totals
  console.log(`re-import, newer: preview ${changed.ms.toFixed(0)} ms; ${JSON.stringify(totals)}`)
  const reapplied = await post({ step: 'apply', fingerprint: changed.body.preview.fingerprint }, newer)
  console.log(`re-import, newer: apply ${reapplied.ms.toFixed(0)} ms; ${JSON.stringify(reapplied.body.applied)}`)
  clearInterval(sampler)
  const counts = await client.query(
    `SELECT (SELECT count(*) FROM storage_locations WHERE review_id = $1) AS locations,
            (SELECT count(*) FROM fact_sources WHERE review_id = $1) AS facts,
            (SELECT count(*) FROM evidence_blob_chunks c JOIN evidence e ON e.storage_key = c.storage_key
              WHERE e.review_id = $1 AND e.source_command IS NOT NULL) AS chunks`,
    [reviewId],
  )
  const leaked = await client.query(
    `SELECT count(*) AS n FROM evidence_blob_chunks WHERE position(convert_to($1, 'UTF8') in data) > 0`,
    [PASSWORD],
  )
  console.log(`stored: ${JSON.stringify(counts.rows[0])}; chunks holding the password: ${leaked.rows[0].n}`)
  console.log(
    `server RSS: ${mb(idle)} before, peak ${mb(previewPeak)} during preview, ${mb(applyPeak)} during apply, ` +
      `${mb(peak)} during the re-imports, ${mb(rssOf(pid))} after`,
  )
} finally {
  await client.end().catch(() => {})
  server.stop()
  await new Promise((r) => setTimeout(r, 1000))
  await db.stop()
}

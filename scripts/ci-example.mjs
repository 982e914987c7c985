#!/usr/bin/env node
// An example pipeline step against Keyproof's REST API: after the staging job that disabled the broker key and
// watched the platform recover, upload its report to the review's disabled-key drill request, submit the request
// for review, and record the drill. Needs only Node (fetch); the token comes from Settings → API tokens.
//   KEYPROOF_URL=https://keyproof.example.com KEYPROOF_TOKEN=kp_… REVIEW_ID=… \
//     node scripts/ci-example.mjs <report-file> [request code, default FR-01]
import fs from 'node:fs'
import path from 'node:path'
import { URLSearchParams } from 'node:url'

const { KEYPROOF_URL, KEYPROOF_TOKEN, REVIEW_ID } = process.env
const [file, code = 'FR-01'] = process.argv.slice(2)
if (!KEYPROOF_URL || !KEYPROOF_TOKEN || !REVIEW_ID || !file) {
  console.error('usage: KEYPROOF_URL=… KEYPROOF_TOKEN=kp_… REVIEW_ID=… node scripts/ci-example.mjs <file> [code]')
  process.exit(2)
}
const api = `${KEYPROOF_URL.replace(/\/$/, '')}/api/v1/reviews/${REVIEW_ID}`
const auth = { authorization: `Bearer ${KEYPROOF_TOKEN}` }

async function call(method, url, { json, body, headers = {} } = {}) {
  const res = await fetch(url, {
    method,
    headers: { ...auth, ...(json && { 'content-type': 'application/json' }), ...headers },
    body: json ? JSON.stringify(json) : body,
    ...(body && { duplex: 'half' }),
  })
  const answer = await res.json().catch(() => ({}))
  if (!res.ok) {
    console.error(JSON.stringify({ status: res.status, method, url: url.replace(KEYPROOF_URL, ''), ...answer }))
    process.exit(1)
  }
  return answer
}

const today = new Date().toISOString().slice(0, 10)
const { requests } = await call('GET', `${api}/requests`)
const request = requests.find((r) => r.code === code)
if (!request) throw new Error(`No request ${code} in review ${REVIEW_ID}`)
const query = new URLSearchParams({
  fileName: path.basename(file),
  title: `Disabled-key drill report ${today}`,
  effectiveDate: today,
})
const size = fs.statSync(file).size
const { evidence } = await call('POST', `${api}/requests/${request.id}/evidence?${query}`, {
  body: fs.createReadStream(file),
  headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
})
const submitted = await call('POST', `${api}/requests/${request.id}/submit`, { json: { version: request.version } })
const drill = await call('POST', `${api}/drills`, {
  json: {
    scenario: 'KEY_DISABLED',
    environment: 'staging',
    performedOn: today,
    outcome: 'PASSED',
    timeToRestoreMinutes: 12,
    observedImpact: 'Producers paused until the key was re-enabled; no data loss.',
  },
})
console.log(JSON.stringify({ evidence, request: submitted.request, drillId: drill.id }))

// The REST API end to end: an owner makes a token in the browser, a CI-style script (scripts/ci-example.mjs)
// uploads evidence and records a drill with it, a reviewer accepts in the browser; the token's scope, its
// revocation and the audit log hold.
import { test, expect, type Page } from '@playwright/test'
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { randomUUID } from 'node:crypto'
import { signedInPage } from './support'

const run = promisify(execFile)

async function newReview(page: Page, title: string) {
  await page.goto('/reviews/new')
  await page.getByLabel('Title').fill(title)
  await page.getByLabel('Platform name').fill('Ledger Kafka')
  await page.getByRole('button', { name: 'Create review' }).click()
  await expect(page).toHaveURL(/\/inventory$/)
  return page
    .url()
    .replace(/\/inventory$/, '')
    .split('/')
    .pop()!
}

async function ciScript(baseURL: string, token: string, reviewId: string, file: string) {
  const env = { ...process.env, KEYPROOF_URL: baseURL, KEYPROOF_TOKEN: token, REVIEW_ID: reviewId }
  try {
    const { stdout } = await run(process.execPath, ['scripts/ci-example.mjs', file, 'FR-01'], { env })
    return { code: 0, out: JSON.parse(stdout) }
  } catch (e) {
    const err = e as { code: number; stderr: string }
    return { code: err.code, out: JSON.parse(err.stderr.trim().split('\n').pop()!) }
  }
}

test('a CI script with a review-scoped token uploads evidence and records a drill; the reviewer accepts it; another review is 404, a revoked token 401, and the audit log names the token', async ({
  browser,
}, info) => {
  const baseURL = info.project.use.baseURL!
  const tag = randomUUID().slice(0, 6)
  const { page: owner } = await signedInPage(browser, 'owner@acme.test')
  const reviewTitle = `Pipeline ${tag}`
  const reviewId = await newReview(owner, reviewTitle)
  const otherReviewId = await newReview(owner, `Other ${tag}`)

  const tokenName = `CI drill pipeline ${tag}`
  await owner.goto('/settings/tokens')
  await owner.getByLabel('Name').fill(tokenName)
  await owner.getByLabel('Review').selectOption({ label: reviewTitle })
  await owner.getByRole('button', { name: 'Create token' }).click()
  const token = (await owner.getByTestId('new-token').innerText()).trim()
  expect(token).toMatch(/^kp_/)
  await owner.reload()
  await expect(owner.getByTestId('new-token')).toHaveCount(0)
  await expect(owner.getByRole('row', { name: tokenName })).toContainText('Active')

  const report = path.join(os.tmpdir(), `drill-report-${tag}.pdf`)
  fs.writeFileSync(
    report,
    `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% drill ${tag}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  )
  const done = await ciScript(baseURL, token, reviewId, report)
  expect(done.code).toBe(0)
  expect(done.out.request.status).toBe('SUBMITTED')

  const { page: reviewer } = await signedInPage(browser, 'reviewer@acme.test')
  await reviewer.goto(`/reviews/${reviewId}/gates/failure-recovery`)
  const card = reviewer.getByRole('listitem', { name: /^FR-01 / })
  await card.getByRole('button', { name: /FR-01/ }).click()
  await expect(card.getByText('Submitted', { exact: true })).toBeVisible()
  await expect(card.getByRole('link', { name: /Disabled-key drill report/ })).toBeVisible()
  await card.getByRole('button', { name: 'Accept' }).click()
  await expect(card.getByText('Accepted', { exact: true })).toBeVisible()
  await expect(reviewer.getByText('Producers paused until the key was re-enabled; no data loss.')).toBeVisible()

  const other = await owner.request.get(`/api/v1/reviews/${otherReviewId}/findings`, {
    headers: { authorization: `Bearer ${token}` },
  })
  expect(other.status()).toBe(404)
  expect((await ciScript(baseURL, token, otherReviewId, report)).out.status).toBe(404)

  await owner.goto('/settings/tokens')
  const row = owner.getByRole('row', { name: tokenName })
  await row.getByRole('button', { name: 'Revoke' }).click()
  await owner
    .getByRole('dialog')
    .getByRole('button', { name: `Revoke “${tokenName}”` })
    .click()
  await expect(owner.getByRole('row', { name: tokenName })).toContainText('Revoked')
  const revoked = await owner.request.get(`/api/v1/reviews`, { headers: { authorization: `Bearer ${token}` } })
  expect(revoked.status()).toBe(401)
  expect((await ciScript(baseURL, token, reviewId, report)).out.status).toBe(401)

  const { page: compliance } = await signedInPage(browser, 'compliance@acme.test')
  await compliance.goto(`/audit?action=drill.added`)
  const event = compliance.getByRole('row').filter({ hasText: `via API token “${tokenName}”` })
  await expect(event).toHaveCount(1)
  await expect(event).toContainText('owner@acme.test')
  await compliance.goto(`/audit?action=evidence.added`)
  await expect(compliance.getByRole('row').filter({ hasText: `via API token “${tokenName}”` })).toHaveCount(1)
})

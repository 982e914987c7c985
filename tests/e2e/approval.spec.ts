// From an empty review to an approved, verified report, across the three roles.
import { test, expect, type Page } from '@playwright/test'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { expand, expectAccessible, requiredCards, signedInPage } from './support'
import { verifyPack } from '@/lib/reports/verify-pack'

test.setTimeout(420_000)
const GATES = [
  'compatibility',
  'storage-boundary',
  'key-administration',
  'audit-evidence',
  'cost-model',
  'failure-recovery',
  'migration-safety',
]

/** The required request cards of a gate, each found by its accessible name ("KA-01 Key register …"). */
async function addRecord(
  page: Page,
  reviewUrl: string,
  gate: string,
  summary: string,
  fill: (p: Page) => Promise<void>,
  submit: string,
) {
  await page.goto(`${reviewUrl}/gates/${gate}`)
  await page.getByText(summary, { exact: true }).click()
  await fill(page)
  await page.getByRole('button', { name: submit }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Added.' })).toBeVisible()
}

test('owner inventories and uploads, reviewer accepts, compliance signs all seven gates and approves; report and pack download and the pack verifies', async ({
  browser,
}) => {
  const { page: owner } = await signedInPage(browser, 'owner@acme.test')
  const { page: reviewer } = await signedInPage(browser, 'reviewer@acme.test')
  const { page: compliance } = await signedInPage(browser, 'compliance@acme.test')

  // Owner: an empty review, one cloud location under a customer-managed key.
  await owner.goto('/reviews/new')
  await owner.getByLabel('Title').fill(`Approval ${randomUUID().slice(0, 6)}`)
  await owner.getByLabel('Platform name').fill('Settlement Kafka')
  await owner.getByRole('button', { name: 'Create review' }).click()
  await expect(owner).toHaveURL(/\/inventory$/)
  const reviewUrl = owner.url().replace(/\/inventory$/, '')
  await owner.getByRole('link', { name: /^Keys \(/ }).click()
  await owner.getByLabel('Key reference').fill('arn:aws:kms:eu-west-1:111122223333:key/settlement')
  await owner.getByLabel('Alias').fill('alias/settlement')
  await owner.getByLabel('Rotation validated on').fill('2026-10-01')
  await owner.getByRole('button', { name: 'Add key' }).click()
  await expect(owner.getByRole('status')).toHaveText('Key added to the register.')
  await owner.goto(`${reviewUrl}/inventory`)
  await owner.getByRole('button', { name: 'Add a location' }).click()
  const add = owner.getByRole('form', { name: 'Add a location' })
  await add.getByLabel('Name').fill('Broker volumes')
  await add.getByLabel('Region').fill('eu-west-1')
  await add.getByLabel('Encryption').selectOption('CUSTOMER_MANAGED')
  await add.getByLabel('Key').selectOption({ label: 'alias/settlement' })
  await add.getByLabel('Records').check()
  await add.getByRole('button', { name: 'Add location' }).click()
  await expect(owner.getByRole('table', { name: 'Storage locations' }).getByRole('row')).toHaveCount(2)

  // Owner: the structured records the gates need.
  await addRecord(
    owner,
    reviewUrl,
    'compatibility',
    'Add a compatibility check',
    async (p) => {
      await p.getByLabel('Component').fill('librdkafka')
      await p.getByLabel('Version').fill('2.6.1')
      await p.getByLabel('Result').selectOption('PASS')
    },
    'Add compatibility check',
  )
  for (const scenario of ['KEY_DISABLED', 'KEY_ROTATION']) {
    await addRecord(
      owner,
      reviewUrl,
      'failure-recovery',
      'Add a drill',
      async (p) => {
        await p.getByLabel('Scenario').selectOption(scenario)
        await p.getByLabel('Environment').fill('staging')
        await p.getByLabel('Performed on').fill(new Date().toISOString().slice(0, 10))
        await p.getByLabel('Outcome').selectOption('PASSED')
      },
      'Add drill',
    )
  }

  // Owner: evidence on every required request (one uploaded file, the rest links), each submitted.
  let uploadedOnce = false
  for (const gate of GATES) {
    const cards = await requiredCards(owner, reviewUrl, gate)
    for (const [i, card] of cards.entries()) {
      await expand(card)
      if (!uploadedOnce) await expectAccessible(owner, 'request card open')
      if (!uploadedOnce) {
        await card.getByLabel('Evidence file').setInputFiles({
          name: 'key-policy.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('%PDF-1.4\n% key policy export\n%%EOF\n'),
        })
        await card.getByRole('button', { name: 'Upload', exact: true }).click()
        await expect(card.getByTestId('uploaded-sha256')).toHaveText(/^[0-9a-f]{64}$/)
        uploadedOnce = true
      } else {
        const form = card.getByRole('form', { name: 'Add a link as evidence' })
        await form.getByLabel('Link (ticket, dashboard, document)').fill(`https://evidence.example/${gate}/${i}`)
        await form.getByLabel('Link title').fill(`Evidence ${gate} ${i + 1}`)
        await form.getByRole('button', { name: 'Add link' }).click()
        await expect(card.getByRole('status').filter({ hasText: 'Link added as evidence.' })).toBeVisible()
      }
      await card.getByRole('button', { name: 'Submit for review' }).click()
      await expect(card.getByText('Submitted', { exact: true })).toBeVisible()
    }
  }

  // Reviewer: accepts every submitted request.
  for (const gate of GATES) {
    for (const card of await requiredCards(reviewer, reviewUrl, gate)) {
      await expand(card)
      await card.getByRole('button', { name: 'Accept' }).click()
      await expect(card.getByText('Accepted', { exact: true })).toBeVisible()
    }
  }

  // Reviewer: states the scope an approval needs (the inventory gates vouch for it, so before they are signed).
  await reviewer.goto(`${reviewUrl}/scope`)
  await reviewer.getByLabel('Regions').fill('eu-west-1')
  await reviewer.getByLabel('Allowed jurisdictions').fill('EU')
  for (const [label, text] of [
    ['Control boundary', 'Our AWS account; the platform team administers the key.'],
    ['Cryptographic boundary', 'Broker volumes encrypted under our KMS key.'],
    ['Operational boundary', 'The platform team operates the brokers.'],
    ['Recovery boundary', 'Runbook R-3 restores service after a key disable.'],
  ])
    await reviewer.getByLabel(label).fill(text)
  await reviewer.getByRole('button', { name: 'Save scope' }).click()
  await expect(reviewer.getByRole('status').filter({ hasText: 'Scope saved.' })).toBeVisible()

  // Compliance: signs each gate, then approves.
  await compliance.goto(`${reviewUrl}/sign-off`)
  await expectAccessible(compliance, 'ready to sign')
  for (const label of [
    'Compatibility',
    'Storage boundary',
    'Key administration',
    'Audit evidence',
    'Cost model',
    'Failure recovery',
    'Migration safety',
  ]) {
    const item = compliance.getByRole('listitem', { name: `${label} sign-off` })
    await item.getByRole('button', { name: `Sign ${label}…` }).click()
    await item
      .getByLabel('Statement you sign')
      .fill(`Reviewed every accepted request of ${label} against its expectation.`)
    await item.getByRole('button', { name: `Sign ${label}`, exact: true }).click()
    await compliance
      .getByRole('dialog')
      .getByRole('button', { name: `Confirm and sign ${label}` })
      .click()
    await expect(item.getByText('Signed', { exact: true })).toBeVisible()
  }
  await compliance.getByRole('button', { name: 'Record decision…' }).click()
  await compliance.getByRole('button', { name: 'Confirm decision' }).click()
  // Once recorded, the decision form gives way to the decided review's summary.
  await expect(compliance.getByRole('radio', { name: /^Approved/ })).toHaveCount(0)
  await expect(compliance.getByText(/^Approved on \d{4}-\d{2}-\d{2}/)).toBeVisible()

  // The report says so; the PDF and the pack download; the pack verifies offline.
  await compliance.goto(`${reviewUrl}/report`)
  const report = compliance.getByRole('article', { name: 'Readiness report' })
  await expectAccessible(compliance, 'decided')
  await expect(report.getByText('Approved', { exact: true })).toBeVisible()
  await expect(report.getByText('Stale — changed since signed')).toHaveCount(0)
  const pdf = await compliance.request.get(`/api${new URL(reviewUrl).pathname}/report`)
  expect(pdf.status()).toBe(200)
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
  const download = compliance.waitForEvent('download')
  await compliance.getByRole('link', { name: 'Download evidence pack (ZIP)' }).click()
  const file = path.join(os.tmpdir(), `pack-${randomUUID()}.zip`)
  await (await download).saveAs(file)
  const result = await verifyPack(file)
  expect(result.problems).toEqual([])
  expect(result.ok).toBe(true)
  expect(result.checkedFiles).toBeGreaterThanOrEqual(2) // the uploaded evidence and report.pdf
  fs.rmSync(file, { force: true })
})

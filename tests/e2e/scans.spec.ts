import { test, expect, type Page } from '@playwright/test'
import fs from 'node:fs'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { signedInPage } from './support'

const ORDERS_ARN = 'arn:aws:kafka:eu-west-1:111122223333:cluster/orders-prod/2f1d7e3a-8c4b-4e8a-9d7c-1a2b3c4d5e6f-3'
const PROWLER = path.resolve(import.meta.dirname, '../fixtures/scans/prowler-msk-aws-managed.ocsf.json')
const SHOTS = '.data/screenshots'

/** A review of MSK Provisioned whose broker volumes are the `orders-prod` cluster on the AWS-managed key. */
async function mskOnAwsManagedKey(page: Page) {
  await page.goto('/reviews/new')
  await page.getByRole('radio', { name: /Amazon MSK Provisioned/ }).check()
  await page.getByLabel('Title').fill(`MSK scans ${randomUUID().slice(0, 6)}`)
  await page.getByLabel('Platform name').fill('Orders Kafka')
  await page.getByLabel('Key requirement').selectOption('CMK')
  await page.getByRole('button', { name: 'Create review' }).click()
  await expect(page).toHaveURL(/\/reviews\/\w+\/inventory$/)
  const reviewUrl = page.url().replace(/\/inventory$/, '')
  await page.getByRole('button', { name: 'Edit Broker data volumes' }).click()
  const form = page.getByRole('form', { name: 'Edit Broker data volumes' })
  await form.getByLabel('Resource reference').fill(ORDERS_ARN)
  await form.getByLabel('Encryption').selectOption('PROVIDER_MANAGED')
  await form.getByRole('button', { name: 'Save location' }).click()
  const row = page.getByRole('table', { name: 'Storage locations' }).getByRole('row', { name: /Broker data volumes/ })
  await expect(row).toContainText(ORDERS_ARN)
  return reviewUrl
}

test.describe('scanner import', () => {
  test('a Prowler PASS on MSK under the AWS-managed key is re-graded, becomes a key-administration finding and is counted in the report', async ({
    browser,
  }) => {
    const { page } = await signedInPage(browser, 'owner@acme.test')
    const reviewUrl = await mskOnAwsManagedKey(page)

    await page.getByRole('navigation', { name: 'Review steps' }).getByRole('link', { name: 'Scans' }).click()
    await expect(page).toHaveURL(/\/scans$/)
    const importForm = page.getByRole('form', { name: 'Import scanner results' })
    // A malformed file is refused with the file named and the formats expected; nothing is stored.
    await importForm.getByLabel('Scanner output files').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"note": "not a scan"}'),
    })
    await importForm.getByRole('button', { name: 'Import and re-grade' }).click()
    await expect(importForm.getByRole('status')).toContainText('notes.json: not a scanner output Keyproof reads')
    await expect(importForm.getByRole('status')).toContainText('expected Prowler json-ocsf')
    await expect(page.getByText('No scanner results imported yet.')).toBeVisible()

    await importForm.getByLabel('Scanner output files').setInputFiles(PROWLER)
    await importForm.getByRole('button', { name: 'Import and re-grade' }).click()
    await expect(importForm.getByRole('status')).toHaveText(
      'Imported 1 file with 1 finding: 1 pass re-graded, 0 unmatched.',
    )
    const table = page.getByRole('table', { name: "Scanner results beside Keyproof's verdict" })
    const row = table.getByRole('row', { name: /kafka_cluster_encryption_at_rest_uses_cmk/ })
    await expect(row).toContainText('PASS')
    await expect(row).toContainText('Re-graded: provider-managed key')
    await expect(row).toContainText('PASS — encrypted, but under a provider-managed key: not customer-owned')
    await expect(row).toContainText('Broker data volumes')
    const counts = page.getByRole('table', { name: 'Counts per scanner' }).getByRole('row', { name: /Prowler/ })
    await expect(counts.getByRole('cell')).toHaveText(['0', '1', '0', '0', '0', '0'])
    fs.mkdirSync(SHOTS, { recursive: true })
    await page.screenshot({ path: `${SHOTS}/scans-page.png`, fullPage: true })

    await page.goto(`${reviewUrl}/gates/key-administration`)
    const gateFindings = page.locator('section', { hasText: 'Findings on this gate' })
    await expect(gateFindings.getByText('KA-SCAN-PROVIDER-KEY')).toBeVisible()
    await expect(
      gateFindings.getByText(
        /Prowler kafka_cluster_encryption_at_rest_uses_cmk PASS — encrypted, but under a provider-managed key/,
      ),
    ).toBeVisible()

    await page.getByRole('navigation', { name: 'Review steps' }).getByRole('link', { name: 'Report' }).click()
    const report = page.getByRole('article', { name: 'Readiness report' })
    const scannerCounts = report.getByRole('table', { name: 'Scanner counts' }).getByRole('row', { name: /Prowler/ })
    await expect(scannerCounts.getByRole('cell')).toHaveText(['Prowler', '0', '1', '0', '0', '0', '0'])
    await expect(report.getByText('Passes re-graded (1)')).toBeVisible()

    const cbom = await page.request.get(`${reviewUrl.replace(/^.*\/reviews\//, '/api/reviews/')}/cbom`)
    expect(cbom.status()).toBe(200)
    expect(cbom.headers()['content-disposition']).toMatch(
      /^attachment; filename="keyproof-MSK scans .+-cbom\.cdx\.json"/,
    )
    expect((await cbom.json()).bomFormat).toBe('CycloneDX')

    await page.goto(`${reviewUrl}/frameworks?framework=NIST_800_53`)
    const sc12 = page.getByRole('row', { name: 'NIST SP 800-53 SC-12', exact: true })
    await expect(sc12).toContainText('KA-SCAN-PROVIDER-KEY')
    await expect(sc12).toContainText('Not accepted')
    await page.screenshot({ path: `${SHOTS}/frameworks-page.png`, fullPage: true })
  })

  test('a compliance user sees the scans read-only, with no import form', async ({ browser }) => {
    const { page } = await signedInPage(browser, 'compliance@acme.test')
    await page.goto('/')
    await page.getByRole('link', { name: 'Payments Kafka — 2026 key review', exact: true }).first().click()
    await expect(page).toHaveURL(/\/reviews\/\w+$/)
    await page.getByRole('navigation', { name: 'Review steps' }).getByRole('link', { name: 'Scans' }).click()
    await expect(page).toHaveURL(/\/scans$/)
    await expect(
      page.getByText('Read only: platform owners and security reviewers import scanner results'),
    ).toBeVisible()
    await expect(page.getByRole('form', { name: 'Import scanner results' })).toHaveCount(0)
  })
})

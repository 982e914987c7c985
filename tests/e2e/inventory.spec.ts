import { test, expect, type Page } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import { captureServerAction, replayServerAction, signedInPage } from './support'

async function createReviewFromTemplate(page: Page, title: string, template: RegExp) {
  await page.goto('/')
  await page.getByRole('link', { name: 'New review' }).click()
  await page.getByRole('radio', { name: template }).check()
  await page.getByLabel('Title').fill(title)
  await page.getByLabel('Platform name').fill('Orders Kafka')
  await page.getByLabel('Key requirement').selectOption('CMK')
  await page.getByRole('button', { name: 'Create review' }).click()
  await expect(page).toHaveURL(/\/reviews\/\w+\/inventory$/)
  return page.url().split('/').at(-2)!
}

const blockerCount = async (page: Page) =>
  Number((await page.getByTestId('findings-counts').innerText()).match(/(\d+) blockers/)![1])

test.describe('inventory', () => {
  test('a platform owner builds the inventory from a template; the findings follow every change', async ({
    browser,
  }) => {
    const { page } = await signedInPage(browser, 'owner@acme.test')
    const reviewId = await createReviewFromTemplate(page, `MSK ${randomUUID().slice(0, 6)}`, /Amazon MSK Provisioned/)
    const table = page.getByRole('table', { name: 'Storage locations' })
    await expect(table.getByRole('row')).toHaveCount(7) // header + 6 template locations
    const initialBlockers = await blockerCount(page)
    expect(initialBlockers).toBeGreaterThan(0)

    await page.getByRole('link', { name: /^Keys \(/ }).click()
    await page.getByLabel('Key reference').fill('arn:aws:kms:eu-west-1:111122223333:key/e2e-brokers')
    await page.getByLabel('Alias').fill('alias/e2e-brokers')
    await page.getByLabel('Rotation validated on').fill('2026-10-01')
    await page.getByRole('button', { name: 'Add key' }).click()
    await expect(page.getByRole('status')).toHaveText('Key added to the register.')

    await page.getByRole('link', { name: /^Inventory \(/ }).click()
    const volumes = table.getByRole('row', { name: /Broker data volumes|broker storage/i }).first()
    const name = await volumes.getByRole('cell').nth(2).locator('span.font-medium').innerText()
    await table.getByLabel(`Encryption of ${name}`).selectOption('CUSTOMER_MANAGED')
    await expect(page.getByRole('status').first()).toHaveText('Saved.')
    await page.getByRole('checkbox', { name: `Select ${name}` }).check()
    await page.getByLabel('Key for selected rows').selectOption({ label: 'alias/e2e-brokers' })
    await page.getByRole('button', { name: 'Assign key to 1 selected' }).click()
    await expect(page.getByRole('status').first()).toHaveText('Key assigned to 1 locations.')
    await expect(table.getByLabel(`Key of ${name}`)).toHaveValue(/.+/)
    await expect.poll(() => blockerCount(page)).toBeLessThan(initialBlockers)

    const delivery = 'MSK data delivery (S3 Tables / Iceberg Channel) destination'
    // An owner proposes an exclusion; it stays in scope until a security reviewer accepts it.
    await page.getByRole('button', { name: `Propose excluding ${delivery}` }).click()
    await page.getByLabel('Exclusion reason').fill('n/a')
    await page.getByRole('button', { name: 'Propose exclusion' }).click()
    await expect(
      page.getByText('Give a reason of substance: why is this location out of scope, and who decided?'),
    ).toBeVisible()
    await expect(page.getByLabel('Exclusion reason')).toHaveValue('n/a') // a refused save keeps what was typed
    await page
      .getByLabel('Exclusion reason')
      .fill('Delivery to S3 Tables is not enabled on this cluster; confirmed by the platform lead on 2026-11-20.')
    await page.getByRole('button', { name: 'Propose exclusion' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Exclusion proposed.' })).toBeVisible()
    await expect(
      table.getByRole('row', { name: /MSK data delivery/ }).getByText('Exclusion proposed', { exact: true }),
    ).toBeVisible()

    const rowsBefore = await table.getByRole('row').count()
    const csv = (rows: string[]) => ({
      name: 'locations.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['kind,name,encryption,region,holds,key_ref', ...rows].join('\n')),
    })
    await page
      .getByLabel('CSV file')
      .setInputFiles(
        csv([
          'OBJECT_STORAGE,Audit export bucket,CUSTOMER_MANAGED,eu-west-1,LOGS,arn:aws:kms:eu-west-1:111122223333:key/e2e-brokers',
          'TAPE_ARCHIVE,Old backups,NONE,eu-west-1,BACKUPS,',
        ]),
      )
    await page.getByRole('button', { name: 'Import' }).click()
    await expect(
      page
        .getByText('1 row has errors; nothing was imported.')
        .or(page.getByText('1 rows have errors; nothing was imported.')),
    ).toBeVisible()
    await expect(page.getByRole('listitem').filter({ hasText: 'Line 3:' })).toContainText('Kind must be one of')
    await expect(table.getByRole('row')).toHaveCount(rowsBefore)

    await page
      .getByLabel('CSV file')
      .setInputFiles(
        csv([
          'OBJECT_STORAGE,Audit export bucket,CUSTOMER_MANAGED,eu-west-1,LOGS,arn:aws:kms:eu-west-1:111122223333:key/e2e-brokers',
          'SNAPSHOT,Old backups,NONE,eu-west-1,BACKUPS,',
        ]),
      )
    await page.getByRole('button', { name: 'Import' }).click()
    await expect(table.getByRole('row')).toHaveCount(rowsBefore + 2)
    await expect(table.getByRole('row', { name: /Old backups/ }).getByText(/blocker/)).toBeVisible()
    expect(reviewId).toBeTruthy()
  })

  test('a security reviewer reads the inventory but cannot edit it, even by calling the action directly', async ({
    browser,
  }) => {
    const { page: owner } = await signedInPage(browser, 'owner@acme.test')
    await createReviewFromTemplate(owner, `Reviewer check ${randomUUID().slice(0, 6)}`, /Amazon MSK Serverless/)
    const url = owner.url()
    const table = owner.getByRole('table', { name: 'Storage locations' })
    const first = table.getByRole('combobox', { name: /^Encryption of / }).first()
    const label = (await first.getAttribute('aria-label'))!
    const action = await captureServerAction(owner, async () => {
      await first.selectOption('NONE')
    })

    const { page: reviewer } = await signedInPage(browser, 'reviewer@acme.test')
    await reviewer.goto(url)
    await expect(reviewer.getByText('Read only: platform owners build the inventory.')).toBeVisible()
    await expect(reviewer.getByRole('combobox', { name: label })).toHaveCount(0)
    const res = await replayServerAction(reviewer, action)
    expect(res.text).toContain('You do not have permission to do that.')
    await owner.reload()
    await expect(owner.getByRole('combobox', { name: label })).not.toHaveValue('NONE')
  })

  test('two owners edit the same location: the second save is refused with the conflict message and the first edit survives', async ({
    browser,
  }) => {
    const { page: a } = await signedInPage(browser, 'owner@acme.test')
    await createReviewFromTemplate(a, `Conflict ${randomUUID().slice(0, 6)}`, /Amazon MSK Serverless/)
    const { page: b } = await signedInPage(browser, 'owner@acme.test')
    await b.goto(a.url())
    const selectA = a.getByRole('combobox', { name: /^Encryption of / }).first()
    const label = (await selectA.getAttribute('aria-label'))!
    await selectA.selectOption('CUSTOMER_MANAGED')
    await expect(a.getByRole('status').first()).toHaveText('Saved.')
    await b.getByRole('combobox', { name: label }).selectOption('NONE')
    await expect(b.getByRole('status').first()).toContainText(
      'This location was changed by someone else — reload to see their change, then edit again.',
    )
    await b.getByRole('button', { name: 'Reload' }).click()
    await expect(b.getByRole('combobox', { name: label })).toHaveValue('CUSTOMER_MANAGED')
  })
})

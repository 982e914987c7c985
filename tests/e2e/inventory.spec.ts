import { test, expect, type Page } from '@playwright/test'
import fs from 'node:fs'
import { randomUUID } from 'node:crypto'
import { captureServerAction, editLocation, replayServerAction, signedInPage } from './support'

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
  Number((await page.getByTestId('findings-counts').innerText()).match(/(\d+) blockers?\b/)![1])

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
    // Edit opens a drawer with the form, focus in it; closing it puts focus back on the row's Edit button.
    const edit = table.getByRole('button', { name: `Edit ${name}`, exact: true })
    await edit.click()
    const drawer = page.getByRole('dialog', { name: `Edit ${name}` })
    await expect(drawer.getByLabel('Kind', { exact: true })).toBeFocused()
    await drawer.getByRole('button', { name: 'Cancel' }).click()
    await expect(drawer).toBeHidden()
    await expect(edit).toBeFocused()
    await edit.click()
    await drawer.getByLabel('Encryption', { exact: true }).selectOption('CUSTOMER_MANAGED')
    await drawer.getByRole('button', { name: 'Save location' }).click()
    await expect(drawer).toBeHidden()
    await expect(page.getByRole('status').first()).toHaveText('Saved.')
    await expect(edit).toBeFocused()
    await expect(volumes.getByText('Customer-managed key (CMK)', { exact: true })).toBeVisible()
    await page.getByRole('checkbox', { name: `Select ${name}` }).check()
    await page.getByLabel('Key for selected rows').selectOption({ label: 'alias/e2e-brokers' })
    await page.getByRole('button', { name: 'Assign key to 1 selected' }).click()
    await expect(page.getByRole('status').first()).toHaveText('Key assigned to 1 location.')
    await expect(volumes.getByText('alias/e2e-brokers', { exact: true })).toBeVisible()
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
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
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
    const first = table.getByRole('button', { name: /^Edit / }).first()
    const label = (await first.getAttribute('aria-label'))!
    const action = await captureServerAction(owner, async () => {
      await first.click()
      await owner.getByRole('dialog').getByLabel('Encryption', { exact: true }).selectOption('NONE')
      await owner.getByRole('dialog').getByRole('button', { name: 'Save location' }).click()
    })

    const { page: reviewer } = await signedInPage(browser, 'reviewer@acme.test')
    await reviewer.goto(url)
    await expect(reviewer.getByText('Read only: platform owners build the inventory.')).toBeVisible()
    await expect(reviewer.getByRole('button', { name: label })).toHaveCount(0)
    const res = await replayServerAction(reviewer, action)
    expect(res.text).toContain('You do not have permission to do that.')
    await owner.reload()
    await owner.getByRole('button', { name: label }).click()
    await expect(owner.getByRole('dialog').getByLabel('Encryption', { exact: true })).not.toHaveValue('NONE')
  })

  test('two owners edit the same location: the second save is refused with the conflict message and the first edit survives', async ({
    browser,
  }) => {
    test.setTimeout(120_000) // two browsers on a loaded machine
    const { page: a } = await signedInPage(browser, 'owner@acme.test')
    await createReviewFromTemplate(a, `Conflict ${randomUUID().slice(0, 6)}`, /Amazon MSK Serverless/)
    const { page: b } = await signedInPage(browser, 'owner@acme.test')
    await b.goto(a.url())
    const editA = a.getByRole('button', { name: /^Edit / }).first()
    const name = (await editA.getAttribute('aria-label'))!.replace(/^Edit /, '')
    await editLocation(a, name, (drawer) =>
      drawer.getByLabel('Encryption', { exact: true }).selectOption('CUSTOMER_MANAGED'),
    )
    await b.getByRole('button', { name: `Edit ${name}`, exact: true }).click()
    const drawerB = b.getByRole('dialog', { name: `Edit ${name}` })
    await drawerB.getByLabel('Encryption', { exact: true }).selectOption('NONE')
    await drawerB.getByRole('button', { name: 'Save location' }).click()
    await expect(drawerB.getByRole('status')).toContainText(
      'This location was changed by someone else — reload to see their change, then edit again.',
    )
    await drawerB.getByRole('button', { name: 'Reload' }).click()
    await expect(drawerB.getByLabel('Encryption', { exact: true })).toHaveValue('CUSTOMER_MANAGED')
  })

  test('at 130 locations the table pages by 50; search, filter and sort run over every row, the export has them all', async ({
    browser,
  }) => {
    const { page } = await signedInPage(browser, 'owner@acme.test')
    await createReviewFromTemplate(page, `Scale ${randomUUID().slice(0, 6)}`, /Amazon MSK Serverless/)
    const lines = Array.from(
      { length: 130 },
      (_, i) =>
        `BLOCK_VOLUME,Bulk volume ${String(i).padStart(3, '0')},${i % 2 ? 'NONE' : 'UNKNOWN'},eu-west-1,RECORDS,`,
    )
    await page.getByLabel('CSV file').setInputFiles({
      name: 'bulk.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['kind,name,encryption,region,holds,key_ref', ...lines].join('\n')),
    })
    await page.getByRole('button', { name: 'Import' }).click()
    const table = page.getByRole('table', { name: 'Storage locations' })
    const pages = page.getByRole('navigation', { name: 'Pagination' })
    await expect(pages).toContainText('Page 1 of 3')
    await expect(table.getByRole('row')).toHaveCount(51) // header + 50

    await page.getByRole('searchbox', { name: 'Search' }).fill('bulk volume')
    await expect(pages).toContainText('130 rows of')
    await table.getByRole('button', { name: 'Location', exact: true }).click()
    await expect(page).toHaveURL(/sort=name$/)
    await table.getByRole('button', { name: 'Location', exact: true }).click()
    await expect(table.getByRole('row').nth(1)).toContainText('Bulk volume 129')
    await expect(page).toHaveURL(/q=bulk\+volume.*sort=name&dir=desc/)
    await pages.getByRole('button', { name: 'Next' }).click()
    await expect(pages).toContainText('Page 2 of 3')
    await pages.getByRole('button', { name: 'Next' }).click()
    await expect(pages).toContainText('Page 3 of 3')
    await expect(table.getByRole('row')).toHaveCount(31)
    await expect(table.getByRole('row').nth(30)).toContainText('Bulk volume 000')

    await page.getByRole('combobox', { name: 'Encryption', exact: true }).first().selectOption('NONE')
    await expect(pages).toContainText('65 rows of')
    await expect(pages).toContainText('Page 1 of 2')
    const exportLink = page.getByRole('link', { name: 'Export CSV (65 rows)' })
    const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()])
    const text = fs.readFileSync(await download.path(), 'utf8')
    const records = text.trim().split('\r\n')
    expect(records).toHaveLength(66) // header + 65
    expect(records[1]).toContain('Bulk volume 129')
    expect(records.slice(1).every((r) => r.includes(',NONE,'))).toBe(true)
  })
})

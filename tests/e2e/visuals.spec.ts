// The review as pictures: the overview's charts, the storage-boundary map, the decision map and the
// report's charts; each checked for what it says, used by keyboard, and screenshotted for the README.
import { test, expect } from '@playwright/test'
import fs from 'node:fs'
import { expectAccessible, signedInPage } from './support'
import { seedShowcase } from './showcase'

test.setTimeout(180_000)
const SHOTS = 'docs/screenshots'
let reviewId = ''
test.beforeAll(() => {
  reviewId = seedShowcase()
  fs.mkdirSync(SHOTS, { recursive: true })
})

test('the overview is the landing page: four charts in words and numbers, each segment linking to its list', async ({
  browser,
}) => {
  const { page } = await signedInPage(browser, 'reviewer@acme.test')
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(`/reviews/${reviewId}`)
  await expect(page.getByRole('link', { name: 'Overview', exact: false }).first()).toHaveAttribute(
    'aria-current',
    'step',
  )
  const charts = page.getByTestId('overview-charts')
  for (const title of ['Gates', 'Key coverage of in-scope locations', 'Evidence freshness', 'Findings by severity'])
    await expect(charts.getByRole('heading', { name: title })).toBeVisible()
  await expect(
    charts.getByRole('img', { name: /^Gates: Signed 0, Ready to sign 1, Blocked 6, In progress 0$/ }),
  ).toBeVisible()
  await expect(
    charts.getByRole('img', {
      name: /^Key coverage of in-scope locations: Customer-controlled key 8, Provider-managed key 1, Unknown 1, Unencrypted 0$/,
    }),
  ).toBeVisible()
  await expect(
    charts.getByRole('img', { name: /^Evidence freshness: Current 6, Expiring within 30 days 1, Expired 1$/ }),
  ).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/overview.png`, fullPage: true })

  await charts.getByRole('link', { name: /Unknown 1/ }).click()
  await expect(page).toHaveURL(/\/map\?model=UNKNOWN#map-table$/)
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 of 10 in-scope locations' })).toBeVisible()
  await expect(page.getByRole('table').first().getByRole('row')).toHaveCount(2)

  await page.goto(`/reviews/${reviewId}`)
  await charts.getByRole('link', { name: 'Storage boundary' }).first().click()
  await expect(page).toHaveURL(/\/gates\/storage-boundary$/)
})

test('the storage-boundary map: accounts by controller, keys and administrators, walked by Tab in reading order', async ({
  browser,
}) => {
  const { page } = await signedInPage(browser, 'reviewer@acme.test')
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(`/reviews/${reviewId}/map`)
  const map = page.getByRole('group', { name: /^Storage-boundary map/ })
  await expect(map).toBeVisible()
  const nodes = map.getByRole('link')
  await expect(nodes.first()).toHaveAccessibleName(/^Cloud account, AWS 111122223333/)
  await expect(map.getByRole('link', { name: /^Key, alias\/backup-vault/ })).toBeVisible()
  await expect(map.getByRole('link', { name: /^Administered by, Backup team, 1 key/ })).toBeVisible()
  await expect(
    map.getByRole('link', { name: /^Storage location, MirrorMaker 2 .*Excluded: MirrorMaker 2 is not deployed/ }),
  ).toBeVisible()
  await expect(map.getByRole('link', { name: /^Storage location, JMX metrics .*Key model unknown/ })).toBeVisible()

  await map.screenshot({ path: `${SHOTS}/storage-boundary-map.png` })
  await nodes.first().focus()
  const names: string[] = []
  for (let i = 0; i < 4; i++) {
    names.push((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '')
    await page.keyboard.press('Tab')
  }
  expect(names[0]).toMatch(/^Cloud account, AWS 111122223333/)
  expect(names[1]).toMatch(/^Storage location, Broker log segments/)
  expect(names[2]).toMatch(/^Storage location, /)

  const table = page.getByRole('table', { name: /In-scope locations by account/ })
  await expect(table.getByRole('row')).toHaveCount(11)
  await expectAccessible(page, 'map')
  await page.getByRole('link', { name: /^Key, alias\/settlement-ebs/ }).click()
  await expect(page).toHaveURL(/\/keys\/c[a-z0-9]+$/)
})

test('the decision map compares the four options for the review and is reachable before a review exists', async ({
  browser,
}) => {
  const { page } = await signedInPage(browser, 'reviewer@acme.test')
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(`/reviews/${reviewId}/scope`)
  await page.getByRole('link', { name: /Compare the four architecture options/ }).click()
  await expect(page).toHaveURL(/\/decision-map$/)
  const options = page.getByTestId('decision-options')
  for (const name of [
    'Self-managed in customer account',
    'Managed in provider account',
    'BYOC',
    'Kafka-compatible shared storage',
  ])
    await expect(options.getByRole('heading', { name, exact: true })).toBeVisible()
  await expect(page.getByText('Compared for key requirement:')).toBeVisible()
  const grid = page.getByTestId('decision-grid')
  const impossible = grid.getByRole('row', { name: /^Some locations cannot take a customer key/ })
  await expect(impossible.getByRole('link', { name: 'AutoMQ BYOC' })).toBeVisible()
  await expect(impossible.getByRole('link', { name: 'Amazon MSK Serverless' })).toBeVisible()
  await expect(grid.getByRole('row', { name: /^Customer key documented everywhere/ }).getByRole('link')).toHaveText([
    'Google Cloud Managed Service for Apache Kafka',
  ])
  await expect(options.getByText('Some locations cannot take a customer key').first()).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/decision-map.png`, fullPage: true })

  await page.goto('/reviews/new')
  await page.getByRole('link', { name: /Compare the four options/ }).click()
  await expect(page).toHaveURL(/\/decision-map$/)
  await page.getByLabel('Key requirement').selectOption('BYOK')
  await page.getByRole('button', { name: 'Compare' }).click()
  await expect(page).toHaveURL(/requirement=BYOK/)
  await expect(page.getByText(/not whether imported key material is/)).toBeVisible()
  await expectAccessible(page, 'decision map before a review')
})

test('the report shows the same charts and the map, and its PDF carries them', async ({ browser }) => {
  const { page } = await signedInPage(browser, 'compliance@acme.test')
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(`/reviews/${reviewId}/report`)
  const pictures = page.getByTestId('report-charts')
  await expect(
    pictures.getByRole('img', { name: /^Evidence freshness: Current 6, Expiring within 30 days 1, Expired 1$/ }),
  ).toBeVisible()
  await expect(pictures.getByRole('group', { name: /^Storage-boundary map/ })).toBeVisible()
  await pictures.getByTestId('overview-charts').screenshot({ path: `${SHOTS}/report-charts.png` })
  const pdf = await page.request.get(`/api/reviews/${reviewId}/report`)
  expect(pdf.status()).toBe(200)
  const body = await pdf.body()
  expect(body.subarray(0, 5).toString()).toBe('%PDF-')
  expect(body.toString('latin1')).toContain('/StructTreeRoot')
})

// axe-core on every page the role journeys visit, for each role: no serious or critical violation.
import { test, expect, type Page } from '@playwright/test'
import { expectAccessible, signedInPage } from './support'
import { seedShowcase } from './showcase'

test.setTimeout(420_000)
let reviewId = ''
test.beforeAll(() => {
  reviewId = seedShowcase()
})

const REVIEW_PAGES = [
  '',
  '/scope',
  '/inventory',
  '/keys',
  '/map',
  '/gates',
  '/gates/storage-boundary',
  '/sign-off',
  '/report',
  '/decision-map',
]

async function visit(page: Page, path: string, what = '') {
  await page.goto(path)
  await expect(page.locator('main, body').first()).toBeVisible()
  await expectAccessible(page, what)
}

async function reviewJourney(page: Page) {
  const base = `/reviews/${reviewId}`
  for (const p of REVIEW_PAGES) await visit(page, `${base}${p}`)
  await page.goto(`${base}/keys`)
  await page.getByRole('link', { name: 'alias/settlement-ebs' }).first().click()
  await expect(page).toHaveURL(/\/keys\/c[a-z0-9]+$/)
  await expectAccessible(page, 'key page')
  await visit(page, `${base}/map?model=UNKNOWN`, 'map filtered')
}

test('sign-in page: no serious or critical accessibility violation', async ({ browser }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await visit(page, '/signin')
  await page.getByLabel('Email').fill('nobody@acme.test')
  await page.getByLabel('Password').fill('not a password')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.locator('#signin-error')).toBeVisible()
  await expectAccessible(page, 'refused sign-in')
  await context.close()
})

test('platform owner journey pages: no serious or critical accessibility violation', async ({ browser }) => {
  const { page } = await signedInPage(browser, 'owner@acme.test')
  for (const p of ['/', '/my-work', '/reviews/new', '/decision-map', '/me']) await visit(page, p)
  await reviewJourney(page)
})

test('security reviewer journey pages: no serious or critical accessibility violation', async ({ browser }) => {
  const { page } = await signedInPage(browser, 'reviewer@acme.test')
  for (const p of ['/', '/my-work', '/reviews/new']) await visit(page, p)
  await reviewJourney(page)
})

test('compliance journey pages, audit log included: no serious or critical accessibility violation', async ({
  browser,
}) => {
  const { page } = await signedInPage(browser, 'compliance@acme.test')
  for (const p of ['/', '/my-work', '/audit']) await visit(page, p)
  await reviewJourney(page)
})

test('admin pages, members and audit: no serious or critical accessibility violation', async ({ browser }) => {
  const { page } = await signedInPage(browser, 'admin@acme.test')
  for (const p of ['/', '/members', '/audit', '/my-work']) await visit(page, p)
})

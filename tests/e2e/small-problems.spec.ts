// What a new user stumbled on (issue 12): next-step links that 404 or ignore their filter, refused forms that
// mark no field, and a long key alias that pushed the inventory table out of its card.
import { test, expect, type Page } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import { editLocation, signedInPage } from './support'

const SCREENS = '.data/screens-scale'

async function newReview(page: Page, template?: RegExp) {
  await page.goto('/reviews/new')
  if (template) await page.getByRole('radio', { name: template }).check()
  await page.getByLabel('Title').fill(`Stumbles ${randomUUID().slice(0, 6)}`)
  await page.getByLabel('Platform name').fill('Ledger Kafka')
  await page.getByRole('button', { name: 'Create review' }).click()
  await expect(page).toHaveURL(/\/inventory$/)
  return page.url().replace(/\/inventory$/, '')
}

test('next-step links open the failure-recovery gate and the unassigned requests, and look like links', async ({
  browser,
}) => {
  const { page } = await signedInPage(browser, 'owner@acme.test')
  const reviewUrl = await newReview(page)
  const steps = page.getByRole('region', { name: 'Your next steps' })
  const drills = steps.getByRole('link', { name: /required recovery drills? (has|have) not passed/ })
  await expect(drills).toHaveClass(/text-sky-800/)
  await drills.click()
  await expect(page).toHaveURL(`${reviewUrl}/gates/failure-recovery`)
  await expect(page.getByRole('heading', { name: /Failure recovery/i }).first()).toBeVisible()

  await steps.getByRole('link', { name: /open evidence requests? (has|have) no assignee/ }).click()
  await expect(page).toHaveURL(`${reviewUrl}/gates?assignee=none`)
  const list = page.getByRole('table', { name: 'Open evidence requests with no assignee' })
  await expect(list.getByRole('row').nth(1)).toBeVisible()
  const count = Number((await steps.getByRole('link', { name: /no assignee/ }).innerText()).match(/^(\d+)/)![1])
  await expect(list.getByRole('row')).toHaveCount(count + 1)
  await page.screenshot({ path: `${SCREENS}/gates-no-assignee.png`, fullPage: true })
})

test('"Not applicable" with an empty reason marks the reason field, and the mark clears once it is edited', async ({
  browser,
}) => {
  const { page: owner } = await signedInPage(browser, 'owner@acme.test')
  const reviewUrl = await newReview(owner)
  const { page: reviewer } = await signedInPage(browser, 'reviewer@acme.test')
  await reviewer.goto(`${reviewUrl}/gates/key-administration`)
  const card = reviewer.getByRole('listitem', { name: /^KA-02 / })
  await card.getByRole('button', { name: /KA-02/ }).click()
  await card.getByRole('button', { name: 'Not applicable…' }).click()
  await card.getByRole('button', { name: 'Mark not applicable' }).click()
  const reason = card.getByLabel('Why it does not apply')
  await expect(reason).toHaveAttribute('aria-invalid', 'true')
  await expect(reason).toHaveAccessibleDescription(/at least 10 characters/)
  await expect(reason).toHaveAttribute('maxlength', '4000')
  await reviewer.screenshot({ path: `${SCREENS}/not-applicable-marked.png`, fullPage: true })
  await reason.fill('We run no')
  await expect(reason).not.toHaveAttribute('aria-invalid', 'true')
  await expect(card.getByText(/at least 10 characters/)).toHaveCount(0)
})

test('a long key alias is cut with its full value in a title, and the key column keeps its width', async ({
  browser,
}) => {
  const { page } = await signedInPage(browser, 'owner@acme.test')
  const reviewUrl = await newReview(page, /Amazon MSK Serverless/)
  const alias = `alias/${'payments-platform-encryption-key-'.repeat(3)}eu-west-1`
  await page.goto(`${reviewUrl}/keys`)
  await page.getByLabel('Key reference').fill(`arn:aws:kms:eu-west-1:111122223333:key/${randomUUID()}`)
  await page.getByLabel('Alias').fill(alias)
  await page.getByRole('button', { name: 'Add key' }).click()
  await expect(page.getByRole('status')).toHaveText('Key added to the register.')
  await page.goto(`${reviewUrl}/inventory`)
  const table = page.getByRole('table', { name: 'Storage locations' })
  const name = (await table
    .getByRole('button', { name: /^Edit / })
    .first()
    .getAttribute('aria-label'))!.slice(5)
  await editLocation(page, name, (drawer) => drawer.getByLabel('Key', { exact: true }).selectOption({ label: alias }))
  const cut = table.getByTitle(alias, { exact: true })
  await expect(cut).toBeVisible()
  await expect
    .poll(() => cut.evaluate((el) => el.scrollWidth > el.clientWidth)) // truncated with an ellipsis
    .toBe(true)
  await page.screenshot({ path: `${SCREENS}/inventory-long-alias.png`, fullPage: true })
  // The key column stays at its 11rem (+ padding) however long the alias is.
  const keyCell = table.getByRole('cell').filter({ has: page.getByTitle(alias, { exact: true }) })
  expect((await keyCell.boundingBox())!.width).toBeLessThanOrEqual(11 * 16 + 24 + 1)
  await page.getByRole('button', { name: `Edit ${name}`, exact: true }).click()
  await expect(page.getByRole('dialog', { name: `Edit ${name}` }).getByLabel('Kind', { exact: true })).toBeFocused()
  await page.screenshot({ path: `${SCREENS}/inventory-drawer.png` })
})

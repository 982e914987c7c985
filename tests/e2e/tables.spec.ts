// Bulk actions through their confirmation dialogs, and a DataTable sorted and filtered by role and label.
import { test, expect, type Page } from '@playwright/test'
import fs from 'node:fs'
import { randomUUID } from 'node:crypto'
import { expectAccessible, signedInPage } from './support'

const SCREENS = '.data/screens-tables'
fs.mkdirSync(SCREENS, { recursive: true })
// A dialog is shot in the viewport (a full-page shot stretches the page under its fixed overlay).
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: !name.includes('dialog') })
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

async function newReview(page: Page) {
  await page.goto('/reviews/new')
  await page.getByLabel('Title').fill(`Tables ${randomUUID().slice(0, 6)}`)
  await page.getByLabel('Platform name').fill('Ledger Kafka')
  await page.getByRole('button', { name: 'Create review' }).click()
  await expect(page).toHaveURL(/\/inventory$/)
  return page.url().replace(/\/inventory$/, '')
}

test.describe('tables and bulk actions', () => {
  test('a reviewer accepts three submitted requests at once through the confirm dialog', async ({ browser }) => {
    const { page: owner } = await signedInPage(browser, 'owner@acme.test')
    const reviewUrl = await newReview(owner)
    await owner.goto(`${reviewUrl}/gates/key-administration`)
    for (const code of ['KA-01', 'KA-02', 'KA-03']) {
      const card = owner.getByRole('listitem', { name: new RegExp(`^${code} `) })
      await card.getByRole('button', { name: new RegExp(code) }).click()
      await card.getByLabel('Link (ticket, dashboard, document)').fill(`https://tickets.example/${code}`)
      await card.getByLabel('Link title').fill(`Ticket for ${code}`)
      await card.getByRole('button', { name: 'Add link' }).click()
      await card.getByRole('button', { name: 'Submit for review' }).click()
      await expect(card.getByText('Submitted', { exact: true })).toBeVisible()
    }

    const { page: reviewer } = await signedInPage(browser, 'reviewer@acme.test')
    await reviewer.goto(`${reviewUrl}/gates/key-administration`)
    const table = reviewer.getByRole('table', { name: 'Evidence requests' })
    await reviewer.getByLabel('Status', { exact: true }).selectOption({ label: 'Submitted' })
    await expect(table.getByRole('row')).toHaveCount(4) // the header and three submitted requests
    await expect(reviewer.getByRole('navigation', { name: 'Pagination' }).first()).toContainText(/^3 rows of \d+/)
    await table.getByRole('checkbox', { name: 'Select all shown rows' }).check()
    await reviewer.getByRole('button', { name: 'Accept 3 requests' }).click()
    const dialog = reviewer.getByRole('dialog', { name: 'Accept 3 requests?' })
    await expect(dialog.getByRole('list', { name: 'Selected rows' }).getByRole('listitem')).toHaveCount(3)
    await expect(dialog).toContainText('KA-02')
    await expectAccessible(reviewer, 'bulk accept dialog')
    await shot(reviewer, '01-bulk-accept-dialog')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toHaveCount(0)
    await expect(reviewer.getByRole('button', { name: 'Accept 3 requests' })).toBeFocused()

    await reviewer.getByRole('button', { name: 'Accept 3 requests' }).click()
    await reviewer.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)
    await reviewer.getByRole('button', { name: 'Accept 3 requests' }).click()
    await dialog.getByRole('button', { name: 'Accept 3 requests' }).click()
    await expect(reviewer.getByRole('status').filter({ hasText: 'Accepted 3 requests.' })).toBeVisible()
    await reviewer.getByLabel('Status', { exact: true }).selectOption({ label: 'Accepted' })
    await expect(table.getByRole('row')).toHaveCount(4)
    await shot(reviewer, '02-bulk-accept-done')
  })

  test('a platform owner requests two exceptions at once; compliance grants both with one note', async ({
    browser,
  }) => {
    const { page: reviewer } = await signedInPage(browser, 'owner@acme.test')
    const reviewUrl = await newReview(reviewer)
    await reviewer.goto(`${reviewUrl}/sign-off`)
    await reviewer.getByText('Request exceptions for blockers', { exact: true }).click()
    const blockers = reviewer.getByRole('table', { name: 'Blockers' })
    await blockers.getByRole('checkbox').nth(1).check()
    await blockers.getByRole('checkbox').nth(2).check()
    const form = reviewer.getByRole('form', { name: 'Request an exception' })
    await form.getByLabel('Justification').fill('The platform team fills the inventory during the migration sprint.')
    await form.getByLabel('Compensating controls').fill('No production data flows until the inventory exists.')
    await form.getByLabel('Expires on').fill(day(30))
    await form.getByRole('button', { name: 'Request 2 exceptions' }).click()
    const requestDialog = reviewer.getByRole('dialog', { name: 'Request 2 exceptions?' })
    await expectAccessible(reviewer, 'bulk request dialog')
    await shot(reviewer, '03-bulk-request-dialog')
    await requestDialog.getByRole('button', { name: 'Request 2 exceptions' }).click()
    await expect(reviewer.getByRole('status').filter({ hasText: 'Requested 2 exceptions.' })).toBeVisible()

    const { page: compliance } = await signedInPage(browser, 'compliance@acme.test')
    await compliance.goto(`${reviewUrl}/sign-off`)
    const exceptions = compliance.getByRole('table', { name: 'Exceptions' })
    await exceptions.getByRole('checkbox', { name: 'Select all shown rows' }).check()
    const note = 'Accepted for the migration sprint; revisit at the re-review.'
    await compliance.getByLabel('Grant note for the selected exceptions').fill(note)
    await compliance.getByRole('button', { name: 'Grant 2 exceptions' }).click()
    const dialog = compliance.getByRole('dialog', { name: 'Grant 2 exceptions?' })
    await expect(dialog.getByRole('list', { name: 'Selected rows' }).getByRole('listitem')).toHaveCount(2)
    await expectAccessible(compliance, 'bulk grant dialog')
    await shot(compliance, '04-bulk-grant-dialog')
    await dialog.getByRole('button', { name: 'Grant 2 exceptions' }).click()
    await expect(compliance.getByRole('status').filter({ hasText: 'Granted 2 exceptions.' })).toBeVisible()
    await expect(exceptions.getByText('Live', { exact: true })).toHaveCount(2)
    await expect(exceptions.getByText(`Grant note: ${note}`)).toHaveCount(2)
    await shot(compliance, '05-bulk-grant-done')

    await compliance.goto('/exceptions')
    const register = compliance.getByRole('table', { name: 'Exception register' })
    await compliance.getByLabel('Search', { exact: true }).fill('fills the inventory during the migration')
    await expect(register.getByText(`Grant note: ${note}`)).toHaveCount(2)
    await shot(compliance, '06-exception-register')
  })

  test('the members table sorts by a header and filters by role and by search', async ({ browser }) => {
    const { page } = await signedInPage(browser, 'admin@acme.test')
    await page.goto('/members')
    const table = page.getByRole('table', { name: 'Members' })
    const name = table.getByRole('columnheader', { name: /^Name/ })
    await expect(name).toHaveAttribute('aria-sort', 'ascending')
    const first = await table.getByRole('row').nth(1).textContent()
    await name.getByRole('button').click()
    await expect(name).toHaveAttribute('aria-sort', 'descending')
    await expect(table.getByRole('row').nth(1)).not.toHaveText(first ?? '')

    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Compliance' })
    await expect(table.getByRole('row', { name: /compliance@acme\.test/ })).toBeVisible()
    await expect(table.getByRole('row', { name: /owner@acme\.test/ })).toHaveCount(0)
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText(/^\d+ rows? of \d+/)
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'All' })
    await page.getByLabel('Search', { exact: true }).fill('reviewer@')
    await expect(table.getByRole('row', { name: /reviewer@acme\.test/ })).toBeVisible()
    await expect(table.getByRole('row', { name: /admin@acme\.test/ })).toHaveCount(0)
    await shot(page, '07-members-filtered')

    await page.getByLabel('Search', { exact: true }).fill('')
    await table.getByRole('button', { name: 'Deactivate reviewer@acme.test' }).click()
    await expect(page.getByRole('dialog', { name: 'Deactivate reviewer@acme.test?' })).toBeVisible()
    await expectAccessible(page, 'deactivate dialog')
    await shot(page, '08-deactivate-dialog')
    await page.keyboard.press('Escape')
    await expect(table.getByRole('button', { name: 'Deactivate reviewer@acme.test' })).toBeFocused()
  })
})

// Questions where they belong: a reviewer asks on a gate and mentions the owner; the worker tells the owner (the
// bell counts it, the inbox opens the thread); the owner replies there; open questions sit in the report's
// appendix until the thread is resolved.
import { test, expect, type Page } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import { signedInPage } from './support'

async function newReview(page: Page, title: string) {
  await page.goto('/reviews/new')
  await page.getByLabel('Title').fill(title)
  await page.getByLabel('Platform name').fill('Ledger Kafka')
  await page.getByRole('button', { name: 'Create review' }).click()
  await expect(page).toHaveURL(/\/inventory$/)
  return page.url().replace(/\/inventory$/, '')
}
const unreadOf = async (page: Page) =>
  Number(
    (await page.getByRole('link', { name: /^Inbox, / }).getAttribute('aria-label'))!.match(/(\d+) unread/)?.[1] ?? 0,
  )

test('a mention reaches the owner’s inbox, opens the thread, gets a reply; resolving it clears the report’s open questions', async ({
  browser,
}) => {
  const tag = randomUUID().slice(0, 6)
  const title = `Discussed ${tag}`
  const { page: owner } = await signedInPage(browser, 'owner@acme.test')
  const reviewUrl = await newReview(owner, title)

  const { page: reviewer } = await signedInPage(browser, 'reviewer@acme.test')
  await reviewer.goto(`${reviewUrl}/discussion`)
  await reviewer.getByLabel('About').selectOption({ label: 'Failure recovery' })
  const question = `@owner@acme.test when does the disabled-key drill run? (${tag})`
  await reviewer.getByLabel('Question or note').fill(question)
  await reviewer.getByRole('button', { name: 'Comment', exact: true }).click()
  await expect(reviewer.getByRole('status')).toContainText('Comment added; 1 mentioned will be told.')
  await expect(reviewer.getByRole('listitem', { name: /^Thread: @owner/ })).toContainText('Failure recovery gate')

  const notice = owner.getByRole('listitem', { name: 'Rita Reviewer mentioned you' }).filter({ hasText: title })
  await expect
    .poll(async () => {
      await owner.goto('/inbox')
      return notice.count()
    })
    .toBe(1)
  const before = await unreadOf(owner)
  expect(before).toBeGreaterThan(0)
  await notice.getByRole('button', { name: 'Open: Rita Reviewer mentioned you' }).click()
  await expect(owner).toHaveURL(`${reviewUrl}/gates/failure-recovery`)
  expect(await unreadOf(owner)).toBeLessThan(before)
  const thread = owner.getByRole('listitem', { name: /^Thread: @owner/ })
  await thread.getByText('Reply to this thread').click()
  await thread.getByLabel('Your reply').fill('Thursday in staging; the CI token posts the report.')
  await thread.getByRole('button', { name: 'Reply', exact: true }).click()
  await expect(thread).toContainText('Thursday in staging; the CI token posts the report.')
  await owner.goto('/inbox?show=all')
  await expect(notice.getByText('Read', { exact: true })).toBeVisible()

  await reviewer.goto(`${reviewUrl}/report`)
  const appendix = reviewer.getByRole('region', { name: /Appendix: open questions/ }).or(reviewer.getByText(question))
  await expect(appendix.first()).toBeVisible()
  await reviewer.goto(`${reviewUrl}/discussion`)
  await reviewer
    .getByRole('listitem', { name: /^Thread: @owner/ })
    .getByRole('button', { name: 'Resolve' })
    .click()
  await expect(reviewer.getByRole('listitem', { name: /^Thread: @owner/ })).toHaveCount(0)
  await reviewer.getByRole('link', { name: 'Show resolved threads too' }).click()
  await expect(reviewer.getByRole('listitem', { name: /^Thread: @owner/ })).toContainText('Resolved')
  await reviewer.goto(`${reviewUrl}/report`)
  await expect(reviewer.getByText('No unresolved discussion threads.')).toBeVisible()
  await expect(reviewer.getByText(question)).toHaveCount(0)
})

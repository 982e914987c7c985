import { test, expect, type Page } from '@playwright/test'
import { createHash, randomUUID } from 'node:crypto'
import { addMember, captureServerAction, replayServerAction, signIn, signedInPage } from './support'

// A small but real PDF, padded so a throttled upload takes a few seconds and its progress shows.
function pdf(label: string, padKb = 200) {
  const body = `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${label}\n${'%'.repeat(padKb * 1024)}\ntrailer << /Root 1 0 R >>\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

async function newReview(page: Page) {
  await page.goto('/reviews/new')
  await page.getByLabel('Title').fill(`Evidence ${randomUUID().slice(0, 6)}`)
  await page.getByLabel('Platform name').fill('Ledger Kafka')
  await page.getByRole('button', { name: 'Create review' }).click()
  await expect(page).toHaveURL(/\/inventory$/)
  return page.url().replace(/\/inventory$/, '')
}

async function openRequest(page: Page, reviewUrl: string, code: string) {
  await page.goto(`${reviewUrl}/gates/key-administration`)
  const card = page.getByRole('listitem', { name: new RegExp(`^${code} `) })
  await card.getByRole('button', { name: new RegExp(code) }).click()
  return card
}

async function upload(page: Page, card: ReturnType<Page['getByRole']>, file: Buffer, name: string, throttle = false) {
  if (throttle) {
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 64 * 1024,
    })
  }
  await card.getByLabel('Evidence file').setInputFiles({ name, mimeType: 'application/pdf', buffer: file })
  await card.getByRole('button', { name: 'Upload', exact: true }).click()
  if (throttle) await expect(card.getByRole('progressbar')).toBeVisible()
  await expect(card.getByTestId('uploaded-sha256')).toHaveText(sha256(file), { timeout: 30_000 })
}

test.describe('evidence', () => {
  test('owner uploads with progress, reviewer sends back, owner uploads a new version, reviewer accepts; panels follow', async ({
    browser,
  }) => {
    const { page: owner } = await signedInPage(browser, 'owner@acme.test')
    const reviewUrl = await newReview(owner)
    let card = await openRequest(owner, reviewUrl, 'KA-02')
    const v1 = pdf('v1')
    await upload(owner, card, v1, 'key-policy.pdf', true)
    await card.getByRole('button', { name: 'Submit for review' }).click()
    await expect(card.getByText('Submitted', { exact: true })).toBeVisible()

    const { page: reviewer } = await signedInPage(browser, 'reviewer@acme.test')
    await reviewer.goto(reviewUrl)
    await expect(
      reviewer.getByRole('region', { name: 'Your next steps' }).or(reviewer.getByLabel('Your next steps')),
    ).toContainText(/1 submitted evidence request|1 evidence request .*review|waits? for your review/i)
    card = await openRequest(reviewer, reviewUrl, 'KA-02')
    await expect(card.getByRole('link', { name: 'key-policy' })).toHaveAttribute('href', /\/api\/evidence\//)
    await card.getByRole('button', { name: 'Send back' }).click()
    await card.getByLabel('What must change').fill('The policy export misses the grants of the broker role.')
    await card.getByRole('button', { name: 'Send back to the owner' }).click()
    await expect(card.getByText('Changes requested', { exact: true })).toBeVisible()

    card = await openRequest(owner, reviewUrl, 'KA-02')
    await expect(card.getByText('The policy export misses the grants of the broker role.')).toBeVisible()
    const v2 = pdf('v2')
    // A second file is a new item unless the uploader says which one it replaces.
    await expect(card.getByLabel('This is a new version of')).toHaveValue('')
    await card.getByLabel('This is a new version of').selectOption({ label: 'key-policy' })
    await upload(owner, card, v2, 'key-policy-v2.pdf')
    await expect(card.getByText('Superseded')).toBeVisible()
    await card.getByRole('button', { name: 'Submit for review' }).click()
    await expect(card.getByText('Submitted', { exact: true })).toBeVisible()

    const blockersBefore = Number(
      (await reviewer.getByTestId('findings-counts').innerText()).match(/(\d+) blockers?\b/)![1],
    )
    card = await openRequest(reviewer, reviewUrl, 'KA-02')
    await card.getByRole('button', { name: 'Accept' }).click()
    await expect(card.getByText('Accepted', { exact: true })).toBeVisible()
    await expect
      .poll(async () =>
        Number((await reviewer.getByTestId('findings-counts').innerText()).match(/(\d+) blockers?\b/)![1]),
      )
      .toBe(blockersBefore - 1)

    const download = await reviewer.request.get(
      (await card.getByRole('link', { name: 'key-policy-v2' }).getAttribute('href')) as string,
    )
    expect(download.status()).toBe(200)
    expect(download.headers()['content-disposition']).toMatch(/^attachment; filename="key-policy-v2\.pdf"/)
    expect(sha256(Buffer.from(await download.body()))).toBe(sha256(v2))
  })

  test('a user of another organization cannot download evidence by its URL', async ({ browser }) => {
    const { page: owner } = await signedInPage(browser, 'owner@acme.test')
    const reviewUrl = await newReview(owner)
    const card = await openRequest(owner, reviewUrl, 'KA-03')
    await upload(owner, card, pdf('tenant', 4), 'rotation.pdf')
    const href = (await card.getByRole('link', { name: 'rotation' }).getAttribute('href')) as string
    expect((await owner.request.get(href)).status()).toBe(200)
    const { page: globex } = await signedInPage(browser, 'owner@globex.test')
    const res = await globex.request.get(href)
    expect(res.status()).toBe(404)
    expect(await res.text()).not.toContain('%PDF')
    const anonymous = await browser.newContext()
    expect((await anonymous.request.get(new URL(href, owner.url()).toString())).status()).toBe(401)
  })

  test('a disguised executable is refused with a clear message and nothing is stored', async ({ browser }) => {
    const { page: owner } = await signedInPage(browser, 'owner@acme.test')
    const reviewUrl = await newReview(owner)
    const card = await openRequest(owner, reviewUrl, 'KA-01')
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(4096, 1)])
    await card
      .getByLabel('Evidence file')
      .setInputFiles({ name: 'policy.pdf', mimeType: 'application/pdf', buffer: elf })
    await card.getByRole('button', { name: 'Upload', exact: true }).click()
    await expect(card.getByRole('status')).toContainText('not allowed as evidence')
    await expect(card.getByText('No evidence yet.')).toBeVisible()
  })

  test('nobody accepts evidence they uploaded, even by calling the accept action directly', async ({ browser }) => {
    // An admin makes a member who is both platform owner and security reviewer.
    const { page: admin } = await signedInPage(browser, 'admin@acme.test')
    const email = `dual-${randomUUID().slice(0, 6)}@acme.test`
    const password = await addMember(admin, email, 'Dana Dual', ['Platform owner', 'Security reviewer'])

    const dualContext = await browser.newContext()
    const dual = await dualContext.newPage()
    await signIn(dual, email, password)
    await expect(dual.getByTestId('org-name')).toHaveText('Acme Payments')
    const reviewUrl = await newReview(dual)
    let card = await openRequest(dual, reviewUrl, 'KA-04')
    await upload(dual, card, pdf('dual', 4), 'vendor-confirmation.pdf')
    await card.getByRole('button', { name: 'Submit for review' }).click()
    await expect(card.getByText('Submitted', { exact: true })).toBeVisible()
    await expect(card.getByText('You uploaded evidence here, so another reviewer must accept it.')).toBeVisible()
    await expect(card.getByRole('button', { name: 'Accept' })).toHaveCount(0)

    // Capture a real accept call made by another reviewer, without letting it through, and replay it as the uploader.
    const { page: reviewer } = await signedInPage(browser, 'reviewer@acme.test')
    card = await openRequest(reviewer, reviewUrl, 'KA-04')
    const action = await captureServerAction(reviewer, () => card.getByRole('button', { name: 'Accept' }).click())
    const res = await replayServerAction(dual, action)
    expect(res.text).toContain(
      'You uploaded evidence for this request, so someone else must accept it (separation of duties).',
    )
    await dual.reload()
    card = await openRequest(dual, reviewUrl, 'KA-04')
    await expect(card.getByText('Submitted', { exact: true })).toBeVisible()
  })
})

// Issue 9 seen from outside, against the built app: redirects stay home, temporary passwords are changed first,
// an invitation shows nothing of another tenant, downloads cannot run as pages, and malformed requests get a 4xx.
import { test, expect, type Page } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { addMember, signIn, signedInPage } from './support'

async function newReviewId(page: Page) {
  await page.goto('/reviews/new')
  await page.getByLabel('Title').fill(`Hardening ${randomUUID().slice(0, 6)}`)
  await page.getByLabel('Platform name').fill('Ledger Kafka')
  await page.getByRole('button', { name: 'Create review' }).click()
  await expect(page).toHaveURL(/\/inventory$/)
  return page.url().split('/reviews/')[1].split('/')[0]
}

test.describe('hardening', () => {
  for (const payload of ['%2F%5Cevil.example%2F', '%2F%09%2Fevil.example%2F']) {
    test(`sign-in with callbackUrl=${payload} stays on this app`, async ({ page, baseURL }) => {
      await page.goto(`/signin?callbackUrl=${payload}`)
      await signIn(page, 'owner@acme.test', undefined, { navigate: false })
      await expect(page.getByTestId('org-name')).toHaveText('Acme Payments')
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin)
    })
  }

  test('a member with a temporary password can do nothing until they change it', async ({ browser, page }) => {
    const { page: admin } = await signedInPage(browser, 'admin@acme.test')
    const email = `temp-${randomUUID().slice(0, 8)}@acme.test`
    const password = await addMember(admin, email, 'Tina Temporary', ['Security reviewer'])
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    await client.query('UPDATE users SET must_change_password = true WHERE email = $1', [email])
    await client.end()

    await signIn(page, email, password)
    await expect(page).toHaveURL(/\/account\/password$/)
    await expect(page.getByRole('status')).toContainText('temporary password')
    await page.goto('/reviews/new')
    await expect(page).toHaveURL(/\/account\/password$/)
    const upload = await page.request.get('/api/evidence/anything')
    expect(upload.status()).toBe(403)
    await page.getByLabel('Current password').fill(password)
    await page.getByLabel('New password', { exact: true }).fill('my-own-long-password')
    await page.getByLabel('New password again').fill('my-own-long-password')
    await page.getByRole('button', { name: 'Change password' }).click()
    await expect(page.getByTestId('org-name')).toHaveText('Acme Payments')
  })

  test("inviting another organization's user answers as for anyone and shows none of their details", async ({
    browser,
  }) => {
    const { page: admin } = await signedInPage(browser, 'admin@acme.test')
    await admin.goto('/members')
    await admin.getByLabel('Email').fill('owner@globex.test')
    await admin.getByLabel('Name').fill('Typed By Acme')
    await admin.getByRole('group', { name: 'Roles' }).getByLabel('Compliance').check()
    await admin.getByRole('button', { name: 'Invite member' }).click()
    await expect(admin.getByRole('status')).toHaveText(
      'Invitation created for owner@globex.test. Send them the link below; it is shown only now.',
    )
    const invitation = admin.getByRole('listitem', { name: 'Invitation for owner@globex.test' })
    await expect(invitation).toContainText('Typed By Acme')
    await expect(admin.getByRole('main')).not.toContainText('Globex')
    await invitation.getByRole('button', { name: 'Revoke invitation for owner@globex.test' }).click()
    await admin.getByRole('dialog').getByRole('button', { name: 'Revoke invitation' }).click()
    await expect(invitation).toHaveCount(0)
  })

  test('an evidence download cannot run as a page: sandbox CSP, and an HTML name on text gets .txt', async ({
    browser,
  }) => {
    const { page } = await signedInPage(browser, 'owner@acme.test')
    const reviewId = await newReviewId(page)
    const query = new URLSearchParams({
      title: 'Looks like HTML',
      effectiveDate: '2026-11-01',
      fileName: 'report.html',
    })
    const res = await page.request.post(`/api/reviews/${reviewId}/evidence?${query}`, {
      headers: { 'x-keyproof-request': '1', 'content-type': 'application/octet-stream' },
      data: Buffer.from('Quarterly key report: rotation validated.\n<b>this line looks like markup</b>\n'),
    })
    expect(res.status()).toBe(201)
    const { evidence } = (await res.json()) as { evidence: { id: string } }
    const download = await page.request.get(`/api/evidence/${evidence.id}`)
    expect(download.headers()['content-security-policy']).toBe("default-src 'none'; sandbox")
    expect(download.headers()['content-disposition']).toContain('filename="report.html.txt"')
    expect(download.headers()['content-type']).toMatch(/^text\/plain/)
  })

  test('an upload from an opaque origin is refused with 403 and a message, not a 500', async ({ browser }) => {
    const { page } = await signedInPage(browser, 'owner@acme.test')
    const reviewId = await newReviewId(page)
    const res = await page.request.post(
      `/api/reviews/${reviewId}/evidence?title=x&effectiveDate=2026-11-01&fileName=a.txt`,
      {
        headers: { 'x-keyproof-request': '1', origin: 'null' },
        data: Buffer.from('hello'),
      },
    )
    expect(res.status()).toBe(403)
    expect((await res.json()).error).toBe('This request did not come from a Keyproof page.')
  })

  test('server-action requests no browser sends get 400 or 413 with a message', async ({ browser }) => {
    const { page } = await signedInPage(browser, 'owner@acme.test')
    await page.goto('/')
    const post = (headers: Record<string, string>, data: string | Buffer) =>
      page.request.post('/', { headers: { 'next-action': 'a'.repeat(40), ...headers }, data })
    const cases = [
      { headers: { 'content-type': 'application/json' }, data: '{"a":1}' },
      { headers: { 'content-type': 'text/plain;charset=UTF-8' }, data: 'not json' },
      { headers: { 'content-type': 'text/plain;charset=UTF-8' }, data: '{"not":"an array"}' },
      { headers: { 'content-type': 'text/plain;charset=UTF-8' }, data: '['.repeat(100) + ']'.repeat(100) },
    ]
    for (const c of cases) {
      const res = await post(c.headers, c.data)
      expect(res.status(), c.data.slice(0, 30)).toBe(400)
      expect((await res.json()).error).toBe('This request is malformed.')
    }
    const big = await post({ 'content-type': 'text/plain;charset=UTF-8' }, Buffer.alloc(3 * 1024 * 1024, 0x61))
    expect(big.status()).toBe(413)
  })
})

import { test, expect } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import { addMember, expectNoInternalsLeak, signIn, signedInPage } from './support'

const SEEDED = [
  { email: 'admin@acme.test', org: 'Acme Payments', roles: ['Admin'] },
  { email: 'owner@acme.test', org: 'Acme Payments', roles: ['Platform owner'] },
  { email: 'reviewer@acme.test', org: 'Acme Payments', roles: ['Security reviewer'] },
  { email: 'compliance@acme.test', org: 'Acme Payments', roles: ['Compliance'] },
  { email: 'lead@acme.test', org: 'Acme Payments', roles: ['Security reviewer', 'Compliance'] },
  { email: 'admin@globex.test', org: 'Globex', roles: ['Admin'] },
  { email: 'owner@globex.test', org: 'Globex', roles: ['Platform owner'] },
]

test.describe('sign-in', () => {
  for (const u of SEEDED) {
    test(`${u.email} signs in with the password and sees ${u.org} and their roles`, async ({ page }) => {
      await signIn(page, u.email)
      await expect(page).toHaveURL('/')
      await expect(page.getByTestId('org-name')).toHaveText(u.org)
      const roles = page.getByRole('list', { name: 'Your roles' }).getByRole('listitem')
      await expect(roles).toHaveText(u.roles)
    })
  }

  test('an anonymous visitor is sent to sign-in', async ({ page }) => {
    await page.goto('/members')
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fmembers/)
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  })

  test('bad credentials get a clear message and no internals', async ({ page }) => {
    await signIn(page, 'admin@acme.test', 'wrong-password')
    await expect(page.getByRole('status')).toHaveText(
      'That email and password do not match an account. Check both and try again.',
    )
    await expect(page).toHaveURL(/\/signin/)
    await expectNoInternalsLeak(page)
  })

  test('after 5 failures for one email, the sixth attempt is refused with the throttle message, even with the right password', async ({
    page,
  }) => {
    const email = `throttled-${randomUUID().slice(0, 8)}@acme.test`
    for (let i = 0; i < 5; i++) {
      await signIn(page, email, `wrong-${i}`)
      await expect(page.getByRole('status')).toContainText('do not match')
    }
    await signIn(page, email, 'anything')
    await expect(page.getByRole('status')).toHaveText(
      /Too many failed sign-in attempts for this email\. Sign-in is paused for 15 minutes/,
    )
    await expectNoInternalsLeak(page)
  })

  test('a member invited by an admin accepts the link, signs in; once deactivated they are refused clearly', async ({
    browser,
    page,
  }) => {
    const { page: admin } = await signedInPage(browser, 'admin@acme.test')
    const email = `temp-${randomUUID().slice(0, 8)}@acme.test`
    const password = await addMember(admin, email, 'Tess Invited', ['Security reviewer'])

    await signIn(page, email, password)
    await expect(page.getByTestId('org-name')).toHaveText('Acme Payments')
    await page.context().clearCookies()

    await admin.reload()
    await admin.getByRole('button', { name: `Deactivate ${email}` }).click()
    await admin.getByRole('button', { name: 'Confirm deactivation' }).click()
    await expect(admin.getByRole('row', { name: email }).getByText('Deactivated')).toBeVisible()

    await signIn(page, email, password)
    await expect(page.getByRole('status')).toHaveText(
      'This account has been deactivated. Ask an admin of your organization to reactivate it.',
    )
    await expectNoInternalsLeak(page)
  })

  test('signing out ends the session', async ({ page }) => {
    await signIn(page, 'reviewer@acme.test')
    await expect(page.getByTestId('org-name')).toBeVisible()
    await page.getByRole('link', { name: 'Sign out' }).click()
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/signin/)
    await page.goto('/')
    await expect(page).toHaveURL(/\/signin/)
  })
})

import { test, expect, type Page } from '@playwright/test'

async function ssoLogin(page: Page, email: string) {
  await page.goto('/signin')
  await page.getByRole('button', { name: 'Sign in with Test IdP' }).click()
  await page.locator('input[name="login"]').fill(email) // the test IdP's own page, not ours
  await page.locator('input[name="password"]').fill('any')
  await page.getByRole('button', { name: 'Sign-in' }).click()
  await page.getByRole('button', { name: 'Continue' }).click()
}

test.describe('single sign-on through a local OIDC provider', () => {
  test("a member's email signs in and lands in their organization", async ({ page }) => {
    await ssoLogin(page, 'reviewer@acme.test')
    await expect(page.getByTestId('org-name')).toHaveText('Acme Payments')
    await expect(page.getByLabel('Signed in as')).toContainText('reviewer@acme.test')
  })

  test('an email with no membership is refused and no account is created', async ({ page }) => {
    await ssoLogin(page, 'stranger@elsewhere.test')
    await expect(page).toHaveURL(/\/signin\?error=NoMembership/)
    await expect(page.getByRole('status')).toContainText('this email is not a member of any organization')
    await page.goto('/')
    await expect(page).toHaveURL(/\/signin/)
  })
})

import { test as setup, expect } from '@playwright/test'
import { signIn, stateFile } from './support'

export const ACCOUNTS = [
  'admin@acme.test',
  'owner@acme.test',
  'reviewer@acme.test',
  'compliance@acme.test',
  'lead@acme.test',
  'admin@globex.test',
  'owner@globex.test',
]

for (const email of ACCOUNTS) {
  setup(`sign in ${email}`, async ({ page }) => {
    await signIn(page, email)
    await expect(page.getByLabel('Signed in as')).toContainText(email)
    await page.context().storageState({ path: stateFile(email) })
  })
}

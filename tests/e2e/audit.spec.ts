import { test, expect } from '@playwright/test'
import { signedInPage } from './support'

test.describe('audit log', () => {
  test('compliance filters the log and verifies the chain', async ({ browser }) => {
    const { page } = await signedInPage(browser, 'compliance@acme.test')
    await page.goto('/')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click()
    await page.getByLabel('Action').fill('organization.created')
    await page.getByRole('button', { name: 'Filter' }).click()
    await expect(page.getByRole('heading', { name: '1 events' })).toBeVisible()
    await expect(page.getByRole('cell', { name: 'organization.created' })).toBeVisible()
    await page.getByRole('button', { name: 'Verify chain' }).click()
    await expect(page.getByRole('status')).toContainText(/Chain verified: \d+ events, no broken link/)
  })

  test('a platform owner cannot open the audit log', async ({ browser }) => {
    const { page } = await signedInPage(browser, 'owner@acme.test')
    await page.goto('/audit')
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible()
  })
})

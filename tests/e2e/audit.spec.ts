import { test, expect } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import { verifyPack } from '../../lib/reports/verify-pack'
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

  test('compliance checkpoints the chain and finds it, with the keys to pin, on the checkpoints page', async ({
    browser,
  }) => {
    const { page } = await signedInPage(browser, 'compliance@acme.test')
    await page.goto('/audit')
    await page.getByRole('button', { name: 'Verify chain' }).click()
    await expect(page.getByRole('status')).toContainText(
      /Checkpoint of seq \d+ signed and written|already checkpointed/,
    )
    await page.getByRole('link', { name: 'Checkpoints and signing keys' }).click()
    await expect(page.getByRole('heading', { name: 'Audit checkpoints' })).toBeVisible()
    await expect(page.getByLabel('Checkpoint signing key (PEM)')).toContainText('BEGIN PUBLIC KEY')
    await expect(page.getByText('may only read and append to the audit log')).toBeVisible()
    await expect(page.getByRole('cell', { name: 'verified' }).first()).toBeVisible()
    const download = await page.request.get('/api/audit/checkpoints')
    expect(download.ok()).toBe(true)
    expect((await download.text()).split('\n')[0]).toMatch(/^\{"at":".+","format":"keyproof-audit-checkpoint-v1",/)
  })

  test('an evidence pack carries the checkpointed chain head and verifies offline', async ({ browser }) => {
    const { page } = await signedInPage(browser, 'owner@acme.test')
    await page.goto('/reviews/new')
    await page.getByLabel('Title').fill(`Pack ${randomUUID().slice(0, 6)}`)
    await page.getByLabel('Platform name').fill('Ledger Kafka')
    await page.getByRole('button', { name: 'Create review' }).click()
    await expect(page).toHaveURL(/\/inventory$/)
    const reviewId = new URL(page.url()).pathname.split('/')[2]
    const response = await page.request.get(`/api/reviews/${reviewId}/evidence-pack`)
    expect(response.status()).toBe(200)
    const result = await verifyPack(new Uint8Array(await response.body()))
    expect(result.problems).toEqual([])
    expect(result.keyId).toBe(response.headers()['x-signing-key-id'])
    expect(result.auditHead?.seq).toBeGreaterThan(0)
    expect(result.checkpointsChecked).toBeGreaterThanOrEqual(1)
  })

  test('a platform owner cannot open the audit log or its checkpoints', async ({ browser }) => {
    const { page } = await signedInPage(browser, 'owner@acme.test')
    await page.goto('/audit')
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible()
    await page.goto('/audit/checkpoints')
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible()
    expect((await page.request.get('/api/audit/checkpoints')).status()).toBe(403)
  })
})

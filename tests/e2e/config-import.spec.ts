import path from 'node:path'
import { test, expect } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import { signedInPage } from './support'

const DIR = path.resolve(import.meta.dirname, '../fixtures/config-import')
const KEY_ID = '6c2d9e41-3b7a-4f58-a0c1-7e9d2b4f6a83'
const FILES = ['describe-cluster-v2.json', 'describe-key.json', `policy@${KEY_ID}.json`, 'grants.json']
const AT_REST = '$.ClusterInfo.Provisioned.EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId'

test.describe('configuration import', () => {
  test('the owner imports an MSK cluster on the AWS-managed key: provider-managed in the preview, a key-administration blocker under a CMK requirement, verified in the report, and who can decrypt', async ({
    browser,
  }) => {
    const { page } = await signedInPage(browser, 'owner@acme.test')
    await page.goto('/reviews/new')
    await page.getByLabel('Title').fill(`Payments MSK ${randomUUID().slice(0, 6)}`)
    await page.getByLabel('Platform name').fill('Payments Kafka')
    await page.getByLabel('Key requirement').selectOption('CMK')
    await page.getByRole('button', { name: 'Create review' }).click()
    await expect(page).toHaveURL(/\/reviews\/\w+\/inventory$/)
    const reviewId = page.url().split('/').at(-2)!

    await page.getByLabel('Configuration output files').setInputFiles(FILES.map((f) => path.join(DIR, f)))
    await expect(page.getByRole('list', { name: 'Files to import' }).getByRole('listitem')).toHaveCount(4)
    await page.getByRole('button', { name: 'Preview what the files change' }).click()
    const preview = page.getByRole('region', { name: 'Import preview' })
    const row = preview.getByRole('row', { name: /Broker data volumes \(payments\)/ })
    await expect(row).toContainText('Encryption: — → Provider-managed key')
    await expect(row).toContainText(`describe-cluster-v2.json ${AT_REST}`)
    await expect(preview.getByRole('row', { name: /Key model/ })).toContainText('Provider-managed')

    await preview.getByRole('button', { name: 'Apply these changes' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Imported 4 files' })).toContainText(
      '1 location added, 0 changed; 1 key added, 0 changed; 2 principals recorded.',
    )
    const table = page.getByRole('table', { name: 'Storage locations' })
    const imported = table.getByRole('row', { name: /Broker data volumes \(payments\)/ })
    await expect(imported.getByText('Provider-managed key', { exact: true })).toBeVisible()
    await expect(imported.locator('[data-fact="verified"]').first()).toHaveAttribute(
      'title',
      `Verified from describe-cluster-v2.json ${AT_REST}`,
    )
    // The findings are listed on the overview (every tab counts them per gate).
    await page.getByRole('link', { name: 'Every finding, with its targets, on the overview →' }).click()
    const blocker = page.locator('[data-finding="KA-BELOW-REQUIREMENT"]')
    await expect(blocker).toContainText('Broker data volumes (payments)')
    await expect(blocker).toContainText('Record verified from describe-cluster-v2.json.')

    await page.getByRole('link', { name: /^Keys \(/ }).click()
    const matrix = page.getByRole('table', { name: `Who can decrypt arn:aws:kms:eu-west-1:111122223333:key/${KEY_ID}` })
    await expect(matrix.getByRole('row')).toHaveCount(3) // header + 2 principals
    await expect(matrix.getByRole('row', { name: /^\*/ })).toContainText('any principal (conditions not evaluated)')
    await expect(matrix).toContainText('arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForKafka/kafka-payments')
    await expect(matrix).toContainText('grants.json $.Grants[0].GranteePrincipal')

    await page.goto(`/reviews/${reviewId}/report`)
    const inventory = page.getByRole('table').filter({ hasText: 'Broker data volumes (payments)' }).first()
    await expect(inventory.locator('[data-fact="verified"]').first()).toHaveText(
      `verified (describe-cluster-v2.json ${AT_REST})`,
    )
    const reportMatrix = page.getByRole('table', { name: /^Who can decrypt arn:aws:kms/ })
    await expect(reportMatrix).toContainText('AWSServiceRoleForKafka')
    await expect(page.getByText('describe-cluster-v2.json').first()).toBeVisible()
  })

  test('a security reviewer sees no import and the route refuses them', async ({ browser }) => {
    const { page } = await signedInPage(browser, 'reviewer@acme.test')
    await page.goto('/')
    const href = await page.getByRole('link', { name: 'Payments Kafka — 2026 key review' }).first().getAttribute('href')
    const reviewId = href!.split('/')[2]
    await page.goto(`/reviews/${reviewId}/inventory`)
    await expect(page.getByRole('heading', { name: 'Storage locations' }).first()).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Import configuration' })).toHaveCount(0)
    const res = await page.request.post(`/api/reviews/${reviewId}/config-import`, {
      headers: { 'X-Keyproof-Request': '1', origin: new URL(page.url()).origin },
      multipart: {
        step: 'preview',
        file: { name: 'describe-key.json', mimeType: 'application/json', buffer: Buffer.from('{}') },
      },
    })
    expect(res.status()).toBe(403)
    expect((await res.json()).error).toBe('You do not have permission to do that.')
  })
})

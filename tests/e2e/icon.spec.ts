import { test, expect } from '@playwright/test'

test.describe('app icon', () => {
  test('the sign-in page links the SVG icon, which an anonymous visitor can load', async ({ page, request }) => {
    await page.goto('/signin')
    const href = await page.locator('link[rel="icon"]').getAttribute('href')
    expect(href).toBe('/icon.svg')
    const icon = await request.get(href!, { maxRedirects: 0 })
    expect(icon.status()).toBe(200)
    expect(icon.headers()['content-type']).toContain('image/svg+xml')
  })

  test('/favicon.ico answers with the icon instead of a 404', async ({ request }) => {
    const favicon = await request.get('/favicon.ico', { maxRedirects: 0 })
    expect(favicon.status()).toBe(200)
    expect(favicon.headers()['content-type']).toContain('image/svg+xml')
    expect(await favicon.text()).toContain('<title>Keyproof</title>')
  })
})

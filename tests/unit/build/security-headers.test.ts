// The app-wide headers: HSTS only over https, and evidence downloads keep their sandbox policy (the app-wide CSP
// must not replace it, which it did when one rule matched every path).
import { afterEach, describe, expect, it, vi } from 'vitest'

async function headersFor(url: string | undefined) {
  vi.resetModules()
  vi.stubEnv('NEXTAUTH_URL', url ?? '')
  const { default: config } = await import('@/next.config')
  return config.headers!()
}
afterEach(() => vi.unstubAllEnvs())

const find = (rules: Awaited<ReturnType<typeof headersFor>>, source: string, key: string) =>
  rules.find((r) => r.source === source)?.headers.find((h) => h.key === key)?.value

describe('security headers', () => {
  it('sends HSTS when served over https, and not over http', async () => {
    const https = await headersFor('https://keyproof.example.com')
    expect(find(https, '/((?!api/evidence/).*)', 'Strict-Transport-Security')).toBe(
      'max-age=31536000; includeSubDomains',
    )
    const http = await headersFor('http://localhost:3000')
    expect(find(http, '/((?!api/evidence/).*)', 'Strict-Transport-Security')).toBeUndefined()
  })

  it('gives evidence downloads the sandbox policy and keeps the app policy off them', async () => {
    const rules = await headersFor(undefined)
    expect(find(rules, '/api/evidence/:path*', 'Content-Security-Policy')).toBe("default-src 'none'; sandbox")
    const app = rules.find((r) => r.source !== '/api/evidence/:path*')!
    expect(new RegExp(`^${app.source}$`).test('/api/evidence/abc')).toBe(false)
    expect(new RegExp(`^${app.source}$`).test('/reviews/abc')).toBe(true)
  })
})

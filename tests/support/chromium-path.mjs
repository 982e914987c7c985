// Finds a Chromium for Playwright without downloading: KEYPROOF_CHROMIUM (or CHROMIUM_PATH) if set,
// else Debian's /usr/bin/chromium, else the build shipped inside the @sparticuz/chromium npm package.
import fs from 'node:fs'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
]

export async function resolveChromium() {
  const fromEnv = process.env.KEYPROOF_CHROMIUM || process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`KEYPROOF_CHROMIUM points to ${fromEnv}, which does not exist`)
    return { path: fromEnv, source: 'env' }
  }
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser'])
    if (fs.existsSync(p)) return { path: p, source: 'system' }
  const { default: chromium } = await import('@sparticuz/chromium')
  return { path: await chromium.executablePath(), source: '@sparticuz/chromium' }
}

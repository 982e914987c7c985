// Signs in as a demo user and screenshots pages: node scripts/screenshot.mjs <email> <outdir> <path...>
import { chromium } from '@playwright/test'
import { resolveChromium, CHROMIUM_ARGS } from '../tests/support/chromium-path.mjs'

const [email, outDir, ...paths] = process.argv.slice(2)
const base = process.env.BASE_URL || 'http://localhost:3000'
const { path } = await resolveChromium()
const browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS })
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
await page.goto(`${base}/signin`)
if (email !== 'anon') {
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(process.env.PASSWORD || 'keyproof-demo')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL((u) => !u.pathname.startsWith('/signin'), { timeout: 60000 })
}
for (const p of paths) {
  await page.goto(`${base}${p}`)
  await page.waitForLoadState('networkidle')
  const file = `${outDir}/${p.replace(/[^a-z0-9]+/gi, '_') || 'root'}.png`
  await page.screenshot({ path: file, fullPage: true })
  console.log(file)
}
await browser.close()

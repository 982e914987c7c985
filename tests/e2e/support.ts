import fs from 'node:fs'
import { expect, type Browser, type Locator, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

export const DEMO_PASSWORD = 'keyproof-demo'
export const stateFile = (email: string) => `.data/auth/${email}.json`

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, { navigate = true } = {}) {
  if (navigate) await page.goto('/signin')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
}

export async function signedInPage(browser: Browser, email: string) {
  const context = await browser.newContext({ storageState: stateFile(email) })
  return { context, page: await context.newPage() }
}

/** No stack trace, database error or framework internals on the page. */
export async function expectNoInternalsLeak(page: Page) {
  const text = await page.locator('body').innerText()
  expect(text).not.toMatch(/\bat \S+ \(|Prisma|P20\d\d|SQLSTATE|TypeError|ReferenceError|stack/i)
}

/**
 * Captures the server-action request the page sends when `trigger` runs, without letting it reach
 * the server; returns what is needed to replay it as someone else.
 */
export async function captureServerAction(page: Page, trigger: () => Promise<void>) {
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined
  await page.route('**/*', async (route) => {
    const req = route.request()
    const headers = await req.allHeaders()
    if (req.method() === 'POST' && headers['next-action'] && !captured) {
      captured = { url: req.url(), headers, body: req.postDataBuffer() ?? Buffer.alloc(0) }
      await route.abort()
    } else await route.continue()
  })
  await trigger()
  await expect.poll(() => captured !== undefined).toBe(true)
  await page.unrouteAll({ behavior: 'ignoreErrors' })
  return captured!
}

export async function replayServerAction(
  page: Page,
  action: { url: string; headers: Record<string, string>; body: Buffer },
  body = action.body,
) {
  const res = await page.request.post(action.url, {
    headers: {
      'next-action': action.headers['next-action'],
      'content-type': action.headers['content-type'],
      accept: 'text/x-component',
    },
    data: body,
  })
  return { status: res.status(), text: await res.text() }
}

/**
 * As an admin on /members: invites someone with the given roles; the invitee opens the link in a fresh browser
 * context, creates their account and joins. Returns the password they chose.
 */
export async function addMember(admin: Page, email: string, name: string, roles: string[]) {
  await admin.goto('/members')
  await admin.getByLabel('Email').fill(email)
  await admin.getByLabel('Name').fill(name)
  for (const role of roles) await admin.getByRole('group', { name: 'Roles' }).getByLabel(role, { exact: true }).check()
  await admin.getByRole('button', { name: 'Invite member' }).click()
  const link = await admin.getByLabel('Invitation link').inputValue()
  const password = `pw-${Math.random().toString(36).slice(2)}-long`
  const context = await admin.context().browser()!.newContext()
  const invitee = await context.newPage()
  await invitee.goto(link)
  await invitee.getByLabel('Choose a password').fill(password)
  await invitee.getByLabel('Password again').fill(password)
  await invitee.getByRole('button', { name: 'Create my account and join' }).click()
  await expect(invitee.getByRole('status')).toHaveText('Your account is ready. Sign in to start.')
  await context.close()
  return password
}

/**
 * Runs axe-core (WCAG 2.1 A/AA rules) on the page as it is now and fails on any serious or critical
 * violation, naming each rule and the elements it found. Each checked page is appended to
 * .data/axe-pages.txt (path with ids as :id) so a run can say how many distinct pages it checked.
 */
export async function expectAccessible(page: Page, what = '') {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  const path = new URL(page.url()).pathname.replace(/\/c[a-z0-9]{20,}/g, '/:id')
  fs.mkdirSync('.data', { recursive: true })
  fs.appendFileSync('.data/axe-pages.txt', `${path}${what ? ` (${what})` : ''}\t${serious.length}\n`)
  const report = serious.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')} — ${n.failureSummary}`).join('\n')}`,
  )
  expect(report, `axe on ${path} ${what}`).toEqual([])
}

/**
 * Edits one inventory location in its drawer: opens it from the row's Edit button, lets `fill` set fields in
 * the form, saves, and waits for the drawer to close and "Saved.".
 */
export async function editLocation(page: Page, name: string, fill: (drawer: Locator) => Promise<unknown>) {
  await page.getByRole('button', { name: `Edit ${name}`, exact: true }).click()
  const drawer = page.getByRole('dialog', { name: `Edit ${name}` })
  await fill(drawer)
  await drawer.getByRole('button', { name: 'Save location' }).click()
  await expect(drawer).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
}

/** The gate page's required request cards (not marked Optional), each found again by its name. */
export async function requiredCards(page: Page, reviewUrl: string, gate: string) {
  await page.goto(`${reviewUrl}/gates/${gate}`)
  const all = page.getByRole('listitem', { name: /^[A-Z]{2}-\d{2} / })
  const names: string[] = []
  for (let i = 0; i < (await all.count()); i++) {
    const card = all.nth(i)
    if ((await card.getByText('Optional', { exact: true }).count()) === 0)
      names.push((await card.getAttribute('aria-label'))!)
  }
  return names.map((name) => page.getByRole('listitem', { name, exact: true }))
}
/** Opens a request card unless it is open already. */
export async function expand(card: Locator) {
  const toggle = card.getByRole('button').first()
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
}

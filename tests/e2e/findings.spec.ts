// Issue 10 end to end: a WarpStream BYOC review with its control plane claimed under a customer key shows the
// controller blocker; an exception covers it, the review is approved with exceptions, and once the exception has
// lapsed (a later clock, passed in through the test-only `keyproof-test-now` cookie) the approved review says
// "decision stale — re-review needed" on the review page, in My work and in the report. On the way: a second
// upload is a new item, and an exclusion is proposed by the owner and accepted by a security reviewer.
import { test, expect, type Page } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import { editLocation, expand, requiredCards, signedInPage } from './support'

test.setTimeout(480_000)

const GATES = [
  'compatibility',
  'storage-boundary',
  'key-administration',
  'audit-evidence',
  'cost-model',
  'failure-recovery',
  'migration-safety',
]
const GATE_LABELS = [
  'Compatibility',
  'Storage boundary',
  'Key administration',
  'Audit evidence',
  'Cost model',
  'Failure recovery',
  'Migration safety',
]
const CONTROL_PLANE = 'WarpStream control plane / cloud metadata store'
const BUCKET = 'Customer object storage bucket (warpstream/ prefix)'
const LOGS = 'Agent logs and metrics'
const SCREENS = '.data/screens-findings'
const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true })
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)
const pdf = (label: string) => ({
  name: `${label}.pdf`,
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.4\n% ${label}\n%%EOF\n`),
})

test('WarpStream BYOC: controller blocker, an exception, approval, and a decision that goes stale when it lapses', async ({
  browser,
}) => {
  const { page: owner } = await signedInPage(browser, 'owner@acme.test')
  const { page: reviewer } = await signedInPage(browser, 'reviewer@acme.test')
  const { context: complianceContext, page: compliance } = await signedInPage(browser, 'compliance@acme.test')
  const title = `WarpStream ${randomUUID().slice(0, 6)}`

  // Owner: a review from the WarpStream BYOC template, which names the vendor's key terms.
  await owner.goto('/reviews/new')
  const card = owner.getByRole('radio', { name: /WarpStream BYOC/ })
  await card.check()
  await expect(owner.getByText(/Vendor terms: “bucket default encryption \(SSE-KMS\)”/)).toBeVisible()
  await shot(owner, '01-new-review-template')
  await owner.getByLabel('Title').fill(title)
  await owner.getByLabel('Platform name').fill('Events WarpStream')
  await owner.getByRole('button', { name: 'Create review' }).click()
  await expect(owner).toHaveURL(/\/inventory$/)
  const reviewUrl = owner.url().replace(/\/inventory$/, '')

  // Owner: a customer key, the bucket and the control plane claimed under it, the agent logs proposed for exclusion.
  await owner.getByRole('link', { name: /^Keys \(/ }).click()
  await owner.getByLabel('Key reference').fill('arn:aws:kms:eu-west-1:111122223333:key/events')
  await owner.getByLabel('Alias').fill('alias/events')
  await owner.getByLabel('Rotation validated on').fill(day(-30))
  await owner.getByRole('button', { name: 'Add key' }).click()
  await expect(owner.getByRole('status')).toHaveText('Key added to the register.')
  await owner.goto(`${reviewUrl}/inventory`)
  for (const name of [BUCKET, CONTROL_PLANE]) {
    await editLocation(owner, name, async (drawer) => {
      await drawer.getByLabel('Encryption', { exact: true }).selectOption('CUSTOMER_MANAGED')
      await drawer.getByLabel('Key', { exact: true }).selectOption({ label: 'alias/events' })
    })
  }
  await owner.getByRole('button', { name: `Propose excluding ${LOGS}` }).click()
  await owner
    .getByLabel('Exclusion reason')
    .fill('Agent logs and metrics carry no record data; they stay in our account.')
  await owner.getByRole('button', { name: 'Propose exclusion' }).click()
  await expect(owner.getByRole('status').filter({ hasText: 'Exclusion proposed.' })).toBeVisible()
  await owner.reload()
  await expect(
    owner.getByRole('table', { name: 'Storage locations' }).getByText('Exclusion proposed', { exact: true }),
  ).toBeVisible()
  await expect(owner.getByText('Controlled by vendor').first()).toBeVisible()
  await shot(owner, '02-inventory')

  // The controller blocker, in the key-administration gate.
  await owner.goto(`${reviewUrl}/gates/key-administration`)
  const gateFindings = owner.getByText(/KA-CONTROLLER-CLAIM/).first()
  await expect(gateFindings).toBeVisible()
  await expect(
    owner.getByText(/is a vendor control plane, yet it is recorded as Customer-managed key/).first(),
  ).toBeVisible()
  await shot(owner, '03-key-administration-controller-blocker')

  // Owner: the records the gates need.
  await owner.goto(`${reviewUrl}/gates/compatibility`)
  await owner.getByText('Add a compatibility check', { exact: true }).click()
  await owner.getByLabel('Component').fill('franz-go')
  await owner.getByLabel('Version').fill('1.18')
  await owner.getByLabel('Result').selectOption('PASS')
  await owner.getByRole('button', { name: 'Add compatibility check' }).click()
  await expect(owner.getByRole('status').filter({ hasText: 'Added.' })).toBeVisible()
  // A typo is corrected, not rewritten: the old version stays in the history.
  await owner.getByRole('button', { name: 'Correct…' }).click()
  const correction = owner.getByRole('form', { name: 'Correct this compatibility check' })
  await correction.getByLabel('Version').fill('1.18.1')
  await correction.getByLabel('Why it is corrected').fill('The version tested was 1.18.1, not 1.18.')
  await correction.getByRole('button', { name: 'Save correction' }).click()
  await expect(owner.getByText('History: 1 superseded or withdrawn version')).toBeVisible()
  await owner.getByText('History: 1 superseded or withdrawn version').click()
  await expect(owner.getByText('The version tested was 1.18.1, not 1.18.')).toBeVisible()
  await shot(owner, '04-compatibility-history')
  for (const scenario of ['KEY_DISABLED', 'KEY_ROTATION']) {
    await owner.goto(`${reviewUrl}/gates/failure-recovery`)
    await owner.getByText('Add a drill', { exact: true }).click()
    await owner.getByLabel('Scenario').selectOption(scenario)
    await owner.getByLabel('Environment').fill('staging')
    await owner.getByLabel('Performed on').fill(day(0))
    await owner.getByLabel('Outcome').selectOption('PASSED')
    await owner.getByRole('button', { name: 'Add drill' }).click()
    await expect(owner.getByRole('status').filter({ hasText: 'Added.' })).toBeVisible()
  }

  // Owner: evidence on every required request. Two files on the first: the second is a new item, not a version.
  let first = true
  for (const gate of GATES) {
    for (const [i, c] of (await requiredCards(owner, reviewUrl, gate)).entries()) {
      await expand(c)
      if (first) {
        for (const label of ['describe-cluster', 'key-policy']) {
          await c.getByLabel('Evidence file').setInputFiles(pdf(label))
          await expect(c.getByLabel('This is a new version of')).toHaveCount(label === 'key-policy' ? 1 : 0)
          if (label === 'key-policy') await expect(c.getByLabel('This is a new version of')).toHaveValue('')
          await c.getByRole('button', { name: 'Upload', exact: true }).click()
          await expect(c.getByTestId('uploaded-sha256')).toHaveText(/^[0-9a-f]{64}$/)
        }
        await expect(c.getByText('2 evidence')).toBeVisible()
        await expect(c.getByText('Superseded', { exact: true })).toHaveCount(0)
        first = false
      } else {
        const form = c.getByRole('form', { name: 'Add a link as evidence' })
        await form.getByLabel('Link (ticket, dashboard, document)').fill(`https://evidence.example/${gate}/${i}`)
        await form.getByLabel('Link title').fill(`Evidence ${gate} ${i + 1}`)
        await form.getByRole('button', { name: 'Add link' }).click()
        await expect(c.getByRole('status').filter({ hasText: 'Link added as evidence.' })).toBeVisible()
      }
      await c.getByRole('button', { name: 'Submit for review' }).click()
      await expect(c.getByText('Submitted', { exact: true })).toBeVisible()
    }
  }

  // Reviewer: accepts the exclusion and every request, states the scope, asks for an exception on the blocker.
  await reviewer.goto(`${reviewUrl}/inventory`)
  const exclusion = reviewer.getByRole('listitem', { name: `Exclusion of ${LOGS}` })
  await exclusion.getByRole('button', { name: 'Accept exclusion' }).click()
  await expect(exclusion).toContainText('Accepted — out of scope')
  for (const gate of GATES)
    for (const c of await requiredCards(reviewer, reviewUrl, gate)) {
      await expand(c)
      await c.getByRole('button', { name: 'Accept' }).click()
      await expect(c.getByText('Accepted', { exact: true })).toBeVisible()
    }
  await reviewer.goto(`${reviewUrl}/scope`)
  await reviewer.getByLabel('Regions').fill('eu-west-1')
  await reviewer.getByLabel('Allowed jurisdictions').fill('EU')
  await reviewer
    .getByLabel('Control boundary')
    .fill('Our AWS account holds the bucket and the key; WarpStream runs the control plane.')
  await reviewer.getByLabel('Cryptographic boundary').fill('Records are encrypted in our bucket under our KMS key.')
  await reviewer
    .getByLabel('Operational boundary')
    .fill('WarpStream operates the control plane; agents run in our VPC.')
  await reviewer.getByLabel('Recovery boundary').fill('Disabling the key stops the agents; runbook R-7 restores them.')
  await reviewer.getByRole('button', { name: 'Save scope' }).click()
  await expect(reviewer.getByRole('status').filter({ hasText: 'Scope saved.' })).toBeVisible()
  await reviewer.goto(`${reviewUrl}/sign-off`)
  await reviewer.getByText('Request exceptions for blockers', { exact: true }).click()
  const request = reviewer.getByRole('form', { name: 'Request an exception' })
  await reviewer.getByRole('checkbox', { name: `Select KA-CONTROLLER-CLAIM — ${CONTROL_PLANE}` }).check()
  await request
    .getByLabel('Justification')
    .fill('WarpStream confirms customer keys for the control plane next quarter.')
  await request.getByLabel('Compensating controls').fill('Metadata only; no record data leaves our bucket.')
  await request.getByLabel('Expires on').fill(day(7))
  await request.getByRole('button', { name: 'Request 1 exception' }).click()
  await reviewer.getByRole('dialog').getByRole('button', { name: 'Request 1 exception' }).click()
  await expect(reviewer.getByRole('status').filter({ hasText: 'Requested 1 exception' })).toBeVisible()

  // Compliance: grants it, signs every gate, approves with exceptions (pre-selected, with the lapse warned of).
  await compliance.goto(`${reviewUrl}/sign-off`)
  await compliance.getByRole('button', { name: 'Grant…' }).click()
  await compliance.getByLabel('Grant note', { exact: true }).fill('Accepted until WarpStream ships customer keys.')
  await compliance.getByRole('button', { name: 'Grant', exact: true }).click()
  await compliance.getByRole('dialog').getByRole('button', { name: 'Confirm grant' }).click()
  await expect(compliance.getByRole('table', { name: 'Exceptions' }).getByText(/^Live$/)).toBeVisible()
  for (const label of GATE_LABELS) {
    const item = compliance.getByRole('listitem', { name: `${label} sign-off` })
    await item.getByRole('button', { name: `Sign ${label}…` }).click()
    await item
      .getByLabel('Statement you sign')
      .fill(`Reviewed every accepted request of ${label} against its expectation.`)
    await item.getByRole('button', { name: `Sign ${label}`, exact: true }).click()
    await compliance
      .getByRole('dialog')
      .getByRole('button', { name: `Confirm and sign ${label}` })
      .click()
    await expect(item.getByText('Signed', { exact: true })).toBeVisible()
  }
  await expect(compliance.getByRole('radio', { name: /^Approved with exceptions/ })).toBeChecked()
  await expect(compliance.getByRole('radio', { name: /^Approved All gates/ })).toBeDisabled()
  await expect(compliance.getByLabel('Decision warnings')).toContainText(`${day(7)} 23:59:59 UTC`)
  await shot(compliance, '05-decision-form')
  await compliance.getByRole('button', { name: 'Record decision…' }).click()
  await compliance.getByRole('button', { name: 'Confirm decision' }).click()
  // Recorded: the form gives way to the decided review's summary (the outcome's name alone is on the form already).
  await expect(compliance.getByRole('radio', { name: /^Approved/ })).toHaveCount(0)
  await expect(compliance.getByText(/^Approved with exceptions on \d{4}-\d{2}-\d{2}/)).toBeVisible()
  await expect(compliance.getByRole('region', { name: 'Decision stale' })).toHaveCount(0)

  // Eight days later the exception has lapsed: the approval is stale on the review page, in My work, in the report.
  await complianceContext.addCookies([
    // For the whole site (a cookie set from a page's URL would get that page's folder as its path).
    {
      name: 'keyproof-test-now',
      value: new Date(Date.now() + 8 * 86_400_000).toISOString(),
      url: new URL('/', compliance.url()).href,
    },
  ])
  await compliance.goto(reviewUrl)
  const banner = compliance.getByRole('region', { name: 'Decision stale' })
  await expect(banner).toContainText('Decision stale — re-review needed')
  await expect(banner).toContainText('exception for KA-CONTROLLER-CLAIM no longer live')
  await shot(compliance, '06-review-decision-stale')
  await compliance.goto(`${reviewUrl}/gates/key-administration`)
  await expect(compliance.getByText('KA-DECISION-STALE').first()).toBeVisible()
  await compliance.goto('/my-work')
  const work = compliance.locator('section').filter({ has: compliance.getByRole('link', { name: title }) })
  await expect(work).toContainText('Decision stale — re-review needed')
  await shot(compliance, '07-my-work')
  await compliance.goto(`${reviewUrl}/report`)
  await expect(compliance.getByRole('article', { name: 'Readiness report' })).toContainText(
    'Decision stale — re-review needed',
  )
  await shot(compliance, '08-report')
  // Without the later clock nothing is stale yet.
  await reviewer.goto(reviewUrl)
  await expect(reviewer.getByRole('region', { name: 'Decision stale' })).toHaveCount(0)
})

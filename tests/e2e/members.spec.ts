import { test, expect } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import { addMember, captureServerAction, replayServerAction, signedInPage } from './support'

test.describe('members and authorization', () => {
  test('a platform owner sees no member management, and the add-member action called directly is refused with nothing changed', async ({
    browser,
  }) => {
    const { page: admin } = await signedInPage(browser, 'admin@acme.test')
    const { page: owner } = await signedInPage(browser, 'owner@acme.test')
    await owner.goto('/')
    await expect(owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' })).toHaveCount(0)
    await owner.goto('/members')
    await expect(owner.getByRole('heading', { name: 'Not found' })).toBeVisible()

    const email = `smuggled-${randomUUID().slice(0, 8)}@acme.test`
    await admin.goto('/members')
    await admin.getByLabel('Email').fill(email)
    await admin.getByLabel('Name').fill('Smuggled Admin')
    await admin.getByRole('group', { name: 'Roles' }).getByLabel('Admin').check()
    const action = await captureServerAction(admin, () => admin.getByRole('button', { name: 'Invite member' }).click())

    const res = await replayServerAction(owner, action)
    expect(res.text).toContain('You do not have permission to do that.')
    await admin.goto('/members')
    await expect(admin.getByRole('row', { name: email })).toHaveCount(0)
    // The captured request never reached the server and the owner's replay was refused: no invitation exists.
    await expect(admin.getByRole('listitem', { name: `Invitation for ${email}` })).toHaveCount(0)
  })

  test("a Globex admin changing an Acme member's roles by id gets not found, and the Acme member is unchanged", async ({
    browser,
  }) => {
    const { page: acmeAdmin } = await signedInPage(browser, 'admin@acme.test')
    await acmeAdmin.goto('/members')
    const ownerRow = acmeAdmin.getByRole('row', { name: 'owner@acme.test' })
    await ownerRow.getByRole('button', { name: 'Change roles of owner@acme.test' }).click()
    const acmeMembershipId = await ownerRow.locator('input[name="membershipId"]').inputValue()

    const { page: globexAdmin } = await signedInPage(browser, 'admin@globex.test')
    await globexAdmin.goto('/members')
    const row = globexAdmin.getByRole('row', { name: 'owner@globex.test' })
    await row.getByRole('button', { name: 'Change roles of owner@globex.test' }).click()
    const globexMembershipId = await row.locator('input[name="membershipId"]').inputValue()
    await row.getByLabel('Admin').check()
    await row.getByRole('button', { name: 'Save roles' }).click()
    const action = await captureServerAction(globexAdmin, () =>
      globexAdmin.getByRole('dialog').getByRole('button', { name: 'Save roles' }).click(),
    )

    const forged = Buffer.from(
      action.body.toString('latin1').replaceAll(globexMembershipId, acmeMembershipId),
      'latin1',
    )
    const res = await replayServerAction(globexAdmin, action, forged)
    expect(res.text).toContain('Member was not found.')
    await acmeAdmin.reload()
    await expect(acmeAdmin.getByRole('row', { name: 'owner@acme.test' })).toContainText('Platform owner')
    await expect(acmeAdmin.getByRole('row', { name: 'owner@acme.test' })).not.toContainText('Admin')
  })

  test('an admin changes a member role, sees it saved, and sees the change in the audit log', async ({ browser }) => {
    const { page } = await signedInPage(browser, 'admin@globex.test')
    const email = `roles-${randomUUID().slice(0, 8)}@globex.test`
    await addMember(page, email, 'Role Changer', ['Platform owner'])
    await page.goto('/members')
    const row = page.getByRole('row', { name: email })
    await row.getByRole('button', { name: `Change roles of ${email}` }).click()
    await row.getByLabel('Compliance').check()
    await row.getByRole('button', { name: 'Save roles' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Save roles' }).click()
    await expect(row).toContainText('Platform owner, Compliance')

    await page.goto('/audit?action=member.roles_changed')
    await expect(page.getByRole('cell', { name: 'member.roles_changed' }).first()).toBeVisible()
  })

  test('the last active admin cannot be deactivated: a clear message and nothing changes', async ({ browser }) => {
    const { page } = await signedInPage(browser, 'admin@globex.test')
    await page.goto('/members')
    const row = page.getByRole('row', { name: 'admin@globex.test' })
    await row.getByRole('button', { name: 'Deactivate admin@globex.test' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm deactivation' }).click()
    await expect(row.getByRole('status')).toHaveText(
      'An organization must keep at least one active admin. Make someone else an admin first.',
    )
    await page.reload()
    await expect(page.getByRole('row', { name: 'admin@globex.test' }).getByText('Active')).toBeVisible()
  })
})

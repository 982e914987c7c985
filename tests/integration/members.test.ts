import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import {
  acceptInvitation,
  addMember,
  changeMemberRoles,
  changeOwnPassword,
  getMember,
  listInvitations,
  listMembers,
  revokeInvitation,
  setMemberActive,
  viewInvitation,
} from '@/lib/dal/members'
import { hashPassword, verifyPassword } from '@/lib/auth/password'
import { verifyChain } from '@/lib/audit/chain'
import { makeOrganization, membershipOf } from '../support/factory'

const auditCount = (organizationId: string) => db.auditEvent.count({ where: { organizationId } })

describe('members DAL', () => {
  it('refuses a platform owner every member mutation and changes nothing', async () => {
    const { organization, actors } = await makeOrganization()
    const target = await membershipOf(actors.admin)
    const events = await auditCount(organization.id)
    await expect(
      addMember(actors.owner, { email: 'x@test.example', name: 'X', roles: ['ADMIN'] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(
      changeMemberRoles(actors.owner, { membershipId: target.id, version: target.version, roles: ['PLATFORM_OWNER'] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(
      setMemberActive(actors.owner, { membershipId: target.id, version: target.version }, false),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await db.user.findUnique({ where: { email: 'x@test.example' } })).toBeNull()
    expect(await membershipOf(actors.admin)).toMatchObject({
      roles: ['ADMIN'],
      deactivatedAt: null,
      version: target.version,
    })
    expect(await auditCount(organization.id)).toBe(events)
  })

  it("answers not found for another organization's member id, for reads and writes", async () => {
    const acme = await makeOrganization()
    const globex = await makeOrganization()
    const acmeOwner = await membershipOf(acme.actors.owner)
    await expect(getMember(globex.actors.admin, acmeOwner.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Member was not found.',
    })
    await expect(
      changeMemberRoles(globex.actors.admin, {
        membershipId: acmeOwner.id,
        version: acmeOwner.version,
        roles: ['ADMIN'],
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(
      setMemberActive(globex.actors.admin, { membershipId: acmeOwner.id, version: acmeOwner.version }, false),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await membershipOf(acme.actors.owner)).toMatchObject({ roles: ['PLATFORM_OWNER'], deactivatedAt: null })
    expect((await listMembers(globex.actors.admin)).map((m) => m.id)).not.toContain(acmeOwner.id)
  })

  it('invites a new person: only the hash of the link token is stored, the invitee sets a password, all audited', async () => {
    const { organization, actors } = await makeOrganization()
    const invited = await addMember(actors.admin, {
      email: '  New.Person@Test.Example ',
      name: 'New Person',
      roles: ['SECURITY_REVIEWER'],
    })
    expect(invited.token).toMatch(/^[\w-]{43}$/)
    const row = await db.invitation.findUniqueOrThrow({ where: { id: invited.invitationId } })
    expect(row.tokenHash).not.toContain(invited.token)
    expect(await db.user.findUnique({ where: { email: 'new.person@test.example' } })).toBeNull()
    await expect(
      acceptInvitation(invited.token, null, { name: 'New Person', password: 'short', confirm: 'short' }),
    ).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { password: ['Use at least 12 characters.'] } })
    const accepted = await acceptInvitation(invited.token, null, {
      name: 'New Person',
      password: 'a-long-new-password',
      confirm: 'a-long-new-password',
    })
    expect(accepted.newUser).toBe(true)
    const membership = await db.membership.findUniqueOrThrow({ where: { id: accepted.membershipId } })
    expect(membership).toMatchObject({ organizationId: organization.id, roles: ['SECURITY_REVIEWER'] })
    await expect(
      acceptInvitation(invited.token, null, {
        name: 'x',
        password: 'a-long-new-password',
        confirm: 'a-long-new-password',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const actions = (
      await db.auditEvent.findMany({ where: { organizationId: organization.id }, orderBy: { seq: 'asc' } })
    )
      .map((e) => e.action)
      .slice(-2)
    expect(actions).toEqual(['member.invited', 'member.invitation_accepted'])
    expect((await verifyChain(db, organization.id)).ok).toBe(true)
  })

  it("answers an invitation for another organization's user exactly as for an unknown email, showing nothing of them", async () => {
    const a = await makeOrganization()
    const b = await makeOrganization()
    const foreign = await addMember(b.actors.admin, {
      email: a.actors.owner.email,
      name: 'Typed Name',
      roles: ['PLATFORM_OWNER'],
    })
    const unknown = await addMember(b.actors.admin, {
      email: 'nobody-yet@test.example',
      name: 'Typed Name',
      roles: ['PLATFORM_OWNER'],
    })
    const shape = (r: typeof foreign) => ({ ...r, invitationId: 'x', token: 'x', email: 'x', expiresAt: 'x' })
    expect(shape(foreign)).toEqual(shape(unknown))
    // Nothing of Acme's user reaches Globex: no membership yet, and the list shows what the admin typed.
    expect((await listMembers(b.actors.admin)).map((m) => m.user.email)).not.toContain(a.actors.owner.email)
    expect((await listInvitations(b.actors.admin)).find((i) => i.email === a.actors.owner.email)?.name).toBe(
      'Typed Name',
    )
    // Only that account, signed in, can accept; then it joins.
    await expect(acceptInvitation(foreign.token, null, {})).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(acceptInvitation(foreign.token, b.actors.owner.userId, {})).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    const joined = await acceptInvitation(foreign.token, a.actors.owner.userId, {})
    expect(joined.newUser).toBe(false)
    await expect(
      addMember(b.actors.admin, { email: a.actors.owner.email, name: 'again', roles: ['ADMIN'] }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `${a.actors.owner.email} is already a member of this organization.`,
    })
    await expect(
      addMember(b.actors.admin, { email: 'nobody-yet@test.example', name: 'again', roles: ['ADMIN'] }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
  })

  it('a revoked or expired invitation reads as unusable and cannot be accepted', async () => {
    const { actors } = await makeOrganization()
    const now = new Date()
    const inv = await addMember(
      actors.admin,
      { email: 'revoke-me@test.example', name: 'R', roles: ['COMPLIANCE'] },
      now,
    )
    const row = await db.invitation.findUniqueOrThrow({ where: { id: inv.invitationId } })
    await revokeInvitation(actors.admin, { invitationId: row.id, version: row.version })
    expect(await viewInvitation(inv.token)).toEqual({ state: 'UNUSABLE' })
    const later = await addMember(actors.admin, { email: 'late@test.example', name: 'L', roles: ['COMPLIANCE'] }, now)
    expect(await viewInvitation(later.token, new Date(now.getTime() + 8 * 86_400_000))).toEqual({ state: 'UNUSABLE' })
    expect(await viewInvitation('not a token')).toEqual({ state: 'UNUSABLE' })
  })

  it('a temporary password must be changed: the wrong current one is refused, the change clears the flag and is audited', async () => {
    const { organization, actors } = await makeOrganization()
    await db.user.update({
      where: { id: actors.owner.userId },
      data: { passwordHash: await hashPassword('temporary-pass-1'), mustChangePassword: true },
    })
    await expect(
      changeOwnPassword(actors.owner, {
        current: 'wrong',
        password: 'my-own-password-1',
        confirm: 'my-own-password-1',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { current: ['Not your current password.'] } })
    await changeOwnPassword(actors.owner, {
      current: 'temporary-pass-1',
      password: 'my-own-password-1',
      confirm: 'my-own-password-1',
    })
    const user = await db.user.findUniqueOrThrow({ where: { id: actors.owner.userId } })
    expect(user.mustChangePassword).toBe(false)
    expect(await verifyPassword(user.passwordHash!, 'my-own-password-1')).toBe(true)
    expect(
      await db.auditEvent.count({ where: { organizationId: organization.id, action: 'user.password_changed' } }),
    ).toBe(1)
  })

  it('gives specific validation messages and writes nothing for bad input', async () => {
    const { organization, actors } = await makeOrganization()
    const events = await auditCount(organization.id)
    await expect(addMember(actors.admin, { email: 'not-an-email', name: 'X', roles: ['ADMIN'] })).rejects.toMatchObject(
      { code: 'VALIDATION', fieldErrors: { email: ['Enter a valid email address.'] } },
    )
    await expect(addMember(actors.admin, { email: 'ok@test.example', name: 'X', roles: [] })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { roles: ['Choose at least one role.'] },
    })
    await expect(
      addMember(actors.admin, { email: 'ok@test.example', name: 'X', roles: ['ROOT'] }),
    ).rejects.toMatchObject({ code: 'VALIDATION' })
    expect(await auditCount(organization.id)).toBe(events)
  })

  it('refuses a stale version with a conflict and keeps the first change', async () => {
    const { actors } = await makeOrganization()
    const m = await membershipOf(actors.owner)
    await changeMemberRoles(actors.admin, { membershipId: m.id, version: m.version, roles: ['SECURITY_REVIEWER'] })
    await expect(
      changeMemberRoles(actors.admin, { membershipId: m.id, version: m.version, roles: ['COMPLIANCE'] }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(await membershipOf(actors.owner)).toMatchObject({ roles: ['SECURITY_REVIEWER'], version: m.version + 1 })
  })

  it('never removes or demotes the last active admin, even two admins acting at once', async () => {
    const { actors } = await makeOrganization({ admin: ['ADMIN'], second: ['ADMIN'] })
    const self = await membershipOf(actors.admin)
    const other = await membershipOf(actors.second)
    const results = await Promise.allSettled([
      setMemberActive(actors.admin, { membershipId: other.id, version: other.version }, false),
      setMemberActive(actors.second, { membershipId: self.id, version: self.version }, false),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const remaining = await db.membership.count({
      where: { organizationId: actors.admin.organizationId, deactivatedAt: null, roles: { has: 'ADMIN' } },
    })
    expect(remaining).toBe(1)
    const [survivor] = [actors.admin, actors.second].filter((_, i) => results[i].status === 'fulfilled')
    const last = await membershipOf(survivor)
    await expect(
      changeMemberRoles(survivor, { membershipId: last.id, version: last.version, roles: ['COMPLIANCE'] }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'An organization must keep at least one active admin. Make someone else an admin first.',
    })
    expect(await membershipOf(survivor)).toMatchObject({ roles: ['ADMIN'], deactivatedAt: null })
  })

  it('deactivation keeps the membership row and its history, and can be undone', async () => {
    const { organization, actors } = await makeOrganization()
    const m = await membershipOf(actors.owner)
    await setMemberActive(actors.admin, { membershipId: m.id, version: m.version }, false)
    expect((await membershipOf(actors.owner)).deactivatedAt).not.toBeNull()
    await setMemberActive(actors.admin, { membershipId: m.id, version: m.version + 1 }, true)
    expect((await membershipOf(actors.owner)).deactivatedAt).toBeNull()
    const actions = (
      await db.auditEvent.findMany({
        where: { organizationId: organization.id, entityId: m.id },
        orderBy: { seq: 'asc' },
      })
    ).map((e) => e.action)
    expect(actions).toEqual(['member.added', 'member.deactivated', 'member.reactivated'])
  })
})

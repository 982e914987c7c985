import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { addMember, changeMemberRoles, getMember, listMembers, setMemberActive } from '@/lib/dal/members'
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

  it('adds a new user with a one-time temporary password and audits it in the same transaction', async () => {
    const { organization, actors } = await makeOrganization()
    const result = await addMember(actors.admin, {
      email: '  New.Person@Test.Example ',
      name: 'New Person',
      roles: ['SECURITY_REVIEWER'],
    })
    expect(result.temporaryPassword).toMatch(/^[\w-]{16}$/)
    const user = await db.user.findUniqueOrThrow({ where: { email: 'new.person@test.example' } })
    expect(user.passwordHash).not.toContain(result.temporaryPassword)
    const event = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: organization.id, action: 'member.added', entityId: result.membershipId },
    })
    expect(event.actorId).toBe(actors.admin.userId)
    expect((await verifyChain(db, organization.id)).ok).toBe(true)
  })

  it('attaches an existing user without a new password, and refuses a duplicate membership clearly', async () => {
    const a = await makeOrganization()
    const b = await makeOrganization()
    const added = await addMember(b.actors.admin, {
      email: a.actors.owner.email,
      name: 'ignored',
      roles: ['PLATFORM_OWNER'],
    })
    expect(added.temporaryPassword).toBeNull()
    await expect(
      addMember(b.actors.admin, { email: a.actors.owner.email, name: 'again', roles: ['ADMIN'] }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `${a.actors.owner.email} is already a member of this organization.`,
    })
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

import 'server-only'
// Organization members: list, add (new user with a temporary password, or an existing user), roles, deactivation.
import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import { db, type Tx } from '@/lib/db'
import { appendAuditEvent } from '@/lib/audit/chain'
import { hashPassword } from '@/lib/auth/password'
import { ALL_ROLES } from '@/lib/auth/permissions'
import { AppError, conflict, isUniqueViolation, notFound } from '@/lib/errors'
import type { Role } from '@/lib/generated/prisma/enums'
import { assertCan, type Actor } from './actor'
import { idSchema, parseInput, versionSchema } from './validate'

const rolesSchema = z
  .array(z.enum(ALL_ROLES as [Role, ...Role[]]))
  .min(1, 'Choose at least one role.')
  .transform((roles) => [...new Set(roles)])

export const addMemberSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(320, 'An email is at most 320 characters.')
    .pipe(z.email('Enter a valid email address.')),
  name: z.string().trim().min(1, 'Enter a name.').max(120),
  roles: rolesSchema,
})
export const changeRolesSchema = z.object({ membershipId: idSchema, version: versionSchema, roles: rolesSchema })
export const membershipRefSchema = z.object({ membershipId: idSchema, version: versionSchema })

export async function listMembers(actor: Actor) {
  assertCan(actor, 'member:read')
  return db.membership.findMany({
    where: { organizationId: actor.organizationId },
    orderBy: [{ deactivatedAt: { sort: 'asc', nulls: 'first' } }, { createdAt: 'asc' }],
    select: {
      id: true,
      roles: true,
      deactivatedAt: true,
      version: true,
      createdAt: true,
      user: { select: { id: true, email: true, name: true } },
    },
  })
}

export async function getMember(actor: Actor, membershipId: string) {
  assertCan(actor, 'member:read')
  const m = await db.membership.findFirst({
    where: { id: membershipId, organizationId: actor.organizationId },
    select: {
      id: true,
      roles: true,
      deactivatedAt: true,
      version: true,
      user: { select: { id: true, email: true, name: true } },
    },
  })
  if (!m) throw notFound('Member')
  return m
}

/** Adds a member. A new user gets a one-time temporary password, returned once and never stored in clear. */
export async function addMember(actor: Actor, input: unknown) {
  assertCan(actor, 'member:manage')
  const data = parseInput(addMemberSchema, input)
  const temporaryPassword = randomBytes(12).toString('base64url')
  const passwordHash = await hashPassword(temporaryPassword)
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })
      const user =
        existing ??
        (await tx.user.create({
          data: { email: data.email, name: data.name, passwordHash, mustChangePassword: true },
          select: { id: true },
        }))
      const membership = await tx.membership.create({
        data: { organizationId: actor.organizationId, userId: user.id, roles: data.roles },
        select: { id: true },
      })
      await appendAuditEvent(tx, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: 'member.added',
        entityType: 'Membership',
        entityId: membership.id,
        data: { email: data.email, roles: data.roles, newUser: !existing },
      })
      return { membershipId: membership.id, temporaryPassword: existing ? null : temporaryPassword }
    })
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError('CONFLICT', `${data.email} is already a member of this organization.`, {
        email: ['Already a member.'],
      })
    throw e
  }
}

export async function changeMemberRoles(actor: Actor, input: unknown) {
  assertCan(actor, 'member:manage')
  const data = parseInput(changeRolesSchema, input)
  return db.$transaction(async (tx) => {
    const before = await lockMembership(tx, actor, data.membershipId, data.version)
    await tx.membership.update({ where: { id: before.id }, data: { roles: data.roles, version: { increment: 1 } } })
    await assertAnActiveAdminRemains(tx, actor.organizationId)
    await appendAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: 'member.roles_changed',
      entityType: 'Membership',
      entityId: before.id,
      data: { from: before.roles, to: data.roles },
    })
  })
}

export async function setMemberActive(actor: Actor, input: unknown, isActive: boolean) {
  assertCan(actor, 'member:manage')
  const data = parseInput(membershipRefSchema, input)
  return db.$transaction(async (tx) => {
    const before = await lockMembership(tx, actor, data.membershipId, data.version)
    if ((before.deactivatedAt === null) === isActive)
      throw conflict(`This member is already ${isActive ? 'active' : 'deactivated'} — reload the page.`)
    await tx.membership.update({
      where: { id: before.id },
      data: { deactivatedAt: isActive ? null : new Date(), version: { increment: 1 } },
    })
    await assertAnActiveAdminRemains(tx, actor.organizationId)
    await appendAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: isActive ? 'member.reactivated' : 'member.deactivated',
      entityType: 'Membership',
      entityId: before.id,
      data: {},
    })
  })
}

// Serializes member changes per organization (so two admins cannot demote each other at once),
// then checks tenant, existence and version.
async function lockMembership(tx: Tx, actor: Actor, membershipId: string, version: number) {
  await tx.$executeRaw`SELECT 1 FROM organizations WHERE id = ${actor.organizationId} FOR UPDATE`
  const m = await tx.membership.findFirst({
    where: { id: membershipId, organizationId: actor.organizationId },
    select: { id: true, roles: true, deactivatedAt: true, version: true },
  })
  if (!m) throw notFound('Member')
  if (m.version !== version) throw conflict('This member was changed by someone else — reload and try again.')
  return m
}

async function assertAnActiveAdminRemains(tx: Tx, organizationId: string) {
  const admins = await tx.membership.count({ where: { organizationId, deactivatedAt: null, roles: { has: 'ADMIN' } } })
  if (admins === 0)
    throw new AppError(
      'VALIDATION',
      'An organization must keep at least one active admin. Make someone else an admin first.',
    )
}

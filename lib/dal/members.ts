import 'server-only'
// Organization members: list, invite (accepted by the invitee), roles, deactivation, own password changes.
import { createHash, randomBytes } from 'node:crypto'
import { z } from 'zod'
import { db, type Tx } from '@/lib/db'
import { appendAuditEvent } from '@/lib/audit/chain'
import { hashPassword, verifyPassword } from '@/lib/auth/password'
import { ALL_ROLES } from '@/lib/auth/permissions'
import { AppError, conflict, notFound } from '@/lib/errors'
import type { Role } from '@/lib/generated/prisma/enums'
import { assertCan, type Actor } from './actor'
import { idSchema, parseInput, versionSchema } from './validate'
import { recordEvent } from './record-event'

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

export const INVITATION_DAYS = 7

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex')

/**
 * Invites someone by email. The answer is the same whether or not the email has a Keyproof account anywhere:
 * nothing of another organization's user is read or shown. The person joins when they open the link and
 * accept (signing in if they have an account, choosing a password if not). The link is returned once.
 */
export async function addMember(actor: Actor, input: unknown, now = new Date()) {
  assertCan(actor, 'member:manage')
  const data = parseInput(addMemberSchema, input)
  const token = randomBytes(32).toString('base64url')
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM organizations WHERE id = ${actor.organizationId} FOR UPDATE`
    const member = await tx.membership.findFirst({
      where: { organizationId: actor.organizationId, user: { email: data.email } },
      select: { id: true },
    })
    if (member)
      throw new AppError('CONFLICT', `${data.email} is already a member of this organization.`, {
        email: ['Already a member.'],
      })
    const pending = await tx.invitation.findFirst({
      where: {
        organizationId: actor.organizationId,
        email: data.email,
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: now },
      },
      select: { id: true },
    })
    if (pending)
      throw new AppError('CONFLICT', `${data.email} already has an open invitation: revoke it to send a new one.`, {
        email: ['Already invited.'],
      })
    const invitation = await tx.invitation.create({
      data: {
        organizationId: actor.organizationId,
        email: data.email,
        name: data.name,
        roles: data.roles,
        tokenHash: tokenHash(token),
        invitedById: actor.userId,
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
      },
      select: { id: true, expiresAt: true },
    })
    await recordEvent(tx, actor, 'member.invited', 'Invitation', invitation.id, {
      email: data.email,
      roles: data.roles,
    })
    return { invitationId: invitation.id, token, email: data.email, expiresAt: invitation.expiresAt }
  })
}

export async function listInvitations(actor: Actor, now = new Date()) {
  assertCan(actor, 'member:read')
  return db.invitation.findMany({
    where: { organizationId: actor.organizationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: 'asc' },
    select: { id: true, email: true, name: true, roles: true, expiresAt: true, version: true },
  })
}

export async function revokeInvitation(actor: Actor, input: unknown) {
  assertCan(actor, 'member:manage')
  const { invitationId, version } = parseInput(z.object({ invitationId: idSchema, version: versionSchema }), input)
  return db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, organizationId: actor.organizationId, version, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date(), version: { increment: 1 } },
    })
    if (!count) {
      const exists = await tx.invitation.findFirst({
        where: { id: invitationId, organizationId: actor.organizationId },
      })
      throw exists
        ? conflict('This invitation was accepted or changed meanwhile — reload the page.')
        : notFound('Invitation')
    }
    await recordEvent(tx, actor, 'member.invitation_revoked', 'Invitation', invitationId, {})
  })
}

export type InvitationView =
  | { state: 'OPEN'; organizationName: string; email: string; name: string; roles: Role[]; hasAccount: boolean }
  | { state: 'UNUSABLE' }

/** What the invitee sees when opening the link. An unknown, used, revoked or expired token all read the same. */
export async function viewInvitation(token: string, now = new Date()): Promise<InvitationView> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { state: 'UNUSABLE' }
  const inv = await db.invitation.findUnique({
    where: { tokenHash: tokenHash(token) },
    select: {
      email: true,
      name: true,
      roles: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organization: { select: { name: true } },
    },
  })
  if (!inv || inv.acceptedAt || inv.revokedAt || inv.expiresAt <= now) return { state: 'UNUSABLE' }
  const hasAccount = !!(await db.user.findUnique({ where: { email: inv.email }, select: { id: true } }))
  return {
    state: 'OPEN',
    organizationName: inv.organization.name,
    email: inv.email,
    name: inv.name,
    roles: inv.roles,
    hasAccount,
  }
}

const newAccountSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter your name.').max(120),
    password: z.string().min(12, 'Use at least 12 characters.').max(1024),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The two passwords differ.' })

/**
 * Accepts an invitation. `signedInUserId` is the session's user (any organization): an invitation for an email
 * that has an account can only be accepted by that account, signed in. An email without an account chooses a
 * name and password here.
 */
export async function acceptInvitation(token: string, signedInUserId: string | null, input: unknown, now = new Date()) {
  const unusable = new AppError(
    'NOT_FOUND',
    'This invitation link is not valid any more. Ask your admin for a new one.',
  )
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw unusable
  return db.$transaction(async (tx) => {
    const inv = await tx.invitation.findUnique({ where: { tokenHash: tokenHash(token) } })
    if (!inv || inv.acceptedAt || inv.revokedAt || inv.expiresAt <= now) throw unusable
    await tx.$executeRaw`SELECT 1 FROM organizations WHERE id = ${inv.organizationId} FOR UPDATE`
    const existing = await tx.user.findUnique({ where: { email: inv.email }, select: { id: true } })
    let userId: string
    if (existing) {
      if (signedInUserId !== existing.id)
        throw new AppError('FORBIDDEN', `Sign in as ${inv.email} to accept this invitation.`)
      userId = existing.id
    } else {
      const account = parseInput(newAccountSchema, input)
      const user = await tx.user.create({
        data: { email: inv.email, name: account.name, passwordHash: await hashPassword(account.password) },
        select: { id: true },
      })
      userId = user.id
    }
    const { count } = await tx.invitation.updateMany({
      where: { id: inv.id, version: inv.version, acceptedAt: null },
      data: { acceptedAt: now, acceptedById: userId, version: { increment: 1 } },
    })
    if (!count) throw unusable
    const membership = await tx.membership.upsert({
      where: { organizationId_userId: { organizationId: inv.organizationId, userId } },
      create: { organizationId: inv.organizationId, userId, roles: inv.roles },
      update: {},
      select: { id: true },
    })
    await appendAuditEvent(tx, {
      organizationId: inv.organizationId,
      actorId: userId,
      action: 'member.invitation_accepted',
      entityType: 'Membership',
      entityId: membership.id,
      data: { invitationId: inv.id, email: inv.email, roles: inv.roles, newUser: !existing },
    })
    return { membershipId: membership.id, email: inv.email, newUser: !existing }
  })
}

const passwordChangeSchema = z
  .object({
    current: z.string().min(1, 'Enter your current (temporary) password.').max(1024),
    password: z.string().min(12, 'Use at least 12 characters.').max(1024),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The two passwords differ.' })
  .refine((v) => v.password !== v.current, { path: ['password'], message: 'Choose a password you have not used here.' })

/** The signed-in user changes their own password; a temporary one must be changed before anything else. */
export async function changeOwnPassword(actor: Actor, input: unknown) {
  const data = parseInput(passwordChangeSchema, input)
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true } })
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, data.current)))
    throw new AppError('VALIDATION', 'Your current password is not right.', { current: ['Not your current password.'] })
  const passwordHash = await hashPassword(data.password)
  return db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.userId },
      data: { passwordHash, mustChangePassword: false, version: { increment: 1 } },
    })
    await recordEvent(tx, actor, 'user.password_changed', 'User', actor.userId, {})
  })
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

import 'server-only'
// API tokens: created by an admin or a platform owner, for themselves, with a subset of their roles, optionally
// for one review, with an expiry. The token is shown once; only its SHA-256 is stored — enough for 256 random
// bits (no one can search that space, so a slow password hash would only slow every API call). At each use it
// acts as its member with the token's roles that the member still holds; a deactivated member's token is dead.
import { createHash, randomBytes } from 'node:crypto'
import { z } from 'zod'
import { db } from '@/lib/db'
import { ALL_ROLES } from '@/lib/auth/permissions'
import { AppError, conflict, forbidden, notFound } from '@/lib/errors'
import { can } from '@/lib/auth/permissions'
import type { Role } from '@/lib/generated/prisma/enums'
import { DAY_MS } from '@/lib/domain/dates'
import { assertCan, type Actor } from './actor'
import { recordEvent } from './record-event'
import { idSchema, parseInput, versionSchema } from './validate'

export const TOKEN_PREFIX = 'kp_'
export const MAX_TOKEN_DAYS = 365
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

export const createTokenSchema = z.object({
  name: z.string().trim().min(1, 'Name the token after what uses it, e.g. “CI drill pipeline”.').max(80),
  roles: z
    .array(z.enum(ALL_ROLES as [Role, ...Role[]]))
    .min(1, 'Choose at least one role.')
    .transform((r) => [...new Set(r)]),
  reviewId: z
    .union([z.literal(''), z.null(), idSchema])
    .optional()
    .transform((v) => v || null),
  expiresInDays: z.coerce
    .number()
    .int()
    .min(1, 'At least one day.')
    .max(MAX_TOKEN_DAYS, `At most ${MAX_TOKEN_DAYS} days.`),
})

export async function createApiToken(actor: Actor, input: unknown, now = new Date()) {
  assertCan(actor, 'token:create')
  if (actor.apiToken) throw forbidden('An API token cannot create tokens.')
  const m = parseInput(createTokenSchema, input)
  const extra = m.roles.filter((r) => !actor.roles.includes(r))
  if (extra.length)
    throw new AppError('VALIDATION', 'A token can only carry roles you hold yourself.', { roles: ['Not your role.'] })
  if (m.reviewId && !(await db.review.findFirst({ where: { id: m.reviewId, organizationId: actor.organizationId } })))
    throw new AppError('VALIDATION', 'That review is not in this organization.', { reviewId: ['Unknown review.'] })
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`
  const expiresAt = new Date(now.getTime() + m.expiresInDays * DAY_MS)
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: {
        organizationId: actor.organizationId,
        userId: actor.userId,
        name: m.name,
        tokenHash: hashToken(token),
        tokenPrefix: token.slice(0, TOKEN_PREFIX.length + 6),
        roles: m.roles,
        reviewId: m.reviewId,
        expiresAt,
      },
      select: { id: true, tokenPrefix: true },
    })
    await recordEvent(tx, actor, 'api_token.created', 'ApiToken', row.id, {
      name: m.name,
      roles: m.roles,
      reviewId: m.reviewId,
      expiresAt,
      tokenPrefix: row.tokenPrefix,
    })
    return { id: row.id, token, expiresAt }
  })
}

/** Admins see every token of the organization; others see their own. */
export async function listApiTokens(actor: Actor) {
  assertCan(actor, 'token:create')
  return db.apiToken.findMany({
    where: {
      organizationId: actor.organizationId,
      ...(!can(actor.roles, 'token:manage') && { userId: actor.userId }),
    },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      name: true,
      tokenPrefix: true,
      roles: true,
      reviewId: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdAt: true,
      version: true,
      user: { select: { name: true, email: true } },
    },
  })
}

export async function revokeApiToken(actor: Actor, input: unknown, now = new Date()) {
  assertCan(actor, 'token:create')
  const { tokenId, version } = parseInput(z.object({ tokenId: idSchema, version: versionSchema }), input)
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, organizationId: actor.organizationId } })
    if (!token || (token.userId !== actor.userId && !can(actor.roles, 'token:manage'))) throw notFound('API token')
    if (token.revokedAt) throw new AppError('CONFLICT', 'This token is already revoked.')
    const { count } = await tx.apiToken.updateMany({
      where: { id: tokenId, version },
      data: { revokedAt: now, revokedById: actor.userId, version: { increment: 1 } },
    })
    if (!count) throw conflict('This token was changed by someone else — reload and try again.')
    await recordEvent(tx, actor, 'api_token.revoked', 'ApiToken', tokenId, { name: token.name })
  })
}

/**
 * The actor a bearer token stands for now, or null (unknown, revoked, expired, or its member is gone).
 * Its roles are the token's roles the member still holds.
 */
export async function authenticateApiToken(bearer: string, now = new Date()): Promise<Actor | null> {
  if (!bearer.startsWith(TOKEN_PREFIX) || bearer.length > 200) return null
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(bearer) },
    include: {
      user: { select: { email: true, name: true } },
      organization: { select: { name: true } },
    },
  })
  if (!token || token.revokedAt || token.expiresAt <= now) return null
  const member = await db.membership.findFirst({
    where: { organizationId: token.organizationId, userId: token.userId, deactivatedAt: null },
    select: { roles: true },
  })
  if (!member) return null
  // Recorded at most once a minute per token: a busy pipeline should not turn every read into a write.
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000)
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } })
  return {
    userId: token.userId,
    email: token.user.email,
    name: token.user.name,
    organizationId: token.organizationId,
    organizationName: token.organization.name,
    roles: token.roles.filter((r) => member.roles.includes(r)),
    apiToken: { id: token.id, name: token.name, reviewId: token.reviewId },
  }
}

/** Every API read is audited too, naming the token (writes carry it in their own event). */
export async function recordApiRead(actor: Actor, route: string, reviewId: string | null) {
  if (!actor.apiToken) return
  await db.$transaction((tx) => recordEvent(tx, actor, 'api.read', 'ApiToken', actor.apiToken!.id, { route, reviewId }))
}

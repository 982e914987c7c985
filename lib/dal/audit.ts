import 'server-only'
// Reading and verifying the organization's audit log.
import { z } from 'zod'
import { db } from '@/lib/db'
import type { ChainVerification } from '@/lib/audit/chain'
import { checkpointStore } from '@/lib/audit/checkpoint-store'
import { checkpointSigner } from '@/lib/audit/derived-key'
import { packSigner } from '@/lib/reports/pack-signer'
import { checkpointOrganization, readCheckpoints } from './audit-checkpoints'
import { databaseRolePosture } from './database-role'
import { assertCan, type Actor } from './actor'
import { parseInput } from './validate'

const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => v || undefined)
const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return undefined
    const d = new Date(v)
    if (Number.isNaN(d.getTime())) {
      ctx.addIssue({ code: 'custom', message: `"${v}" is not a date.` })
      return z.NEVER
    }
    return d
  })

export const auditFilterSchema = z.object({
  actor: optionalText,
  action: optionalText,
  entity: optionalText,
  from: optionalDate,
  to: optionalDate,
  page: z.coerce.number().int().min(1).max(100000).catch(1),
})
export type AuditFilter = z.input<typeof auditFilterSchema>

export const AUDIT_PAGE_SIZE = 50

export async function listAuditEvents(actor: Actor, rawFilter: AuditFilter) {
  assertCan(actor, 'audit:read')
  const f = parseInput(auditFilterSchema, rawFilter)
  const actorIds = f.actor
    ? (
        await db.membership.findMany({
          where: { organizationId: actor.organizationId, user: { email: { contains: f.actor, mode: 'insensitive' } } },
          select: { userId: true },
        })
      ).map((m) => m.userId)
    : undefined
  const where = {
    organizationId: actor.organizationId,
    ...(actorIds && { actorId: { in: actorIds } }),
    ...(f.action && { action: { contains: f.action, mode: 'insensitive' as const } }),
    ...(f.entity && {
      OR: [{ entityType: { contains: f.entity, mode: 'insensitive' as const } }, { entityId: f.entity }],
    }),
    ...((f.from || f.to) && { createdAt: { ...(f.from && { gte: f.from }), ...(f.to && { lte: f.to }) } }),
  }
  const [total, events] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: { seq: 'desc' },
      skip: (f.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        seq: true,
        actorId: true,
        action: true,
        entityType: true,
        entityId: true,
        data: true,
        hash: true,
        createdAt: true,
      },
    }),
  ])
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(events.map((e) => e.actorId).filter((id): id is string => !!id))] } },
    select: { id: true, email: true },
  })
  const emailById = new Map(users.map((u) => [u.id, u.email]))
  return {
    total,
    page: f.page,
    pageSize: AUDIT_PAGE_SIZE,
    filter: f,
    events: events.map((e) => ({
      ...e,
      actorEmail: e.actorId ? (emailById.get(e.actorId) ?? 'unknown user') : 'system',
      viaToken: ((e.data as { apiToken?: { name?: unknown } } | null)?.apiToken?.name as string | undefined) ?? null,
    })),
  }
}

export type ChainCheck = ChainVerification & { checkpoint?: { seq: number; at: string; written: boolean } }

/** "Verify chain": the chain against its checkpoints, then a checkpoint of its head (if it verifies). */
export async function verifyOrganizationChain(actor: Actor, now = new Date()): Promise<ChainCheck> {
  assertCan(actor, 'audit:verify')
  const run = await checkpointOrganization(actor.organizationId, now)
  if (!run.checkpoint) return run.verification
  const { seq, at } = run.checkpoint
  return { ...run.verification, checkpoint: { seq, at, written: run.written } }
}

export const RECENT_CHECKPOINTS = 50

/**
 * The checkpoint page: the keys an auditor pins, where checkpoints are kept, the newest ones, and the database role.
 */
export async function listCheckpoints(actor: Actor) {
  assertCan(actor, 'audit:read')
  const [stored, role] = await Promise.all([readCheckpoints(actor.organizationId), databaseRolePosture()])
  const { keyId, publicKeyPem } = checkpointSigner()
  const pack = packSigner()
  return {
    checkpointKey: { keyId, publicKeyPem },
    packKey: { keyId: pack.keyId, publicKeyPem: pack.publicKeyPem },
    location: checkpointStore().location,
    total: stored.checkpoints.length,
    recent: stored.checkpoints.slice(-RECENT_CHECKPOINTS).reverse(),
    problems: stored.problems,
    role,
  }
}

/** The organization's checkpoint file as stored, for an auditor to keep and pass to `verify-pack --checkpoints`. */
export async function checkpointFile(actor: Actor) {
  assertCan(actor, 'audit:read')
  return (await readCheckpoints(actor.organizationId)).text
}

import 'server-only'
// Across reviews: the organization's exception register (live and lapsing first, by expiry) and what evidence
// expires when. Standings are computed from `now`, never stored.
import { db } from '@/lib/db'
import { exceptionStanding, expiryStanding } from '@/lib/domain/register-status'
import { targetLabel } from '@/lib/domain/target-label'
import { assertCan, type Actor } from './actor'

export async function listExceptionRegister(actor: Actor, now = new Date(), { includeClosed = false } = {}) {
  assertCan(actor, 'review:read')
  const rows = await db.riskException.findMany({
    where: {
      organizationId: actor.organizationId,
      ...(!includeClosed && { revokedAt: null, expiresAt: { gt: now } }),
    },
    orderBy: [{ expiresAt: 'asc' }, { createdAt: 'asc' }],
    take: 1000,
    select: {
      id: true,
      reviewId: true,
      findingCode: true,
      targetRef: true,
      justification: true,
      grantNote: true,
      expiresAt: true,
      approvedAt: true,
      approvedById: true,
      revokedAt: true,
      review: { select: { title: true, status: true } },
    },
  })
  const users = await db.user.findMany({
    where: { id: { in: rows.flatMap((r) => (r.approvedById ? [r.approvedById] : [])) } },
    select: { id: true, name: true },
  })
  const nameOf = new Map(users.map((u) => [u.id, u.name]))
  // The targets by name, as each review's pages show them: only the rows these exceptions point at.
  const idsOf = (type: string) =>
    rows.flatMap((r) => (r.targetRef.startsWith(`${type}:`) ? [r.targetRef.slice(type.length + 1)] : []))
  const scope = { organizationId: actor.organizationId }
  const [locations, keys, requests] = await Promise.all([
    db.storageLocation.findMany({
      where: { ...scope, id: { in: idsOf('location') } },
      select: { id: true, name: true },
    }),
    db.key.findMany({ where: { ...scope, id: { in: idsOf('key') } }, select: { id: true, keyRef: true, alias: true } }),
    db.evidenceRequest.findMany({
      where: { ...scope, id: { in: idsOf('request') } },
      select: { id: true, code: true, title: true },
    }),
  ])
  const named = { locations, keys, requests }
  return rows.map(({ approvedById, ...r }) => ({
    ...r,
    target: targetLabel(r.targetRef, named),
    approvedBy: approvedById ? (nameOf.get(approvedById) ?? null) : null,
    ...exceptionStanding(r, now),
  }))
}

export async function listEvidenceExpiry(actor: Actor, now = new Date()) {
  assertCan(actor, 'review:read')
  const rows = await db.evidence.findMany({
    where: { organizationId: actor.organizationId, supersededBy: null, expiresAt: { not: null } },
    orderBy: { expiresAt: 'asc' },
    take: 2000,
    select: {
      id: true,
      reviewId: true,
      title: true,
      kind: true,
      expiresAt: true,
      review: { select: { title: true, status: true } },
      uploadedBy: { select: { name: true } },
      links: {
        where: { requestId: { not: null } },
        select: { request: { select: { code: true, gateAssessment: { select: { gate: true } } } } },
      },
    },
  })
  return rows.map(({ links, expiresAt, ...e }) => ({
    ...e,
    expiresAt: expiresAt!,
    requests: links.flatMap((l) => (l.request ? [{ code: l.request.code, gate: l.request.gateAssessment.gate }] : [])),
    ...expiryStanding(expiresAt!, now),
  }))
}

import 'server-only'
// The readiness report's rows, read fresh (never cached), and the report built from them.
import { db } from '@/lib/db'
import { readinessReportFrom, type ReportRows } from '@/lib/reports/readiness-data'
import type { ReadinessReport } from '@/lib/reports/report-types'
import { assertCan, type Actor } from './actor'
import { FRAMEWORK_IDS } from '@/lib/domain/frameworks'
import { loadScanResults } from './scan-results'
import { loadWorkspace } from './workspace'
import { listThreads } from './comments'
import { GATE_LABELS } from '@/lib/domain/enums'

export async function loadReportRows(actor: Actor, reviewId: string, now: Date): Promise<ReportRows> {
  assertCan(actor, 'review:read')
  const ws = await loadWorkspace(actor, reviewId, now, { fresh: true })
  const scope = { reviewId, organizationId: actor.organizationId }
  const [organization, decidedBy, evidence, exceptions, head] = await Promise.all([
    db.organization.findUniqueOrThrow({
      where: { id: actor.organizationId },
      select: { name: true, frameworks: true },
    }),
    ws.review.decidedById
      ? db.user.findUnique({ where: { id: ws.review.decidedById }, select: { name: true, email: true } })
      : null,
    db.evidence.findMany({
      where: scope,
      orderBy: { createdAt: 'asc' },
      include: { uploadedBy: { select: { name: true } }, supersededBy: { select: { id: true } } },
    }),
    db.riskException.findMany({ where: scope, orderBy: { createdAt: 'asc' } }),
    db.auditEvent.findFirst({
      where: { organizationId: actor.organizationId },
      orderBy: { seq: 'desc' },
      select: { seq: true, hash: true },
    }),
  ])
  const approvers = await db.user.findMany({
    where: { id: { in: exceptions.flatMap((x) => (x.approvedById ? [x.approvedById] : [])) } },
    select: { id: true, name: true },
  })
  const threads = await listThreads(actor, reviewId, { unresolvedOnly: true })
  const openThreads = threads.map((t) => ({
    target:
      t.target.kind === 'gate'
        ? `${GATE_LABELS[t.target.gate]} gate`
        : `${t.target.kind === 'request' ? 'Request' : t.target.kind === 'key' ? 'Key' : 'Location'} ${t.target.label}`,
    author: t.author.name,
    createdAt: t.createdAt.toISOString(),
    body: t.body,
    replies: t.replies.map((r) => ({ author: r.author.name, createdAt: r.createdAt.toISOString(), body: r.body })),
  }))
  const scans = await loadScanResults(actor, reviewId)
  const frameworks = FRAMEWORK_IDS.filter((id) => organization.frameworks.includes(id))
  return {
    ws,
    organization: { name: organization.name },
    decidedBy,
    evidence,
    exceptions,
    approvers,
    head,
    openThreads,
    frameworks,
    scans,
  }
}

export async function buildReadinessReport(actor: Actor, reviewId: string, now = new Date()): Promise<ReadinessReport> {
  return readinessReportFrom(await loadReportRows(actor, reviewId, now), now)
}

import 'server-only'
// Reading a gate: its requests with their evidence (every version), comments and the gate's structured records.
import { db, type Tx } from '@/lib/db'
import { notFound } from '@/lib/errors'
import type { Gate } from '@/lib/generated/prisma/enums'
import { GATE_CATALOG_VERSION, requestsForNewReview } from '@/lib/domain/gate-catalog'
import { assertCan, type Actor } from './actor'

/** Creates the seven gates and their requests from the catalog, inside the review's creating transaction. */
export async function instantiateGates(tx: Tx, organizationId: string, reviewId: string) {
  const requests = requestsForNewReview()
  const gates = [...new Set(requests.map((r) => r.gate))]
  await tx.gateAssessment.createMany({
    data: gates.map((gate) => ({ organizationId, reviewId, gate, catalogVersion: GATE_CATALOG_VERSION })),
  })
  const rows = await tx.gateAssessment.findMany({ where: { reviewId }, select: { id: true, gate: true } })
  const idOf = new Map(rows.map((r) => [r.gate, r.id]))
  await tx.evidenceRequest.createMany({
    data: requests.map((r) => ({
      organizationId,
      reviewId,
      gateAssessmentId: idOf.get(r.gate)!,
      code: r.code,
      title: r.title,
      expectation: r.expectation,
      required: r.required,
    })),
  })
  return { gates: gates.length, requests: requests.length }
}

const EVIDENCE_FIELDS = {
  id: true,
  kind: true,
  title: true,
  fileName: true,
  contentType: true,
  sizeBytes: true,
  sha256: true,
  url: true,
  note: true,
  effectiveDate: true,
  expiresAt: true,
  supersedesId: true,
  createdAt: true,
  uploadedBy: { select: { id: true, name: true, email: true } },
  supersededBy: { select: { id: true } },
} as const

export async function loadGate(actor: Actor, reviewId: string, gate: Gate) {
  assertCan(actor, 'review:read')
  const assessment = await db.gateAssessment.findFirst({
    where: { reviewId, gate, organizationId: actor.organizationId },
    select: { id: true, gate: true, catalogVersion: true },
  })
  if (!assessment) throw notFound('Gate')
  const [requests, owners] = await Promise.all([
    db.evidenceRequest.findMany({
      where: { gateAssessmentId: assessment.id },
      orderBy: { code: 'asc' },
      include: {
        assignee: { select: { id: true, name: true, email: true } },
        evidenceLinks: { include: { evidence: { select: EVIDENCE_FIELDS } }, orderBy: { createdAt: 'asc' } },
        comments: {
          orderBy: { createdAt: 'asc' },
          select: { id: true, body: true, createdAt: true, author: { select: { name: true, email: true } } },
        },
      },
    }),
    db.membership.findMany({
      where: { organizationId: actor.organizationId, deactivatedAt: null, roles: { has: 'PLATFORM_OWNER' } },
      select: { user: { select: { id: true, name: true, email: true } } },
      orderBy: { createdAt: 'asc' },
    }),
  ])
  return {
    assessment,
    owners: owners.map((o) => o.user),
    requests: requests.map(({ evidenceLinks, ...r }) => ({
      ...r,
      evidence: evidenceLinks.map((l) => ({
        ...l.evidence,
        sizeBytes: l.evidence.sizeBytes === null ? null : Number(l.evidence.sizeBytes),
        isCurrent: !l.evidence.supersededBy,
      })),
    })),
  }
}

/** Every version of the gate records, current and past (superseded by a correction, or withdrawn). */
export async function loadGateRecords(actor: Actor, reviewId: string) {
  assertCan(actor, 'review:read')
  const where = { reviewId, organizationId: actor.organizationId }
  const links = {
    evidenceLinks: {
      select: { evidence: { select: { id: true, title: true, supersededBy: { select: { id: true } } } } },
    },
    supersededBy: { select: { id: true, changeReason: true, createdAt: true } },
  }
  const [drills, costLines, compatibilityChecks, migrationSteps] = await Promise.all([
    db.recoveryDrill.findMany({ where, orderBy: { performedOn: 'desc' }, include: links }),
    db.costLine.findMany({ where, orderBy: [{ category: 'asc' }, { createdAt: 'asc' }], include: links }),
    db.compatibilityCheck.findMany({ where, orderBy: { component: 'asc' }, include: links }),
    db.migrationStep.findMany({ where, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }], include: links }),
  ])
  return { drills, costLines, compatibilityChecks, migrationSteps }
}

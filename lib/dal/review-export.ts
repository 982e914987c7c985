import 'server-only'
// A review as the interchange builders take it (lib/interchange/review-export.ts), read fresh and tenant-scoped,
// and the OSCAL and CycloneDX documents built from it. Each download is audited (`export.*`).
import { createHash } from 'node:crypto'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { isExceptionLive } from '@/lib/domain/exception-live'
import { gateStatusOf } from '@/lib/domain/gate-status'
import type { Holds, LocationKind } from '@/lib/domain/enums'
import { EXPORT_FILES, exportDocument, type ExportKind } from '@/lib/interchange/export-document'
import type { ExportExceptionStatus, ExportPerson, ReviewExport } from '@/lib/interchange/review-export'
import { assertCan, type Actor } from './actor'
import { recordEvent } from './record-event'
import { loadWorkspace } from './workspace'

const iso = (d: Date) => d.toISOString()
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null)
const PERSON = { select: { id: true, name: true, email: true } } as const
const UNKNOWN_PERSON: ExportPerson = { id: 'unknown', name: 'Unknown', email: 'unknown@invalid' }

export async function loadReviewExport(actor: Actor, reviewId: string, now = new Date()): Promise<ReviewExport> {
  assertCan(actor, 'review:read')
  const ws = await loadWorkspace(actor, reviewId, now, { fresh: true })
  const { review } = ws
  const scope = { reviewId: review.id, organizationId: actor.organizationId }
  const [organization, decidedBy, evidence, exceptions] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { name: true } }),
    review.decidedById ? db.user.findUnique({ where: { id: review.decidedById }, ...PERSON }) : null,
    db.evidence.findMany({
      where: { ...scope, supersededBy: null },
      orderBy: { createdAt: 'asc' },
      include: { uploadedBy: PERSON, links: { select: { requestId: true, locationId: true, keyId: true } } },
    }),
    db.riskException.findMany({ where: scope, orderBy: { createdAt: 'asc' } }),
  ])
  const approvers = await db.user.findMany({
    where: { id: { in: exceptions.flatMap((x) => (x.approvedById ? [x.approvedById] : [])) } },
    ...PERSON,
  })
  const readiness = new Map(ws.readiness.map((r) => [r.gate, r]))
  const ids = (links: { [k: string]: string | null }[], key: string) =>
    links.flatMap((l) => (l[key] ? [l[key] as string] : []))
  const exceptionStatus = (x: (typeof exceptions)[number]): ExportExceptionStatus =>
    x.revokedAt ? 'REVOKED' : !x.approvedAt ? 'REQUESTED' : isExceptionLive(x, now) ? 'LIVE' : 'EXPIRED'
  return {
    generatedAt: iso(now),
    organization: { name: organization.name },
    review: {
      id: review.id,
      title: review.title,
      platform: review.platform,
      deploymentModel: review.deploymentModel,
      templateId: review.templateId,
      environment: review.environment,
      regions: review.regions,
      allowedJurisdictions: review.allowedJurisdictions,
      dataClassification: review.dataClassification,
      keyRequirement: review.keyRequirement,
      boundaries: {
        control: review.controlBoundary,
        cryptographic: review.cryptographicBoundary,
        operational: review.operationalBoundary,
        recovery: review.recoveryBoundary,
      },
      createdAt: iso(review.createdAt),
      dueDate: review.dueDate ? iso(review.dueDate).slice(0, 10) : null,
      decision:
        review.decision && review.decidedAt
          ? {
              outcome: review.decision,
              reason: review.decisionReason,
              decidedBy: decidedBy ?? UNKNOWN_PERSON,
              decidedAt: iso(review.decidedAt),
            }
          : null,
    },
    gates: ws.gateStates.map((g) => ({
      gate: g.gate,
      status: gateStatusOf(g.status, readiness.get(g.gate)!),
      signOffs: g.signOffs.map((s) => ({
        id: s.id,
        signer: s.signer,
        signedAt: iso(s.signedAt),
        statement: s.statement,
        fingerprint: s.fingerprint,
        isCurrent: s.isCurrent,
      })),
    })),
    requests: (ws.snapshot.requests ?? []).map((r) => ({
      id: r.id,
      gate: r.gate,
      code: r.code,
      title: r.title,
      required: r.required,
      status: r.status,
    })),
    evidence: evidence.map((e) => ({
      id: e.id,
      kind: e.kind,
      title: e.title,
      fileName: e.fileName,
      sha256: e.sha256,
      url: e.url,
      effectiveDate: iso(e.effectiveDate),
      expiresAt: isoOrNull(e.expiresAt),
      uploadedBy: e.uploadedBy,
      requestIds: ids(e.links, 'requestId'),
      locationIds: ids(e.links, 'locationId'),
      keyIds: ids(e.links, 'keyId'),
    })),
    findings: ws.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      gate: f.gate,
      targetRef: f.targetRef,
      message: f.message,
      acceptedRisk: f.acceptedRisk
        ? { exceptionId: f.acceptedRisk.exceptionId, expiresAt: iso(f.acceptedRisk.expiresAt) }
        : null,
    })),
    exceptions: exceptions.map((x) => ({
      id: x.id,
      findingCode: x.findingCode,
      targetRef: x.targetRef,
      justification: x.justification,
      compensatingControls: x.compensatingControls,
      expiresAt: iso(x.expiresAt),
      status: exceptionStatus(x),
      approvedBy: approvers.find((a) => a.id === x.approvedById) ?? null,
      approvedAt: isoOrNull(x.approvedAt),
    })),
    cloudAccounts: ws.cloudAccounts.map((a) => ({
      id: a.id,
      provider: a.provider,
      accountRef: a.accountRef,
      controlledBy: a.controlledBy,
      region: a.region,
    })),
    locations: ws.locations.map((l) => ({
      id: l.id,
      kind: l.kind as LocationKind,
      name: l.name,
      resourceRef: l.resourceRef,
      cloudAccountId: l.cloudAccountId,
      region: l.region,
      holds: l.holds as Holds[],
      encryption: l.encryption,
      keyId: l.keyId,
      inScope: l.inScope,
      exclusionReason: l.exclusionReason,
    })),
    // The key register does not record the key service's own key spec, state or creation date (yet): null says
    // "not read", and the CBOM leaves out what it does not know.
    keys: ws.keys.map((k) => ({
      id: k.id,
      keyRef: k.keyRef,
      alias: k.alias,
      service: k.service,
      ownership: k.ownership,
      administeredBy: k.administeredBy,
      rotation: k.rotation,
      rotationPeriodDays: k.rotationPeriodDays,
      rotationValidatedAt: isoOrNull(k.rotationValidatedAt),
      keySpec: null,
      state: null,
      createdAt: null,
    })),
  }
}

/** One export of a review as JSON bytes with its download name; the download is audited with its SHA-256. */
export type { ExportKind }

export async function exportReviewDocument(actor: Actor, reviewId: string, kind: ExportKind, now = new Date()) {
  const data = await loadReviewExport(actor, reviewId, now)
  const built = exportDocument(kind, data)
  if ('refused' in built) throw new AppError('CONFLICT', built.refused)
  const body = Buffer.from(`${JSON.stringify(built.doc, null, 2)}\n`)
  const sha256 = createHash('sha256').update(body).digest('hex')
  const spec = EXPORT_FILES[kind]
  await db.$transaction((tx) =>
    recordEvent(tx, actor, spec.action, 'Review', data.review.id, {
      sha256,
      sizeBytes: body.length,
      generatedAt: data.generatedAt,
    }),
  )
  return { body, sha256, contentType: spec.contentType, fileName: `keyproof-${data.review.title}-${spec.suffix}` }
}

// Builds the readiness report's data from the review's rows as they are now (loaded fresh by lib/dal/report.ts).
import type { Workspace } from '@/lib/dal/workspace'
import type { Evidence, RiskException } from '@/lib/generated/prisma/client'
import { getTemplate } from '@/lib/domain/templates'
import { isExceptionLive } from '@/lib/domain/exception-live'
import { gateStatusOf } from '@/lib/domain/gate-status'
import {
  DATA_CLASSIFICATION_LABELS,
  DEPLOYMENT_MODEL_LABELS,
  ENCRYPTION_LABELS,
  GATE_LABELS,
  HOLDS_LABELS,
  KEY_OWNERSHIP_LABELS,
  KEY_REQUIREMENT_LABELS,
  KEY_SERVICE_LABELS,
  LOCATION_KIND_LABELS,
  CLOUD_PROVIDER_LABELS,
  CONTROLLED_BY_LABELS,
  REVIEW_STATUS_LABELS,
  ROTATION_LABELS,
  type Holds,
  type LocationKind,
} from '@/lib/domain/enums'
import { targetLabel } from '@/lib/domain/target-label'
import { overviewCharts } from '@/lib/domain/overview-charts'
import { boundaryGraph } from '@/lib/domain/boundary-map'
import { boundaryMapInputOf, overviewInputOf } from './workspace-visuals'
import { locationController } from '@/lib/domain/controller'
import { stalenessChanges } from '@/lib/domain/decision-staleness'
import { factWords } from '@/lib/domain/provenance'
import { KEY_CHANGE_WORDS, keyChangeOf } from '@/lib/domain/template-key-change'
import type { KafkaTemplate } from '@/lib/domain/templates'
import { DECRYPT_FLAG_LABELS, whoCanDecrypt } from '@/lib/domain/who-can-decrypt'
import type { SnapshotKeyChange } from '@/lib/domain/review-snapshot'
import type { FrameworkId } from '@/lib/domain/frameworks'
import { coverageStateFrom, frameworkReport } from './framework-report'
import type { ExceptionStatus, ReadinessReport } from './report-types'
import { scanReportFrom, type ScanReportInput } from './scan-report'

const DECISION_LABELS = {
  APPROVED: 'Approved',
  APPROVED_WITH_EXCEPTIONS: 'Approved with exceptions',
  REJECTED: 'Rejected',
} as const
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null)
const CUSTOMER = new Set(['CUSTOMER_MANAGED', 'BYOK', 'EXTERNAL', 'CLIENT_SIDE'])

/** What the report is built from: the workspace as it is now and the rows the report lists (lib/dal/report.ts). */
export interface ReportRows {
  ws: Workspace
  organization: { name: string }
  decidedBy: { name: string; email: string } | null
  evidence: (Evidence & { uploadedBy: { name: string }; supersededBy: { id: string } | null })[]
  exceptions: RiskException[]
  approvers: { id: string; name: string }[]
  head: { seq: number; hash: string } | null
  openThreads?: ReadinessReport['openThreads']
  /** The organization's chosen frameworks (the report's framework section); none when absent. */
  frameworks?: readonly FrameworkId[]
  scans?: ScanReportInput
}

function keyChangeWords(template: KafkaTemplate | null, l: { name: string; keyChange?: SnapshotKeyChange }) {
  const change = keyChangeOf(template, l)
  return change && change.mode !== 'UNKNOWN' ? `${KEY_CHANGE_WORDS[change.mode]} (${change.source})` : null
}

/** The readiness report of a review, from its rows: pure, so the page, the PDF and the pack agree. */
export function readinessReportFrom(rows: ReportRows, now: Date): ReadinessReport {
  const { ws, decidedBy, evidence, exceptions, approvers, head } = rows
  const { review } = ws
  const org = rows.organization
  const named = { ...ws, requests: ws.snapshot.requests }
  const keyLabel = new Map(ws.keys.map((k) => [k.id, k.alias || k.keyRef]))
  const readiness = new Map(ws.readiness.map((r) => [r.gate, r]))
  const inScope = ws.locations.filter((l) => l.inScope)
  const accountsById = new Map(ws.cloudAccounts.map((a) => [a.id, a]))
  const controllerOf = (l: (typeof ws.locations)[number]) =>
    locationController({ kind: l.kind as LocationKind, cloudAccountId: l.cloudAccountId }, accountsById)
  const template = review.templateId ? getTemplate(review.templateId) : null
  const snapshotLocation = (id: string) => ws.snapshot.locations.find((s) => s.id === id)
  const exceptionStatus = (x: (typeof exceptions)[number]): ExceptionStatus =>
    x.revokedAt ? 'REVOKED' : !x.approvedAt ? 'REQUESTED' : isExceptionLive(x, now) ? 'LIVE' : 'EXPIRED'
  const report: ReadinessReport = {
    generatedAt: now.toISOString(),
    organization: { name: org.name },
    review: {
      id: review.id,
      title: review.title,
      platform: review.platform,
      deploymentModel: DEPLOYMENT_MODEL_LABELS[review.deploymentModel],
      template: review.templateId ? (getTemplate(review.templateId)?.name ?? review.templateId) : null,
      environment: review.environment,
      regions: review.regions,
      allowedJurisdictions: review.allowedJurisdictions,
      dataClassification: DATA_CLASSIFICATION_LABELS[review.dataClassification],
      keyRequirement: KEY_REQUIREMENT_LABELS[review.keyRequirement],
      dueDate: day(review.dueDate),
      status: REVIEW_STATUS_LABELS[review.status],
      decision:
        review.decision && review.decidedAt
          ? {
              outcome: DECISION_LABELS[review.decision],
              reason: review.decisionReason,
              decidedBy: decidedBy?.name ?? 'unknown',
              decidedAt: review.decidedAt.toISOString(),
              stale: ws.decisionStaleness.isStale ? { changes: stalenessChanges(ws.decisionStaleness) } : null,
            }
          : null,
      previousReviewId: review.previousReviewId,
    },
    boundaries: {
      control: review.controlBoundary,
      cryptographic: review.cryptographicBoundary,
      operational: review.operationalBoundary,
      recovery: review.recoveryBoundary,
    },
    coverage: {
      locations: ws.locations.length,
      inScope: inScope.length,
      excluded: ws.locations.length - inScope.length,
      inScopeWithKey: inScope.filter((l) => l.keyId).length,
      customerControlled: inScope.filter((l) => CUSTOMER.has(l.encryption)).length,
      unknownOrNone: inScope.filter((l) => l.encryption === 'UNKNOWN' || l.encryption === 'NONE').length,
    },
    charts: overviewCharts(overviewInputOf(ws), now),
    map: boundaryGraph(boundaryMapInputOf(ws)),
    cloudAccounts: ws.cloudAccounts.map((a) => ({
      provider: CLOUD_PROVIDER_LABELS[a.provider],
      accountRef: a.accountRef,
      controlledBy: CONTROLLED_BY_LABELS[a.controlledBy],
      region: a.region,
    })),
    locations: ws.locations.map((l) => ({
      name: l.name,
      kind: LOCATION_KIND_LABELS[l.kind as LocationKind] ?? l.kind,
      region: l.region,
      holds: l.holds.map((h) => HOLDS_LABELS[h as Holds] ?? h),
      encryption: ENCRYPTION_LABELS[l.encryption],
      key: l.keyId ? (keyLabel.get(l.keyId) ?? null) : null,
      inScope: l.inScope,
      exclusionReason: l.exclusionReason,
      cmkSupported: l.cmkSupported,
      cmkStatus: l.cmkStatus,
      controlledBy: controllerOf(l) ? CONTROLLED_BY_LABELS[controllerOf(l)!] : null,
      provenance: {
        encryption: factWords(ws.provenance.get(l.id)?.encryption),
        key: l.keyId ? factWords(ws.provenance.get(l.id)?.keyId) : 'no key',
      },
      keyChange: keyChangeWords(template, snapshotLocation(l.id) ?? l),
    })),
    keys: ws.keys.map((k) => {
      const radius = ws.blast.get(k.id)!
      return {
        label: k.alias || k.keyRef,
        keyRef: k.keyRef,
        service: KEY_SERVICE_LABELS[k.service],
        ownership: KEY_OWNERSHIP_LABELS[k.ownership],
        administeredBy: k.administeredBy,
        rotation: ROTATION_LABELS[k.rotation],
        rotationValidatedAt: day(k.rotationValidatedAt),
        protects: radius.locations.length,
        stopsIfDisabled: radius.capabilities.map((c) => c.label),
        provenance: {
          ownership: factWords(ws.provenance.get(k.id)?.ownership),
          rotation: factWords(ws.provenance.get(k.id)?.rotation),
        },
        whoCanDecrypt: whoCanDecrypt(ws.snapshot.keys.find((s) => s.id === k.id)?.principals, ws.cloudAccounts).map(
          (r) => ({
            principal: r.principal,
            decrypt: r.canDecrypt,
            dataKeys: r.canUse,
            grants: r.canGrant,
            flags: r.flags.map((f) => DECRYPT_FLAG_LABELS[f]),
            source: `${r.source} ${r.path}`,
          }),
        ),
      }
    }),
    findings: ws.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      gate: GATE_LABELS[f.gate],
      target: targetLabel(f.targetRef, named),
      message: f.message,
      acceptedRisk: f.acceptedRisk
        ? { exceptionId: f.acceptedRisk.exceptionId, expiresAt: f.acceptedRisk.expiresAt.toISOString() }
        : null,
      sourceStatus: f.sourceStatus ?? null,
    })),
    gates: ws.gateStates.map((g) => {
      const r = readiness.get(g.gate)!
      const status = gateStatusOf(g.status, r)
      return {
        gate: g.gate,
        label: GATE_LABELS[g.gate],
        status,
        requiredAccepted: r.requiredAccepted + r.requiredNotApplicable,
        requiredTotal: r.requiredTotal,
        openBlockers: r.openBlockers,
        quorum: g.quorum,
        currentFingerprint: g.fingerprint,
        signOffs: g.signOffs.map((s) => ({
          id: s.id,
          signer: { name: s.signer.name, email: s.signer.email },
          signedAt: s.signedAt.toISOString(),
          statement: s.statement,
          fingerprint: s.fingerprint,
          hashVersion: s.hashVersion,
          isCurrent: s.isCurrent,
          changed: s.changed,
        })),
      }
    }),
    exceptions: exceptions.map((x) => ({
      id: x.id,
      findingCode: x.findingCode,
      target: targetLabel(x.targetRef, named),
      justification: x.justification,
      compensatingControls: x.compensatingControls,
      expiresAt: x.expiresAt.toISOString(),
      status: exceptionStatus(x),
      approvedBy: approvers.find((a) => a.id === x.approvedById)?.name ?? null,
      grantNote: x.grantNote,
    })),
    evidence: evidence.map((e) => ({
      id: e.id,
      title: e.title,
      kind: e.kind,
      fileName: e.fileName,
      sha256: e.sha256,
      sizeBytes: e.sizeBytes === null ? null : Number(e.sizeBytes),
      url: e.url,
      effectiveDate: day(e.effectiveDate)!,
      expiresAt: day(e.expiresAt),
      uploadedBy: e.uploadedBy.name,
      isCurrent: !e.supersededBy,
    })),
    auditHead: head,
    openThreads: rows.openThreads ?? [],
  }
  if (rows.scans?.results.length) report.scans = scanReportFrom(rows.scans, { ...ws, templateId: review.templateId })
  if (rows.frameworks?.length) {
    const state = coverageStateFrom({
      requests: ws.snapshot.requests ?? [],
      gates: report.gates,
      findings: ws.findings,
    })
    report.frameworks = frameworkReport(rows.frameworks, state)
  }
  return report
}

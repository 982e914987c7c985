// The readiness report as plain data: built by the DAL (lib/reports/readiness-data.ts), rendered as
// a page, as a PDF (lib/reports/readiness-pdf.ts) and summarised in the evidence pack's manifest.

import type { GateStatus } from '@/lib/domain/gate-status'
import type { OverviewCharts } from '@/lib/domain/overview-charts'
import type { BoundaryGraph } from '@/lib/domain/boundary-map'
import type { ReportFramework } from './framework-report'
import type { ReportScans } from './scan-report'
export type { GateStatus, ReportFramework, ReportScans }
export type ExceptionStatus = 'REQUESTED' | 'LIVE' | 'EXPIRED' | 'REVOKED'

export interface ReportSignOff {
  id: string
  signer: { name: string; email: string }
  signedAt: string // ISO
  statement: string
  fingerprint: string // SHA-256 hex of the gate's basis when signed
  hashVersion: number // the canonical JSON it was computed with: 1 the original, 2 RFC 8785 (JCS)
  isCurrent: boolean // fingerprint equals the gate's fingerprint now
  changed: string[] // when stale: what changed since signing, in words (e.g. "location “Broker volumes” edited")
}

export interface ReadinessReport {
  generatedAt: string // ISO
  organization: { name: string }
  review: {
    id: string
    title: string
    platform: string
    deploymentModel: string
    template: string | null
    environment: string
    regions: string[]
    allowedJurisdictions: string[]
    dataClassification: string
    keyRequirement: string
    dueDate: string | null
    status: string
    decision: {
      outcome: string
      reason: string | null
      decidedBy: string
      decidedAt: string
      /** Set when an approval no longer holds: "decision stale — re-review needed", with what changed. */
      stale?: { changes: string[] } | null
    } | null
    previousReviewId: string | null
  }
  boundaries: { control: string; cryptographic: string; operational: string; recovery: string }
  coverage: {
    locations: number
    inScope: number
    excluded: number
    inScopeWithKey: number
    customerControlled: number
    unknownOrNone: number
  }
  /** The overview's charts, as the workspace landing page shows them. */
  charts: OverviewCharts
  /** The storage-boundary map as a graph; each renderer lays it out for its width. */
  map: BoundaryGraph
  locations: {
    name: string
    kind: string
    region: string | null
    holds: string[]
    encryption: string
    key: string | null
    inScope: boolean
    exclusionReason: string | null
    cmkSupported: string | null
    /** How the template's sources know cmkSupported: documented, inferred, unknown or contradicted. */
    cmkStatus?: string | null
    /** Who controls the location: its account's controller, or the vendor for a vendor control plane. */
    controlledBy?: string | null
    /** "verified (file path)" or "claimed", per fact the report shows. */
    provenance?: { encryption: string; key: string }
    /** Whether its key can be changed in place, with the source that says so. */
    keyChange?: string | null
  }[]
  /** Each cloud account and who controls it. */
  cloudAccounts?: { provider: string; accountRef: string; controlledBy: string; region: string | null }[]
  keys: {
    label: string
    keyRef: string
    service: string
    ownership: string
    administeredBy: string
    rotation: string
    rotationValidatedAt: string | null
    protects: number
    stopsIfDisabled: string[]
    provenance?: { ownership: string; rotation: string }
    /** Who may use the key, from its imported key policy and grants (empty when none was imported). */
    whoCanDecrypt?: {
      principal: string
      decrypt: boolean
      dataKeys: boolean
      grants: boolean
      flags: string[]
      source: string
    }[]
  }[]
  findings: {
    code: string
    severity: 'BLOCKER' | 'WARNING' | 'INFO'
    gate: string
    target: string
    message: string
    acceptedRisk: { exceptionId: string; expiresAt: string } | null
    /** How the template fact behind the finding is known (documented, inferred, unknown, contradicted). */
    sourceStatus?: string | null
  }[]
  gates: {
    gate: string
    label: string
    status: GateStatus
    requiredAccepted: number
    requiredTotal: number
    openBlockers: number
    quorum: number
    currentFingerprint: string
    signOffs: ReportSignOff[]
  }[]
  exceptions: {
    id: string
    findingCode: string
    target: string
    justification: string
    compensatingControls: string
    expiresAt: string
    status: ExceptionStatus
    approvedBy: string | null
    /** What compliance wrote when granting it. */
    grantNote?: string | null
  }[]
  evidence: {
    id: string
    title: string
    kind: 'FILE' | 'LINK'
    fileName: string | null
    sha256: string | null
    sizeBytes: number | null
    url: string | null
    effectiveDate: string
    expiresAt: string | null
    uploadedBy: string
    isCurrent: boolean
  }[]
  auditHead: { seq: number; hash: string } | null
  /** The appendix: discussion threads not yet resolved (questions still open when the report was made). */
  openThreads?: {
    target: string
    author: string
    createdAt: string // ISO
    body: string
    replies: { author: string; createdAt: string; body: string }[]
  }[]
  /** Imported scanner results, when any: counts per scanner and the passes Keyproof re-grades. */
  scans?: ReportScans
  /** The frameworks the organization chose, each clause with its coverage; absent or empty when none. */
  frameworks?: ReportFramework[]
}

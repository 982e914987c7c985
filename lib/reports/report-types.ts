// The readiness report as plain data: built by the DAL (lib/reports/readiness-data.ts), rendered as
// a page, as a PDF (lib/reports/readiness-pdf.ts) and summarised in the evidence pack's manifest.

import type { GateStatus } from '@/lib/domain/gate-status'
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
    decision: { outcome: string; reason: string | null; decidedBy: string; decidedAt: string } | null
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
  }[]
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
  }[]
  findings: {
    code: string
    severity: 'BLOCKER' | 'WARNING' | 'INFO'
    gate: string
    target: string
    message: string
    acceptedRisk: { exceptionId: string; expiresAt: string } | null
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
  /** Imported scanner results, when any: counts per scanner and the passes Keyproof re-grades. */
  scans?: ReportScans
  /** The frameworks the organization chose, each clause with its coverage; absent or empty when none. */
  frameworks?: ReportFramework[]
}

// The plain, serializable picture of a review that the interchange builders (OSCAL assessment
// results and POA&M, CycloneDX CBOM) turn into documents. The DAL fills it; tests build it by hand.
// Every time is an ISO 8601 string with a zone (`2026-11-26T09:14:07.000Z`); `generatedAt` is passed
// in, so the same export always yields the same bytes.
import type {
  CloudProvider,
  ControlledBy,
  DataClassification,
  DeploymentModel,
  Encryption,
  Gate,
  Holds,
  KeyOwnership,
  KeyRequirement,
  KeyService,
  LocationKind,
  Rotation,
  Severity,
} from '@/lib/domain/enums'
import type { EvidenceKind, RequestStatus } from '@/lib/domain/gate-enums'

export interface ExportPerson {
  id: string
  name: string
  email: string
}

export type ExportGateStatus = 'SIGNED' | 'STALE' | 'READY_TO_SIGN' | 'BLOCKED' | 'IN_PROGRESS'
export type ExportExceptionStatus = 'REQUESTED' | 'LIVE' | 'EXPIRED' | 'REVOKED'
export type ExportDecisionOutcome = 'APPROVED' | 'APPROVED_WITH_EXCEPTIONS' | 'REJECTED'

/** NIST SP 800-57 key states, as CycloneDX 1.6 names them; null when the key service was not read. */
export type ExportKeyState = 'pre-activation' | 'active' | 'suspended' | 'deactivated' | 'compromised' | 'destroyed'

export interface ExportSignOff {
  id: string
  signer: ExportPerson
  signedAt: string
  statement: string
  /** SHA-256 hex of the gate's basis when signed. */
  fingerprint: string
  isCurrent: boolean
}

export interface ExportGate {
  gate: Gate
  status: ExportGateStatus
  signOffs: ExportSignOff[]
}

export interface ExportRequest {
  id: string
  gate: Gate
  /** The catalog code, e.g. `KA-02`. */
  code: string
  title: string
  required: boolean
  status: RequestStatus
}

export interface ExportEvidence {
  id: string
  kind: EvidenceKind
  title: string
  /** FILE evidence: its name and SHA-256 hex; LINK evidence: its URL. */
  fileName: string | null
  sha256: string | null
  url: string | null
  effectiveDate: string
  expiresAt: string | null
  uploadedBy: ExportPerson
  /** Only current versions belong in an export; superseded ones stay in the evidence pack. */
  requestIds: string[]
  locationIds: string[]
  keyIds: string[]
}

export interface ExportFinding {
  code: string
  severity: Severity
  gate: Gate
  /** `location:<id>`, `key:<id>`, `review:<id>`… as lib/rules/finding.ts writes them. */
  targetRef: string
  message: string
  acceptedRisk: { exceptionId: string; expiresAt: string } | null
}

export interface ExportException {
  id: string
  findingCode: string
  targetRef: string
  justification: string
  compensatingControls: string
  expiresAt: string
  status: ExportExceptionStatus
  approvedBy: ExportPerson | null
  approvedAt: string | null
}

export interface ExportCloudAccount {
  id: string
  provider: CloudProvider
  accountRef: string
  controlledBy: ControlledBy
  region: string | null
}

export interface ExportLocation {
  id: string
  kind: LocationKind
  name: string
  resourceRef: string
  cloudAccountId: string | null
  region: string | null
  holds: Holds[]
  encryption: Encryption
  keyId: string | null
  inScope: boolean
  exclusionReason: string | null
}

export interface ExportKey {
  id: string
  keyRef: string
  alias: string
  service: KeyService
  ownership: KeyOwnership
  administeredBy: string
  rotation: Rotation
  rotationPeriodDays: number | null
  rotationValidatedAt: string | null
  /** The key service's own name for the key's type, e.g. AWS KMS `KeySpec` `SYMMETRIC_DEFAULT`. */
  keySpec: string | null
  state: ExportKeyState | null
  createdAt: string | null
}

export interface ReviewExport {
  generatedAt: string
  organization: { name: string }
  review: {
    id: string
    title: string
    platform: string
    deploymentModel: DeploymentModel
    templateId: string | null
    environment: string
    regions: string[]
    allowedJurisdictions: string[]
    dataClassification: DataClassification
    keyRequirement: KeyRequirement
    boundaries: { control: string; cryptographic: string; operational: string; recovery: string }
    createdAt: string
    dueDate: string | null
    decision: {
      outcome: ExportDecisionOutcome
      reason: string | null
      decidedBy: ExportPerson
      decidedAt: string
    } | null
  }
  gates: ExportGate[]
  requests: ExportRequest[]
  evidence: ExportEvidence[]
  findings: ExportFinding[]
  exceptions: ExportException[]
  cloudAccounts: ExportCloudAccount[]
  locations: ExportLocation[]
  keys: ExportKey[]
}

// The plain, serializable picture of a review that the rules engine judges. The DAL builds it
// from the database; tests build it by hand. The gate records (requests, evidence, drills, cost
// lines, compatibility checks, migration steps) are optional while the DAL learns to load them;
// the rules read a missing list as an empty one, so a review without them fails closed.
import type {
  CloudProvider,
  CmkSupport,
  ControlledBy,
  DeploymentModel,
  Encryption,
  Gate,
  Holds,
  KeyOwnership,
  KeyRequirement,
  KeyService,
  LocationKind,
  Rotation,
} from './enums'
import type {
  CompatibilityResult,
  CostCategory,
  DrillOutcome,
  DrillScenario,
  EvidenceKind,
  MigrationStepKind,
  MigrationStepStatus,
  RequestStatus,
} from './gate-enums'

export interface SnapshotCloudAccount {
  id: string
  provider: CloudProvider
  accountRef: string
  controlledBy: ControlledBy
  region: string | null
}

export interface SnapshotLocation {
  id: string
  kind: LocationKind
  name: string
  region: string | null
  holds: Holds[]
  encryption: Encryption
  keyId: string | null
  inScope: boolean
  exclusionReason: string | null
  cloudAccountId: string | null
  /** Copied from the template when the location was pre-filled from one. */
  cmkSupported?: CmkSupport | null
}

export interface SnapshotKey {
  id: string
  keyRef: string
  service: KeyService
  ownership: KeyOwnership
  rotation: Rotation
  rotationPeriodDays: number | null
  rotationValidatedAt: Date | null
}

export interface SnapshotException {
  id: string
  findingCode: string
  targetRef: string
  expiresAt: Date
  revokedAt: Date | null
}

export interface SnapshotRequest {
  id: string
  gate: Gate
  /** The catalog code, e.g. `FR-01`. */
  code: string
  title: string
  required: boolean
  status: RequestStatus
  assigneeId: string | null
  dueDate: Date | null
}

/** One version of one piece of evidence, with the ids of everything it is linked to. */
export interface SnapshotEvidence {
  id: string
  kind: EvidenceKind
  title: string
  expiresAt: Date | null
  /** The newer version that supersedes this one, if any (Evidence.supersedesId read backwards). */
  supersededById: string | null
  requestIds: string[]
  locationIds: string[]
  keyIds: string[]
  drillIds: string[]
  costLineIds?: string[]
  compatibilityCheckIds?: string[]
  migrationStepIds?: string[]
}

export interface SnapshotDrill {
  id: string
  scenario: DrillScenario
  outcome: DrillOutcome
  performedOn: Date
  timeToRestoreMinutes: number | null
}

export interface SnapshotCostLine {
  id: string
  category: CostCategory
  monthlyAmount: number
  /** ISO 4217 code, e.g. `EUR`. */
  currency: string
  pricingVerifiedOn: Date | null
  description?: string
}

export interface SnapshotCompatibilityCheck {
  id: string
  component: string
  componentVersion?: string
  result: CompatibilityResult
}

export interface SnapshotMigrationStep {
  id: string
  kind: MigrationStepKind
  status: MigrationStepStatus
  description?: string
}

/** The four boundary statements of the scope step; an empty string is an unwritten statement. */
export interface SnapshotBoundaries {
  control: string
  cryptographic: string
  operational: string
  recovery: string
}

export interface ReviewSnapshot {
  id: string
  deploymentModel: DeploymentModel
  keyRequirement: KeyRequirement
  templateId: string | null
  allowedJurisdictions: string[]
  regions: string[]
  cloudAccounts: SnapshotCloudAccount[]
  locations: SnapshotLocation[]
  keys: SnapshotKey[]
  exceptions: SnapshotException[]
  requests?: SnapshotRequest[]
  evidence?: SnapshotEvidence[]
  drills?: SnapshotDrill[]
  costLines?: SnapshotCostLine[]
  compatibilityChecks?: SnapshotCompatibilityCheck[]
  migrationSteps?: SnapshotMigrationStep[]
  /** Absent when not loaded: next steps then skip the boundary-statement hint. */
  boundaries?: SnapshotBoundaries
  /** Gates with a current (not stale) sign-off, derived by the DAL from sign-off fingerprints. */
  signedGates?: Gate[]
}

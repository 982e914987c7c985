// The plain, serializable picture of a review that the rules engine judges. The DAL builds it
// from the database; tests build it by hand. The gate records (requests, evidence, drills, cost
// lines, compatibility checks, migration steps) are optional while the DAL learns to load them;
// the rules read a missing list as an empty one, so a review without them fails closed.
import type { CmkSupport, DeploymentModel, Gate, KeyRequirement, SourceStatus } from './enums'
import type { CLOUD_ACCOUNT_FIELDS, CloudAccountValues } from './fields/cloud-account'
import type { KEY_FIELDS, KeyValues } from './fields/key'
import type { LOCATION_FIELDS, LocationValues } from './fields/location'
import type { FlaggedFieldOf } from './fields/spec'
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

// The inventory parts are the fields their declarations mark `snapshot` (lib/domain/fields).
export type SnapshotCloudAccount = { id: string } & Pick<
  CloudAccountValues,
  FlaggedFieldOf<typeof CLOUD_ACCOUNT_FIELDS, 'snapshot'>
>

export type SnapshotLocation = { id: string } & Pick<
  LocationValues,
  FlaggedFieldOf<typeof LOCATION_FIELDS, 'snapshot'>
> & {
    /** Copied from the template when the location was pre-filled from one. */
    cmkSupported?: CmkSupport | null
    /** How the template's sources know `cmkSupported` (documented, inferred, unknown, contradicted). */
    cmkStatus?: SourceStatus | null
    /** An exclusion a platform owner proposed that no security reviewer has accepted yet (it stays in scope). */
    exclusionProposed?: boolean
    /** Fields whose current value a current configuration output confirms (lib/domain/provenance.ts). */
    verifiedFacts?: SnapshotFactSource[]
    /** What current configuration outputs say about this location, whether or not the record still agrees. */
    importedFacts?: SnapshotImportedFact[]
    /** Whether its key can be changed in place, when an imported output says so. */
    keyChange?: SnapshotKeyChange
  }

export type SnapshotKey = { id: string } & Pick<KeyValues, FlaggedFieldOf<typeof KEY_FIELDS, 'snapshot'>> & {
    verifiedFacts?: SnapshotFactSource[]
    importedFacts?: SnapshotImportedFact[]
    /** Who may use the key, from its imported key policy and grants. */
    principals?: SnapshotPrincipal[]
  }

/** Where a verified fact came from: the source file's name and the JSON path of the value in it. */
export interface SnapshotFactSource {
  field: string
  source: string
  path: string
}

/** A fact read from a configuration output that is current evidence. */
export interface SnapshotImportedFact extends SnapshotFactSource {
  /** In Keyproof's terms: an Encryption, a key id, a KeyOwnership, an ISO date, a key-change mode… */
  value: string | number | boolean | null
  /** The source's own words for it, for messages ("a provider-managed key: arn:…"). */
  said: string
}

export interface SnapshotPrincipal {
  principal: string
  account?: string
  /** KMS use actions: kms:Decrypt, kms:GenerateDataKey…, kms:CreateGrant. */
  actions: string[]
  viaGrant: boolean
  /** In another account than the key's (or "*"). */
  crossAccount: boolean
  /** False for an IAM unique id left behind by a deleted role or user. */
  resolvable: boolean
  /** The account root: whoever that account's IAM policies allow. */
  delegatesToIam: boolean
  source: string
  path: string
}

export interface SnapshotKeyChange {
  mode: 'IN_PLACE' | 'REPLACEMENT' | 'CANNOT_REMOVE' | 'UNKNOWN'
  note: string
  /** The file and path, or the template's source, the fact comes from. */
  source: string
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

/** One stored scanner finding (lib/dal/scan-import.ts), with the location it was matched to on import. */
export interface SnapshotScanResult {
  id: string
  /** lib/scanners/finding.ts `Scanner`: prowler, checkov, trivy, securityhub or awsconfig. */
  scanner: string
  checkId: string
  resourceRef: string
  status: 'PASS' | 'FAIL' | 'OTHER'
  rawStatus: string | null
  /** Null when no location matched, or the matched location was deleted since. */
  locationId: string | null
  importedAt: Date
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
  /** Set on an approved review whose approval no longer holds: what changed since the decision, per gate. */
  decisionStale?: { changes: string[] }
  /** Imported scanner findings; absent reads as none. */
  scanResults?: SnapshotScanResult[]
}

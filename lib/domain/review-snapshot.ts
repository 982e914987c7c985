// The plain, serializable picture of a review that the rules engine judges. The DAL builds it
// from the database; tests build it by hand. Later additions (evidence requests, drills, cost
// lines) join as new fields.
import type {
  CloudProvider, CmkSupport, ControlledBy, DeploymentModel, Encryption, Holds, KeyOwnership,
  KeyRequirement, KeyService, LocationKind, Rotation,
} from './enums'

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
}

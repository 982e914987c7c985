// What every rule needs from a snapshot, indexed once so evaluation stays linear.
import type { Encryption, KeyOwnership } from '@/lib/domain/enums'
import type {
  ReviewSnapshot,
  SnapshotCloudAccount,
  SnapshotCompatibilityCheck,
  SnapshotCostLine,
  SnapshotDrill,
  SnapshotEvidence,
  SnapshotKey,
  SnapshotLocation,
  SnapshotMigrationStep,
  SnapshotRequest,
} from '@/lib/domain/review-snapshot'
import { getTemplate, type KafkaTemplate } from '@/lib/domain/templates'

export interface RuleContext {
  snapshot: ReviewSnapshot
  inScopeLocations: SnapshotLocation[]
  keysById: ReadonlyMap<string, SnapshotKey>
  accountsById: ReadonlyMap<string, SnapshotCloudAccount>
  template: KafkaTemplate | null
  /** The gate records; a list the snapshot leaves out reads as empty (fail closed). */
  requests: readonly SnapshotRequest[]
  requestsById: ReadonlyMap<string, SnapshotRequest>
  evidence: readonly SnapshotEvidence[]
  drills: readonly SnapshotDrill[]
  costLines: readonly SnapshotCostLine[]
  compatibilityChecks: readonly SnapshotCompatibilityCheck[]
  migrationSteps: readonly SnapshotMigrationStep[]
  /** An in-scope location encrypted, or a register key owned, as CMK, BYOK or external. */
  usesCustomerControlledKey: boolean
}

const CUSTOMER_CONTROLLED: ReadonlySet<Encryption | KeyOwnership> = new Set<Encryption | KeyOwnership>([
  'CUSTOMER_MANAGED',
  'BYOK',
  'EXTERNAL',
])

export function isCustomerControlled(model: Encryption | KeyOwnership): boolean {
  return CUSTOMER_CONTROLLED.has(model)
}

export function buildRuleContext(snapshot: ReviewSnapshot): RuleContext {
  const inScopeLocations = snapshot.locations.filter((location) => location.inScope)
  const requests = snapshot.requests ?? []
  return {
    snapshot,
    inScopeLocations,
    keysById: new Map(snapshot.keys.map((key) => [key.id, key])),
    accountsById: new Map(snapshot.cloudAccounts.map((account) => [account.id, account])),
    template: snapshot.templateId ? getTemplate(snapshot.templateId) : null,
    requests,
    requestsById: new Map(requests.map((request) => [request.id, request])),
    evidence: snapshot.evidence ?? [],
    drills: snapshot.drills ?? [],
    costLines: snapshot.costLines ?? [],
    compatibilityChecks: snapshot.compatibilityChecks ?? [],
    migrationSteps: snapshot.migrationSteps ?? [],
    usesCustomerControlledKey:
      inScopeLocations.some((location) => isCustomerControlled(location.encryption)) ||
      snapshot.keys.some((key) => isCustomerControlled(key.ownership)),
  }
}

/** The key mapped to a location, or null when none is mapped or it is not in the register. */
export function mappedKey(context: RuleContext, location: SnapshotLocation): SnapshotKey | null {
  return location.keyId ? (context.keysById.get(location.keyId) ?? null) : null
}

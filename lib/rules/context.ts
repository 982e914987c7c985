// What every rule needs from a snapshot, indexed once so evaluation stays linear.
import type { ReviewSnapshot, SnapshotCloudAccount, SnapshotKey, SnapshotLocation } from '@/lib/domain/review-snapshot'
import { getTemplate, type KafkaTemplate } from '@/lib/domain/templates'

export interface RuleContext {
  snapshot: ReviewSnapshot
  inScopeLocations: SnapshotLocation[]
  keysById: ReadonlyMap<string, SnapshotKey>
  accountsById: ReadonlyMap<string, SnapshotCloudAccount>
  template: KafkaTemplate | null
}

export function buildRuleContext(snapshot: ReviewSnapshot): RuleContext {
  return {
    snapshot,
    inScopeLocations: snapshot.locations.filter((location) => location.inScope),
    keysById: new Map(snapshot.keys.map((key) => [key.id, key])),
    accountsById: new Map(snapshot.cloudAccounts.map((account) => [account.id, account])),
    template: snapshot.templateId ? getTemplate(snapshot.templateId) : null,
  }
}

/** The key mapped to a location, or null when none is mapped or it is not in the register. */
export function mappedKey(context: RuleContext, location: SnapshotLocation): SnapshotKey | null {
  return location.keyId ? (context.keysById.get(location.keyId) ?? null) : null
}

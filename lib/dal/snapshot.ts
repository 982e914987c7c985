import 'server-only'
// Builds the rules engine's plain ReviewSnapshot from database rows (already tenant-scoped by the caller).
import { db } from '@/lib/db'
import type { ReviewSnapshot } from '@/lib/domain/review-snapshot'
import type { CmkSupport, Holds, LocationKind } from '@/lib/domain/enums'
import type { CloudAccount, Key, Review, StorageLocation } from '@/lib/generated/prisma/client'

type ReviewFields = Pick<Review, 'id' | 'deploymentModel' | 'keyRequirement' | 'templateId' | 'allowedJurisdictions' | 'regions'>
type AccountFields = Pick<CloudAccount, 'id' | 'provider' | 'accountRef' | 'controlledBy' | 'region'>
type LocationFields = Pick<StorageLocation, 'id' | 'kind' | 'name' | 'region' | 'holds' | 'encryption' | 'keyId' | 'inScope' | 'exclusionReason' | 'cloudAccountId' | 'cmkSupported'>
type KeyFields = Pick<Key, 'id' | 'keyRef' | 'service' | 'ownership' | 'rotation' | 'rotationPeriodDays' | 'rotationValidatedAt'>

export function toSnapshot(review: ReviewFields, accounts: AccountFields[], locations: LocationFields[], keys: KeyFields[]): ReviewSnapshot {
  return {
    id: review.id, deploymentModel: review.deploymentModel, keyRequirement: review.keyRequirement, templateId: review.templateId,
    allowedJurisdictions: review.allowedJurisdictions, regions: review.regions,
    cloudAccounts: accounts.map((a) => ({ id: a.id, provider: a.provider, accountRef: a.accountRef, controlledBy: a.controlledBy, region: a.region })),
    locations: locations.map((l) => ({
      id: l.id, kind: l.kind as LocationKind, name: l.name, region: l.region, holds: l.holds as Holds[], encryption: l.encryption, keyId: l.keyId,
      inScope: l.inScope, exclusionReason: l.exclusionReason, cloudAccountId: l.cloudAccountId, cmkSupported: (l.cmkSupported as CmkSupport | null) ?? null,
    })),
    keys: keys.map((k) => ({ id: k.id, keyRef: k.keyRef, service: k.service, ownership: k.ownership, rotation: k.rotation, rotationPeriodDays: k.rotationPeriodDays, rotationValidatedAt: k.rotationValidatedAt })),
    exceptions: [],
  }
}

/** Snapshots of many reviews in four queries (the reviews list computes blocker counts from them). */
export async function loadSnapshots(organizationId: string, reviewIds: string[]): Promise<Map<string, ReviewSnapshot>> {
  const where = { organizationId, reviewId: { in: reviewIds } }
  const [reviews, accounts, locations, keys] = await Promise.all([
    db.review.findMany({ where: { organizationId, id: { in: reviewIds } }, select: { id: true, deploymentModel: true, keyRequirement: true, templateId: true, allowedJurisdictions: true, regions: true } }),
    db.cloudAccount.findMany({ where, select: { id: true, reviewId: true, provider: true, accountRef: true, controlledBy: true, region: true } }),
    db.storageLocation.findMany({ where, select: { id: true, reviewId: true, kind: true, name: true, region: true, holds: true, encryption: true, keyId: true, inScope: true, exclusionReason: true, cloudAccountId: true, cmkSupported: true } }),
    db.key.findMany({ where, select: { id: true, reviewId: true, keyRef: true, service: true, ownership: true, rotation: true, rotationPeriodDays: true, rotationValidatedAt: true } }),
  ])
  const group = <T extends { reviewId: string }>(rows: T[]) => {
    const m = new Map<string, T[]>()
    for (const r of rows) { const list = m.get(r.reviewId); if (list) list.push(r); else m.set(r.reviewId, [r]) }
    return m
  }
  const [byAccount, byLocation, byKey] = [group(accounts), group(locations), group(keys)]
  return new Map(reviews.map((r) => [r.id, toSnapshot(r, byAccount.get(r.id) ?? [], byLocation.get(r.id) ?? [], byKey.get(r.id) ?? [])]))
}

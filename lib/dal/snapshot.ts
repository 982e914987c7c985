import 'server-only'
// Builds the rules engine's plain ReviewSnapshot from the database (already tenant-scoped by the caller).
import { db } from '@/lib/db'
import type { ReviewSnapshot } from '@/lib/domain/review-snapshot'
import type { CmkSupport, Holds, LocationKind } from '@/lib/domain/enums'

export async function loadSnapshots(organizationId: string, reviewIds: string[]): Promise<Map<string, ReviewSnapshot>> {
  const where = { organizationId, reviewId: { in: reviewIds } }
  const [reviews, accounts, locations, keys] = await Promise.all([
    db.review.findMany({ where: { organizationId, id: { in: reviewIds } }, select: { id: true, deploymentModel: true, keyRequirement: true, templateId: true, allowedJurisdictions: true, regions: true } }),
    db.cloudAccount.findMany({ where, select: { id: true, reviewId: true, provider: true, accountRef: true, controlledBy: true, region: true } }),
    db.storageLocation.findMany({ where, select: { id: true, reviewId: true, kind: true, name: true, region: true, holds: true, encryption: true, keyId: true, inScope: true, exclusionReason: true, cloudAccountId: true, cmkSupported: true } }),
    db.key.findMany({ where, select: { id: true, reviewId: true, keyRef: true, service: true, ownership: true, rotation: true, rotationPeriodDays: true, rotationValidatedAt: true } }),
  ])
  const out = new Map<string, ReviewSnapshot>()
  for (const r of reviews) out.set(r.id, { ...r, cloudAccounts: [], locations: [], keys: [], exceptions: [] })
  for (const { reviewId, ...a } of accounts) out.get(reviewId)?.cloudAccounts.push(a)
  for (const { reviewId, ...l } of locations) {
    out.get(reviewId)?.locations.push({ ...l, kind: l.kind as LocationKind, holds: l.holds as Holds[], cmkSupported: (l.cmkSupported as CmkSupport | null) ?? null })
  }
  for (const { reviewId, ...k } of keys) out.get(reviewId)?.keys.push(k)
  return out
}

export async function loadSnapshot(organizationId: string, reviewId: string) {
  return (await loadSnapshots(organizationId, [reviewId])).get(reviewId) ?? null
}

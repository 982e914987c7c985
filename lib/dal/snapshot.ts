import 'server-only'
// Builds the rules engine's plain ReviewSnapshot from database rows (already tenant-scoped by the caller).
import { db, type Tx } from '@/lib/db'
import type { ReviewSnapshot, SnapshotCloudAccount, SnapshotKey, SnapshotLocation } from '@/lib/domain/review-snapshot'
import { pickFields } from '@/lib/domain/fields/spec'
import type { Review } from '@/lib/generated/prisma/client'
import { loadProvenance, withProvenance } from './provenance'
import { ACCOUNT_SNAPSHOT_SELECT, KEY_SNAPSHOT_SELECT, LOCATION_SNAPSHOT_SELECT, asValues } from './inventory-fields'

type ReviewFields = Pick<
  Review,
  'id' | 'deploymentModel' | 'keyRequirement' | 'templateId' | 'allowedJurisdictions' | 'regions'
>
type Row<S> = { [K in keyof S]: unknown }

export function toSnapshot(
  review: ReviewFields,
  accounts: Row<typeof ACCOUNT_SNAPSHOT_SELECT>[],
  locations: Row<typeof LOCATION_SNAPSHOT_SELECT>[],
  keys: Row<typeof KEY_SNAPSHOT_SELECT>[],
  /** Locations with an exclusion proposed and not yet decided (they stay in scope). */
  proposedExclusions: ReadonlySet<string> = new Set(),
): ReviewSnapshot {
  return {
    id: review.id,
    deploymentModel: review.deploymentModel,
    keyRequirement: review.keyRequirement,
    templateId: review.templateId,
    allowedJurisdictions: review.allowedJurisdictions,
    regions: review.regions,
    cloudAccounts: accounts.map((a) =>
      asValues<SnapshotCloudAccount>(pickFields(a, Object.keys(ACCOUNT_SNAPSHOT_SELECT) as (keyof typeof a)[])),
    ),
    locations: locations.map((l) => {
      const picked = asValues<SnapshotLocation>(
        pickFields(l, Object.keys(LOCATION_SNAPSHOT_SELECT) as (keyof typeof l)[]),
      )
      return {
        ...picked,
        cmkSupported: picked.cmkSupported ?? null,
        cmkStatus: picked.cmkStatus ?? null,
        ...(proposedExclusions.has(picked.id) && { exclusionProposed: true }),
      }
    }),
    keys: keys.map((k) => asValues<SnapshotKey>(pickFields(k, Object.keys(KEY_SNAPSHOT_SELECT) as (keyof typeof k)[]))),
    exceptions: [],
  }
}

/** Snapshots of many reviews in a fixed number of queries (the reviews list and My work compute from them). */
export async function loadSnapshots(
  organizationId: string,
  reviewIds: string[],
  now = new Date(),
): Promise<Map<string, ReviewSnapshot>> {
  const where = { organizationId, reviewId: { in: reviewIds } }
  const [reviews, accounts, locations, keys] = await Promise.all([
    db.review.findMany({
      where: { organizationId, id: { in: reviewIds } },
      select: {
        id: true,
        deploymentModel: true,
        keyRequirement: true,
        templateId: true,
        allowedJurisdictions: true,
        regions: true,
        controlBoundary: true,
        cryptographicBoundary: true,
        operationalBoundary: true,
        recoveryBoundary: true,
      },
    }),
    db.cloudAccount.findMany({ where, select: { ...ACCOUNT_SNAPSHOT_SELECT, reviewId: true } }),
    db.storageLocation.findMany({ where, select: { ...LOCATION_SNAPSHOT_SELECT, reviewId: true } }),
    db.key.findMany({ where, select: { ...KEY_SNAPSHOT_SELECT, reviewId: true } }),
  ])
  const proposed = await proposedExclusionIds(db, organizationId, reviewIds)
  const group = <T extends { reviewId: string }>(rows: T[]) => {
    const m = new Map<string, T[]>()
    for (const r of rows) {
      const list = m.get(r.reviewId)
      if (list) list.push(r)
      else m.set(r.reviewId, [r])
    }
    return m
  }
  const [byAccount, byLocation, byKey] = [group(accounts), group(locations), group(keys)]
  const gateParts = await loadGateSnapshotParts(organizationId, reviewIds)
  const facts = await loadProvenance(organizationId, reviewIds, now)
  return new Map(
    reviews.map((r) => [
      r.id,
      withProvenance(
        {
          ...toSnapshot(r, byAccount.get(r.id) ?? [], byLocation.get(r.id) ?? [], byKey.get(r.id) ?? [], proposed),
          ...gateParts.get(r.id),
          boundaries: {
            control: r.controlBoundary,
            cryptographic: r.cryptographicBoundary,
            operational: r.operationalBoundary,
            recovery: r.recoveryBoundary,
          },
        },
        facts.get(r.id),
      ),
    ]),
  )
}

/** Locations of the reviews whose exclusion is proposed and not yet decided. */
export async function proposedExclusionIds(client: Tx, organizationId: string, reviewIds: string[]) {
  const rows = await client.locationExclusion.findMany({
    where: { organizationId, reviewId: { in: reviewIds }, status: 'PROPOSED' },
    select: { locationId: true },
  })
  return new Set(rows.map((r) => r.locationId))
}

/** Only the current version of a gate record counts: not superseded by a correction, not withdrawn. */
export const CURRENT_RECORD = { supersededBy: null, withdrawnAt: null } as const

/** The gate side of reviews' snapshots: requests, evidence with its links, and the structured records, per review. */
export async function loadGateSnapshotParts(organizationId: string, reviewIds: string[], client: Tx = db) {
  const where = { organizationId, reviewId: { in: reviewIds } }
  const [requests, evidence, drills, costLines, compatibilityChecks, migrationSteps, exceptions, scans] =
    await Promise.all([
      client.evidenceRequest.findMany({
        where,
        select: {
          id: true,
          reviewId: true,
          code: true,
          title: true,
          required: true,
          status: true,
          assigneeId: true,
          dueDate: true,
          gateAssessment: { select: { gate: true } },
        },
      }),
      client.evidence.findMany({
        where,
        select: {
          id: true,
          reviewId: true,
          kind: true,
          title: true,
          expiresAt: true,
          supersededBy: { select: { id: true } },
          links: { select: LINK_FIELDS },
        },
      }),
      client.recoveryDrill.findMany({
        where: { ...where, ...CURRENT_RECORD },
        select: {
          id: true,
          reviewId: true,
          scenario: true,
          outcome: true,
          performedOn: true,
          timeToRestoreMinutes: true,
        },
      }),
      client.costLine.findMany({
        where: { ...where, ...CURRENT_RECORD },
        select: {
          id: true,
          reviewId: true,
          category: true,
          monthlyAmount: true,
          currency: true,
          pricingVerifiedOn: true,
          description: true,
        },
      }),
      client.compatibilityCheck.findMany({
        where: { ...where, ...CURRENT_RECORD },
        select: { id: true, reviewId: true, component: true, componentVersion: true, result: true },
      }),
      client.migrationStep.findMany({
        where: { ...where, ...CURRENT_RECORD },
        select: { id: true, reviewId: true, kind: true, status: true, description: true },
      }),
      client.riskException.findMany({
        where: { ...where, approvedAt: { not: null } },
        select: { id: true, reviewId: true, findingCode: true, targetRef: true, expiresAt: true, revokedAt: true },
      }),
      // Only at-rest checks can be re-graded into findings (lib/rules/scanners.ts).
      client.scanResult.findMany({ where: { ...where, atRest: true }, select: SCAN_FIELDS }),
    ])
  // Links to a superseded or withdrawn record no longer support anything.
  const current = new Set([...drills, ...costLines, ...compatibilityChecks, ...migrationSteps].map((r) => r.id))
  const RECORD_LINKS = new Set(['drillId', 'costLineId', 'compatibilityCheckId', 'migrationStepId'])
  const ids = (links: { [k: string]: string | null }[], key: string) =>
    links.map((l) => l[key]).filter((v): v is string => !!v && (!RECORD_LINKS.has(key) || current.has(v)))
  const parts = new Map(
    reviewIds.map((id) => [
      id,
      {
        requests: [] as GateParts['requests'],
        evidence: [] as GateParts['evidence'],
        drills: [] as GateParts['drills'],
        costLines: [] as GateParts['costLines'],
        compatibilityChecks: [] as GateParts['compatibilityChecks'],
        migrationSteps: [] as GateParts['migrationSteps'],
        exceptions: [] as ReviewSnapshot['exceptions'],
        scanResults: [] as NonNullable<ReviewSnapshot['scanResults']>,
      },
    ]),
  )
  for (const { reviewId, gateAssessment, ...r } of requests)
    parts.get(reviewId)?.requests.push({ ...r, gate: gateAssessment.gate })
  for (const e of evidence)
    parts.get(e.reviewId)?.evidence.push({
      id: e.id,
      kind: e.kind,
      title: e.title,
      expiresAt: e.expiresAt,
      supersededById: e.supersededBy?.id ?? null,
      requestIds: ids(e.links, 'requestId'),
      locationIds: ids(e.links, 'locationId'),
      keyIds: ids(e.links, 'keyId'),
      drillIds: ids(e.links, 'drillId'),
      costLineIds: ids(e.links, 'costLineId'),
      compatibilityCheckIds: ids(e.links, 'compatibilityCheckId'),
      migrationStepIds: ids(e.links, 'migrationStepId'),
    })
  for (const { reviewId, ...d } of drills) parts.get(reviewId)?.drills.push(d)
  for (const { reviewId, ...c } of costLines)
    parts.get(reviewId)?.costLines.push({ ...c, monthlyAmount: Number(c.monthlyAmount) })
  for (const { reviewId, ...c } of compatibilityChecks) parts.get(reviewId)?.compatibilityChecks.push(c)
  for (const { reviewId, ...m } of migrationSteps) parts.get(reviewId)?.migrationSteps.push(m)
  for (const { reviewId, ...x } of exceptions) parts.get(reviewId)?.exceptions.push(x)
  for (const { reviewId, createdAt, ...r } of scans)
    parts.get(reviewId)?.scanResults.push({ ...r, importedAt: createdAt })
  return parts
}

type GateParts = Required<
  Pick<ReviewSnapshot, 'requests' | 'evidence' | 'drills' | 'costLines' | 'compatibilityChecks' | 'migrationSteps'>
>
const SCAN_FIELDS = {
  id: true,
  reviewId: true,
  scanner: true,
  checkId: true,
  resourceRef: true,
  status: true,
  rawStatus: true,
  locationId: true,
  createdAt: true,
} as const
const LINK_FIELDS = {
  requestId: true,
  locationId: true,
  keyId: true,
  drillId: true,
  costLineId: true,
  compatibilityCheckId: true,
  migrationStepId: true,
} as const

// Builds reviews for tests through the DAL, like a user would.
import { db } from '@/lib/db'
import { createReview } from '@/lib/dal/reviews'
import { addKey } from '@/lib/dal/inventory'
import type { Actor } from '@/lib/dal/actor'

export async function makeReview(actor: Actor, overrides: Record<string, unknown> = {}) {
  const { id } = await createReview(actor, {
    title: 'Test review',
    platform: 'Test Kafka',
    deploymentModel: 'SELF_MANAGED',
    keyRequirement: 'CMK',
    dataClassification: 'CONFIDENTIAL',
    ...overrides,
  })
  return id
}

export async function makeKey(actor: Actor, reviewId: string, overrides: Record<string, unknown> = {}) {
  return addKey(actor, {
    reviewId,
    service: 'AWS_KMS',
    keyRef: `arn:aws:kms:eu-west-1:1:key/${Math.random().toString(36).slice(2)}`,
    ownership: 'CUSTOMER_MANAGED',
    rotation: 'AUTOMATIC',
    rotationValidatedAt: '2026-10-01',
    ...overrides,
  })
}

export const locationsOf = (reviewId: string) =>
  db.storageLocation.findMany({ where: { reviewId }, orderBy: { name: 'asc' } })

/** The fields updateLocation needs, taken from a stored row. */
export function locationInput(l: Awaited<ReturnType<typeof locationsOf>>[number], patch: Record<string, unknown> = {}) {
  const {
    id,
    version,
    reviewId,
    kind,
    name,
    resourceRef,
    region,
    cloudAccountId,
    holds,
    encryption,
    keyId,
    inScope,
    exclusionReason,
    notes,
  } = l
  return {
    id,
    version,
    reviewId,
    kind,
    name,
    resourceRef,
    region,
    cloudAccountId,
    holds,
    encryption,
    keyId,
    inScope,
    exclusionReason,
    notes,
    ...patch,
  }
}

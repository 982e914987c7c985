import 'server-only'
// The storage-boundary inventory of a review: cloud accounts, storage locations, keys. Platform owners edit.
import { z } from 'zod'
import type { Tx } from '@/lib/db'
import { AppError, notFound } from '@/lib/errors'
import { isFutureDay } from '@/lib/domain/dates'
import { KEY_FIELDS } from '@/lib/domain/fields/key'
import { LOCATION_FIELDS } from '@/lib/domain/fields/location'
import { changedFields, fieldNames, type Fields } from '@/lib/domain/fields/spec'
import type { Actor } from './actor'
import { parseInput } from './validate'
import { cloudAccountSchema, keySchema, locationFieldsSchema, refSchema } from './schemas/inventory'
import { assertVersionedUpdate } from './review-access'
import { withReviewChange } from './review-change'

const reviewIdSchema = z.object({ reviewId: z.string().min(1) })

/** Account and key ids on a location must belong to the same review (and so the same tenant). */
async function assertRefsInReview(
  tx: Tx,
  reviewId: string,
  refs: { cloudAccountId?: string | null; keyId?: string | null },
) {
  if (
    refs.cloudAccountId &&
    !(await tx.cloudAccount.findFirst({ where: { id: refs.cloudAccountId, reviewId }, select: { id: true } }))
  )
    throw new AppError('VALIDATION', 'That cloud account is not part of this review.', {
      cloudAccountId: ['Unknown account.'],
    })
  if (refs.keyId && !(await tx.key.findFirst({ where: { id: refs.keyId, reviewId }, select: { id: true } })))
    throw new AppError('VALIDATION', 'That key is not part of this review.', { keyId: ['Unknown key.'] })
}

/** Another key of the review already has this reference: a clear conflict, never a database error. */
async function assertKeyRefFree(tx: Tx, reviewId: string, keyRef: string, exceptId?: string) {
  const other = await tx.key.findFirst({
    where: { reviewId, keyRef, ...(exceptId && { id: { not: exceptId } }) },
    select: { id: true },
  })
  if (other)
    throw new AppError('CONFLICT', 'This review already has a key with that reference.', {
      keyRef: ['Already registered.'],
    })
}

/** A rotation validated on a date still to come has not been validated: refused with a field error. */
function assertRotationNotFuture(data: { rotationValidatedAt: Date | null }, now: Date) {
  if (data.rotationValidatedAt && isFutureDay(data.rotationValidatedAt, now))
    throw new AppError('VALIDATION', 'Rotation cannot have been validated on a date still to come.', {
      rotationValidatedAt: ['Give the date the rotation was tested: today or earlier.'],
    })
}

/** The declared fields that differ, as `{ field: { from, to } }` for the audit event. */
function changesOf(fields: Fields, before: Record<string, unknown>, after: Record<string, unknown>) {
  const editable = fieldNames(fields).filter((n) => !fields[n].workflow)
  const names = changedFields(fields, editable, before, after)
  return Object.fromEntries(names.map((n) => [n, { from: before[n] ?? null, to: after[n] ?? null }]))
}

export async function addCloudAccount(actor: Actor, input: unknown) {
  const { reviewId } = parseInput(reviewIdSchema, input)
  const data = parseInput(cloudAccountSchema, input)
  return withReviewChange(actor, reviewId, 'inventory:edit', async ({ tx, audit }) => {
    const account = await tx.cloudAccount.create({
      data: { ...data, reviewId, organizationId: actor.organizationId },
      select: { id: true },
    })
    await audit('cloud_account.added', 'CloudAccount', account.id, { reviewId, ...data })
    return account
  })
}

export async function addLocation(actor: Actor, input: unknown) {
  const { reviewId } = parseInput(reviewIdSchema, input)
  const data = parseInput(locationFieldsSchema, input)
  return withReviewChange(actor, reviewId, 'inventory:edit', async ({ tx, audit }) => {
    await assertRefsInReview(tx, reviewId, data)
    const location = await tx.storageLocation.create({
      data: { ...data, reviewId, organizationId: actor.organizationId },
      select: { id: true },
    })
    await audit('location.added', 'StorageLocation', location.id, { reviewId, ...data })
    return location
  })
}

export async function updateLocation(actor: Actor, input: unknown) {
  const ref = parseInput(refSchema, input)
  const data = parseInput(locationFieldsSchema, input)
  return withReviewChange(actor, ref.reviewId, 'inventory:edit', async ({ tx, audit }) => {
    await assertRefsInReview(tx, ref.reviewId, data)
    const where = { id: ref.id, reviewId: ref.reviewId, organizationId: actor.organizationId }
    const before = await tx.storageLocation.findFirst({ where })
    const { count } = await tx.storageLocation.updateMany({
      where: { ...where, version: ref.version },
      data: { ...data, version: { increment: 1 } },
    })
    await assertVersionedUpdate(count, async () => before, 'location')
    await audit('location.updated', 'StorageLocation', ref.id, {
      reviewId: ref.reviewId,
      changes: changesOf(LOCATION_FIELDS, before!, data),
    })
  })
}

const bulkAssignSchema = z.object({
  reviewId: z.string().min(1),
  keyId: z.string().min(1, 'Choose a key.'),
  locationIds: z.array(z.string().min(1)).min(1, 'Select at least one location.').max(5000),
})

/** Maps one key to many locations at once; refuses the whole batch if any id is foreign. */
export async function assignKeyToLocations(actor: Actor, input: unknown) {
  const data = parseInput(bulkAssignSchema, input)
  return withReviewChange(actor, data.reviewId, 'inventory:edit', async ({ tx, audit }) => {
    await assertRefsInReview(tx, data.reviewId, { keyId: data.keyId })
    const ids = [...new Set(data.locationIds)]
    const { count } = await tx.storageLocation.updateMany({
      where: { id: { in: ids }, reviewId: data.reviewId, organizationId: actor.organizationId },
      data: { keyId: data.keyId, version: { increment: 1 } },
    })
    if (count !== ids.length)
      throw new AppError('NOT_FOUND', 'Some selected locations were not found in this review; nothing was changed.')
    await audit('location.key_assigned', 'Review', data.reviewId, { keyId: data.keyId, locationIds: ids })
    return { count }
  })
}

export async function addKey(actor: Actor, input: unknown) {
  const { reviewId } = parseInput(reviewIdSchema, input)
  const data = parseInput(keySchema, input)
  return withReviewChange(actor, reviewId, 'inventory:edit', async ({ tx, audit, now }) => {
    assertRotationNotFuture(data, now)
    await assertKeyRefFree(tx, reviewId, data.keyRef)
    const key = await tx.key.create({
      data: { ...data, reviewId, organizationId: actor.organizationId },
      select: { id: true },
    })
    await audit('key.added', 'Key', key.id, { reviewId, ...data })
    return key
  })
}

export async function updateKey(actor: Actor, input: unknown) {
  const ref = parseInput(refSchema, input)
  const data = parseInput(keySchema, input)
  return withReviewChange(actor, ref.reviewId, 'inventory:edit', async ({ tx, audit, now }) => {
    assertRotationNotFuture(data, now)
    const where = { id: ref.id, reviewId: ref.reviewId, organizationId: actor.organizationId }
    const before = await tx.key.findFirst({ where })
    if (!before) throw notFound('Key')
    await assertKeyRefFree(tx, ref.reviewId, data.keyRef, ref.id)
    const { count } = await tx.key.updateMany({
      where: { ...where, version: ref.version },
      data: { ...data, version: { increment: 1 } },
    })
    await assertVersionedUpdate(count, async () => before, 'key')
    await audit('key.updated', 'Key', ref.id, { reviewId: ref.reviewId, changes: changesOf(KEY_FIELDS, before, data) })
  })
}

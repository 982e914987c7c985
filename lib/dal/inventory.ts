import 'server-only'
// The storage-boundary inventory of a review: cloud accounts, storage locations, keys. Platform owners edit.
import { z } from 'zod'
import { db, type Tx } from '@/lib/db'
import { recordEvent as audit } from './record-event'
import { AppError } from '@/lib/errors'
import { assertCan, type Actor } from './actor'
import { parseInput } from './validate'
import { cloudAccountSchema, keySchema, locationFieldsSchema, refSchema } from './schemas/inventory'
import { assertVersionedUpdate, findEditableReview } from './review-access'

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

export async function addCloudAccount(actor: Actor, input: unknown) {
  assertCan(actor, 'inventory:edit')
  const { reviewId } = parseInput(reviewIdSchema, input)
  const data = parseInput(cloudAccountSchema, input)
  return db.$transaction(async (tx) => {
    await findEditableReview(tx, actor, reviewId)
    const account = await tx.cloudAccount.create({
      data: { ...data, reviewId, organizationId: actor.organizationId },
      select: { id: true },
    })
    await audit(tx, actor, 'cloud_account.added', 'CloudAccount', account.id, { reviewId, ...data })
    return account
  })
}

export async function addLocation(actor: Actor, input: unknown) {
  assertCan(actor, 'inventory:edit')
  const { reviewId } = parseInput(reviewIdSchema, input)
  const data = parseInput(locationFieldsSchema, input)
  return db.$transaction(async (tx) => {
    await findEditableReview(tx, actor, reviewId)
    await assertRefsInReview(tx, reviewId, data)
    const location = await tx.storageLocation.create({
      data: { ...data, reviewId, organizationId: actor.organizationId },
      select: { id: true },
    })
    await audit(tx, actor, 'location.added', 'StorageLocation', location.id, { reviewId, ...data })
    return location
  })
}

export async function updateLocation(actor: Actor, input: unknown) {
  assertCan(actor, 'inventory:edit')
  const ref = parseInput(refSchema, input)
  const data = parseInput(locationFieldsSchema, input)
  return db.$transaction(async (tx) => {
    await findEditableReview(tx, actor, ref.reviewId)
    await assertRefsInReview(tx, ref.reviewId, data)
    const where = { id: ref.id, reviewId: ref.reviewId, organizationId: actor.organizationId }
    const before = await tx.storageLocation.findFirst({ where })
    const { count } = await tx.storageLocation.updateMany({
      where: { ...where, version: ref.version },
      data: { ...data, version: { increment: 1 } },
    })
    await assertVersionedUpdate(count, async () => before, 'location')
    await audit(tx, actor, 'location.updated', 'StorageLocation', ref.id, {
      reviewId: ref.reviewId,
      changes: diff(before!, data),
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
  assertCan(actor, 'inventory:edit')
  const data = parseInput(bulkAssignSchema, input)
  return db.$transaction(async (tx) => {
    await findEditableReview(tx, actor, data.reviewId)
    await assertRefsInReview(tx, data.reviewId, { keyId: data.keyId })
    const ids = [...new Set(data.locationIds)]
    const { count } = await tx.storageLocation.updateMany({
      where: { id: { in: ids }, reviewId: data.reviewId, organizationId: actor.organizationId },
      data: { keyId: data.keyId, version: { increment: 1 } },
    })
    if (count !== ids.length)
      throw new AppError('NOT_FOUND', 'Some selected locations were not found in this review; nothing was changed.')
    await audit(tx, actor, 'location.key_assigned', 'Review', data.reviewId, { keyId: data.keyId, locationIds: ids })
    return { count }
  })
}

export async function addKey(actor: Actor, input: unknown) {
  assertCan(actor, 'inventory:edit')
  const { reviewId } = parseInput(reviewIdSchema, input)
  const data = parseInput(keySchema, input)
  return db.$transaction(async (tx) => {
    await findEditableReview(tx, actor, reviewId)
    if (await tx.key.findFirst({ where: { reviewId, keyRef: data.keyRef }, select: { id: true } }))
      throw new AppError('CONFLICT', 'This review already has a key with that reference.', {
        keyRef: ['Already registered.'],
      })
    const key = await tx.key.create({
      data: { ...data, reviewId, organizationId: actor.organizationId },
      select: { id: true },
    })
    await audit(tx, actor, 'key.added', 'Key', key.id, { reviewId, ...data })
    return key
  })
}

export async function updateKey(actor: Actor, input: unknown) {
  assertCan(actor, 'inventory:edit')
  const ref = parseInput(refSchema, input)
  const data = parseInput(keySchema, input)
  return db.$transaction(async (tx) => {
    await findEditableReview(tx, actor, ref.reviewId)
    const where = { id: ref.id, reviewId: ref.reviewId, organizationId: actor.organizationId }
    const before = await tx.key.findFirst({ where })
    const { count } = await tx.key.updateMany({
      where: { ...where, version: ref.version },
      data: { ...data, version: { increment: 1 } },
    })
    await assertVersionedUpdate(count, async () => before, 'key')
    await audit(tx, actor, 'key.updated', 'Key', ref.id, { reviewId: ref.reviewId, changes: diff(before!, data) })
  })
}

function diff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const out: Record<string, { from: unknown; to: unknown }> = {}
  for (const [k, v] of Object.entries(after)) {
    const b = before[k]
    const same =
      b instanceof Date && v instanceof Date ? b.getTime() === v.getTime() : JSON.stringify(b) === JSON.stringify(v)
    if (!same) out[k] = { from: b ?? null, to: v ?? null }
  }
  return out
}

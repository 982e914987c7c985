'use server'
// Inventory actions. Public endpoints: each re-establishes the actor; the DAL authorizes and validates.
import { revalidatePath } from 'next/cache'
import { requireUser } from '@/lib/auth/session'
import { addCloudAccount, addLocation, assignKeyToLocations, updateLocation } from '@/lib/dal/inventory'
import { toActionState, type ActionState } from '@/lib/action-state'

const refresh = (reviewId: unknown) => revalidatePath(`/reviews/${String(reviewId)}`, 'layout')

export async function addCloudAccountAction(_prev: ActionState | null, form: FormData) {
  const actor = await requireUser()
  const result = await toActionState(() => addCloudAccount(actor, Object.fromEntries(form)), 'Cloud account added.')
  refresh(form.get('reviewId'))
  return result
}

export async function addLocationAction(_prev: ActionState | null, form: FormData) {
  const actor = await requireUser()
  const result = await toActionState(
    () => addLocation(actor, { ...Object.fromEntries(form), holds: form.getAll('holds') }),
    'Location added.',
  )
  refresh(form.get('reviewId'))
  return result
}

/** Inline edits from the locations table send the whole row with the version they were made on. */
export async function updateLocationAction(input: Record<string, unknown>) {
  const actor = await requireUser()
  const result = await toActionState(() => updateLocation(actor, input), 'Saved.')
  refresh(input.reviewId)
  return result
}

export async function assignKeyAction(input: { reviewId: string; keyId: string; locationIds: string[] }) {
  const actor = await requireUser()
  const result = await toActionState(
    () => assignKeyToLocations(actor, input),
    (r) => `Key assigned to ${r.count} locations.`,
  )
  refresh(input.reviewId)
  return result
}

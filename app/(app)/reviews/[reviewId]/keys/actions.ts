'use server'
import { revalidatePath } from 'next/cache'
import { requireUser } from '@/lib/auth/session'
import { addKey, updateKey } from '@/lib/dal/inventory'
import { toActionState, type ActionState } from '@/lib/action-state'

export async function addKeyAction(_prev: ActionState | null, form: FormData) {
  const actor = await requireUser()
  const result = await toActionState(() => addKey(actor, Object.fromEntries(form)), 'Key added to the register.')
  revalidatePath(`/reviews/${String(form.get('reviewId'))}`, 'layout')
  return result
}

export async function updateKeyAction(_prev: ActionState | null, form: FormData) {
  const actor = await requireUser()
  const result = await toActionState(() => updateKey(actor, Object.fromEntries(form)), 'Key saved.')
  revalidatePath(`/reviews/${String(form.get('reviewId'))}`, 'layout')
  return result
}

'use server'
import { redirect } from 'next/navigation'
import { createReview } from '@/lib/dal/reviews'
import { formAction } from '@/lib/server-action'
import type { ActionState } from '@/lib/action-state'

const create = formAction(createReview)

export async function createReviewAction(prev: ActionState<{ id: string }> | null, form: FormData) {
  const result = await create(prev, form)
  if (result.ok && result.data) redirect(`/reviews/${result.data.id}/inventory`)
  return result
}

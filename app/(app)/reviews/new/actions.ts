'use server'
import { redirect } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { createReview } from '@/lib/dal/reviews'
import { toActionState, type ActionState } from '@/lib/action-state'

export async function createReviewAction(_prev: ActionState | null, form: FormData) {
  const actor = await requireUser()
  const result = await toActionState(() =>
    createReview(actor, {
      title: form.get('title'),
      platform: form.get('platform'),
      deploymentModel: form.get('deploymentModel'),
      keyRequirement: form.get('keyRequirement'),
      dataClassification: form.get('dataClassification'),
      templateId: form.get('templateId') || undefined,
    }),
  )
  if (result.ok && result.data) redirect(`/reviews/${result.data.id}/inventory`)
  return result
}

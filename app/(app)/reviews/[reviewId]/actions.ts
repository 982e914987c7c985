'use server'
// Review-level actions. Public endpoints: each re-establishes the actor; the DAL authorizes and validates.
import { revalidatePath } from 'next/cache'
import { requireUser } from '@/lib/auth/session'
import { updateReviewScope } from '@/lib/dal/reviews'
import { toActionState, type ActionState } from '@/lib/action-state'

export async function updateScopeAction(_prev: ActionState | null, form: FormData) {
  const actor = await requireUser()
  const reviewId = String(form.get('reviewId') ?? '')
  const result = await toActionState(
    () =>
      updateReviewScope(actor, {
        reviewId,
        version: form.get('version'),
        ...Object.fromEntries(
          [
            'title',
            'platform',
            'deploymentModel',
            'environment',
            'regions',
            'allowedJurisdictions',
            'dataClassification',
            'keyRequirement',
            'dueDate',
            'controlBoundary',
            'cryptographicBoundary',
            'operationalBoundary',
            'recoveryBoundary',
          ].map((k) => [k, form.get(k) ?? undefined]),
        ),
      }),
    'Scope saved.',
  )
  revalidatePath(`/reviews/${reviewId}`, 'layout')
  return result
}

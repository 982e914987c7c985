'use server'
// Review-level actions: public endpoints built by lib/server-action (the DAL authorizes and validates).
import { updateReviewScope } from '@/lib/dal/reviews'
import { formAction } from '@/lib/server-action'

export const updateScopeAction = formAction(updateReviewScope, { success: 'Scope saved.', revalidate: 'review' })

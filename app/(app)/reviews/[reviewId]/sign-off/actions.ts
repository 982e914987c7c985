'use server'
// Sign-off, exception and decision actions: public endpoints built by lib/server-action.
import { redirect } from 'next/navigation'
import { setSignOffQuorum, signGate } from '@/lib/dal/sign-off'
import { grantException, requestException, revokeException } from '@/lib/dal/exceptions'
import { grantExceptions, requestExceptions } from '@/lib/dal/exceptions-bulk'
import { bulkSummary } from '@/lib/domain/bulk'
import { decideReview, startReReview } from '@/lib/dal/decision'
import { formAction } from '@/lib/server-action'
import type { ActionState } from '@/lib/action-state'

export const signGateAction = formAction(signGate, {
  success: (r) => `Signed. Fingerprint ${r.fingerprint}`,
  revalidate: 'review',
})

export const quorumAction = formAction(setSignOffQuorum, { success: 'Quorum saved.', revalidate: 'review' })

/** The form names the blocker as `code|target`. */
export const requestExceptionAction = formAction(
  (actor, input) => {
    const [findingCode, targetRef] = String(input.finding ?? '').split('|')
    return requestException(actor, { ...input, findingCode, targetRef })
  },
  { success: 'Exception requested; compliance decides.', revalidate: 'review' },
)

export const requestExceptionsAction = formAction(requestExceptions, {
  lists: ['blockers'],
  success: (r) => `${bulkSummary(r, 'Requested', ['exception', 'exceptions'])} Compliance decides.`,
  revalidate: 'review',
})

export const grantExceptionsAction = formAction(grantExceptions, {
  lists: ['refs'],
  success: (r) => bulkSummary(r, 'Granted', ['exception', 'exceptions']),
  revalidate: 'review',
})

export const exceptionDecisionAction = formAction(
  async (actor, input) => {
    const revoke = input.op === 'revoke'
    await (revoke ? revokeException(actor, input) : grantException(actor, input))
    return { revoke }
  },
  { success: (r) => (r.revoke ? 'Exception revoked.' : 'Exception granted.'), revalidate: 'review' },
)

export const decideAction = formAction(decideReview, {
  success: 'Decision recorded. The review is now read-only.',
  revalidate: 'review',
})

const reReview = formAction(startReReview, { revalidate: 'review' })

export async function startReReviewAction(prev: ActionState<{ id: string }> | null, form: FormData) {
  const result = await reReview(prev, form)
  if (result.ok && result.data) redirect(`/reviews/${result.data.id}/diff`)
  return result
}

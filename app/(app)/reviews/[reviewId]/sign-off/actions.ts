'use server'
// Sign-off, exception and decision actions. Public endpoints: each re-establishes the actor; the DAL authorizes and validates.
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { setSignOffQuorum, signGate } from '@/lib/dal/sign-off'
import { grantException, requestException, revokeException } from '@/lib/dal/exceptions'
import { decideReview, startReReview } from '@/lib/dal/decision'
import { toActionState, type ActionState } from '@/lib/action-state'

const refresh = (form: FormData) => revalidatePath(`/reviews/${String(form.get('reviewId'))}`, 'layout')
const fields = (form: FormData) => Object.fromEntries(form)

export async function signGateAction(_prev: ActionState | null, form: FormData) {
  const actor = await requireUser()
  const result = await toActionState(
    () => signGate(actor, fields(form)),
    (r) => `Signed. Fingerprint ${r.fingerprint}`,
  )
  refresh(form)
  return result
}

export async function quorumAction(_prev: ActionState | null, form: FormData) {
  const actor = await requireUser()
  const result = await toActionState(() => setSignOffQuorum(actor, fields(form)), 'Quorum saved.')
  refresh(form)
  return result
}

export async function requestExceptionAction(_prev: ActionState | null, form: FormData) {
  const actor = await requireUser()
  const [findingCode, targetRef] = String(form.get('finding') ?? '').split('|')
  const result = await toActionState(
    () => requestException(actor, { ...fields(form), findingCode, targetRef }),
    'Exception requested; compliance decides.',
  )
  refresh(form)
  return result
}

export async function exceptionDecisionAction(_prev: ActionState | null, form: FormData) {
  const actor = await requireUser()
  const op = form.get('op')
  const result = await toActionState(
    () => (op === 'revoke' ? revokeException(actor, fields(form)) : grantException(actor, fields(form))),
    op === 'revoke' ? 'Exception revoked.' : 'Exception granted.',
  )
  refresh(form)
  return result
}

export async function decideAction(_prev: ActionState | null, form: FormData) {
  const actor = await requireUser()
  const result = await toActionState(
    () => decideReview(actor, fields(form)),
    'Decision recorded. The review is now read-only.',
  )
  refresh(form)
  return result
}

export async function startReReviewAction(_prev: ActionState | null, form: FormData) {
  const actor = await requireUser()
  const result = await toActionState(() => startReReview(actor, fields(form)))
  if (result.ok && result.data) redirect(`/reviews/${result.data.id}/diff`)
  return result
}

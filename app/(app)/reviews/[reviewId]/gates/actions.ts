'use server'
// Gate actions. Public endpoints: each re-establishes the actor; the DAL authorizes and validates.
import { revalidatePath } from 'next/cache'
import { requireUser } from '@/lib/auth/session'
import {
  acceptRequest,
  addRequestComment,
  assignRequest,
  markNotApplicable,
  reopenRequest,
  sendBackRequest,
  submitRequest,
} from '@/lib/dal/requests'
import { addLinkEvidence, linkExistingEvidence } from '@/lib/dal/evidence'
import { addRecord, updateRecord, type RecordType } from '@/lib/dal/records'
import { toActionState, type ActionState } from '@/lib/action-state'

const refresh = (form: FormData) => revalidatePath(`/reviews/${String(form.get('reviewId'))}`, 'layout')
const fields = (form: FormData) => Object.fromEntries(form)

const REQUEST_ACTIONS = {
  submit: [submitRequest, 'Submitted for review.'],
  accept: [acceptRequest, 'Accepted.'],
  sendBack: [sendBackRequest, 'Sent back to the owner with your note.'],
  notApplicable: [markNotApplicable, 'Marked not applicable.'],
  reopen: [reopenRequest, 'Reopened.'],
  assign: [assignRequest, 'Assignment saved.'],
} as const

export async function requestAction(_prev: ActionState | null, form: FormData) {
  const actor = await requireUser()
  const op = String(form.get('op')) as keyof typeof REQUEST_ACTIONS
  const entry = REQUEST_ACTIONS[op]
  const result = entry
    ? await toActionState(() => entry[0](actor, fields(form)), entry[1])
    : { ok: false, message: 'Unknown action.' }
  refresh(form)
  return result
}

export async function commentAction(_prev: ActionState | null, form: FormData) {
  const actor = await requireUser()
  const result = await toActionState(() => addRequestComment(actor, fields(form)), 'Comment added.')
  refresh(form)
  return result
}

export async function addLinkEvidenceAction(_prev: ActionState | null, form: FormData) {
  const actor = await requireUser()
  const result = await toActionState(
    () =>
      addLinkEvidence(actor, {
        ...fields(form),
        requestIds: form.getAll('requestIds'),
        drillIds: form.getAll('drillIds'),
      }),
    'Link added as evidence.',
  )
  refresh(form)
  return result
}

const RECORD_TYPES: RecordType[] = ['drill', 'costLine', 'compatibilityCheck', 'migrationStep']

export async function recordAction(_prev: ActionState | null, form: FormData) {
  const actor = await requireUser()
  const type = String(form.get('recordType')) as RecordType
  const isUpdate = Boolean(form.get('id'))
  const result = RECORD_TYPES.includes(type)
    ? await toActionState<unknown>(
        () => (isUpdate ? updateRecord(actor, type, fields(form)) : addRecord(actor, type, fields(form))),
        isUpdate ? 'Saved.' : 'Added.',
      )
    : { ok: false, message: 'Unknown record type.' }
  refresh(form)
  return result
}

export async function linkExistingEvidenceAction(_prev: ActionState | null, form: FormData) {
  const actor = await requireUser()
  const list = (k: string) => form.getAll(k).map(String).filter(Boolean)
  const result = await toActionState(
    () =>
      linkExistingEvidence(actor, {
        reviewId: form.get('reviewId'),
        evidenceId: form.get('evidenceId'),
        requestIds: list('requestIds'),
        locationIds: list('locationIds'),
        keyIds: list('keyIds'),
        drillIds: list('drillIds'),
        costLineIds: list('costLineIds'),
        compatibilityCheckIds: list('compatibilityCheckIds'),
        migrationStepIds: list('migrationStepIds'),
      }),
    'Evidence linked.',
  )
  refresh(form)
  return result
}

'use server'
// Gate actions: public endpoints built by lib/server-action (the DAL authorizes and validates).
import {
  acceptRequest,
  addRequestComment,
  assignRequest,
  markNotApplicable,
  reopenRequest,
  sendBackRequest,
  submitRequest,
} from '@/lib/dal/requests'
import { acceptRequests } from '@/lib/dal/requests-bulk'
import { bulkSummary } from '@/lib/domain/bulk'
import { addLinkEvidence, linkExistingEvidence } from '@/lib/dal/evidence'
import { addRecord, correctRecord, withdrawRecord, type RecordType } from '@/lib/dal/records'
import { AppError } from '@/lib/errors'
import { formAction } from '@/lib/server-action'

const REQUEST_ACTIONS = {
  submit: [submitRequest, 'Submitted for review.'],
  accept: [acceptRequest, 'Accepted.'],
  sendBack: [sendBackRequest, 'Sent back to the owner with your note.'],
  notApplicable: [markNotApplicable, 'Marked not applicable.'],
  reopen: [reopenRequest, 'Reopened.'],
  assign: [assignRequest, 'Assignment saved.'],
} as const
type RequestOp = keyof typeof REQUEST_ACTIONS

export const requestAction = formAction(
  async (actor, input) => {
    const entry = REQUEST_ACTIONS[String(input.op) as RequestOp]
    if (!Object.hasOwn(REQUEST_ACTIONS, String(input.op))) throw new AppError('VALIDATION', 'Unknown action.')
    await entry[0](actor, input)
    return { message: entry[1] }
  },
  { success: (r) => r.message, revalidate: 'review' },
)

export const acceptRequestsAction = formAction(acceptRequests, {
  lists: ['refs'],
  success: (r) => bulkSummary(r, 'Accepted', ['request', 'requests']),
  revalidate: 'review',
})

export const commentAction = formAction(addRequestComment, { success: 'Comment added.', revalidate: 'review' })

export const addLinkEvidenceAction = formAction(addLinkEvidence, {
  lists: ['requestIds', 'drillIds'],
  success: 'Link added as evidence.',
  revalidate: 'review',
})

const RECORD_TYPES: readonly string[] = ['drill', 'costLine', 'compatibilityCheck', 'migrationStep']

const RECORD_OPS = {
  add: [addRecord, 'Added.'],
  correct: [correctRecord, 'Corrected: the new version supersedes the old, which stays in the history.'],
  withdraw: [withdrawRecord, 'Withdrawn: it stays in the history and no longer counts.'],
} as const

/** Adds, corrects (a new version) or withdraws a gate record; `op` says which. */
export const recordAction = formAction(
  async (actor, input) => {
    const type = String(input.recordType)
    if (!RECORD_TYPES.includes(type)) throw new AppError('VALIDATION', 'Unknown record type.')
    const op = String(input.op ?? 'add')
    if (!Object.hasOwn(RECORD_OPS, op)) throw new AppError('VALIDATION', 'Unknown action.')
    const [run, message] = RECORD_OPS[op as keyof typeof RECORD_OPS]
    await run(actor, type as RecordType, input)
    return { message }
  },
  { success: (r) => r.message, revalidate: 'review' },
)

const LINK_LISTS = [
  'requestIds',
  'locationIds',
  'keyIds',
  'drillIds',
  'costLineIds',
  'compatibilityCheckIds',
  'migrationStepIds',
] as const

export const linkExistingEvidenceAction = formAction(
  (actor, input) =>
    linkExistingEvidence(actor, {
      ...input,
      ...Object.fromEntries(
        LINK_LISTS.map((k) => [k, ((input[k] as unknown[] | undefined) ?? []).map(String).filter(Boolean)]),
      ),
    }),
  { lists: LINK_LISTS, success: 'Evidence linked.', revalidate: 'review' },
)

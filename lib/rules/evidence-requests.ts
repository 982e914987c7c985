// Every gate: a required evidence request holds its gate back until it is accepted or marked not
// applicable.
import { isRequestSettled, type RequestStatus } from '@/lib/domain/gate-enums'
import type { SnapshotRequest } from '@/lib/domain/review-snapshot'
import type { RuleContext } from './context'
import { REQUEST_NOT_ACCEPTED_CODES } from './finding-codes'
import { makeFinding, requestRef, type Finding } from './finding'

const WHAT_TO_DO: Record<Exclude<RequestStatus, 'ACCEPTED' | 'NOT_APPLICABLE'>, string> = {
  OPEN:
    'is still open. Upload evidence that meets its expectation and submit it, or ask the security reviewer ' +
    'to mark it not applicable with a reason.',
  SUBMITTED: 'is submitted and waits for a security reviewer, who did not upload it, to accept it or send it back.',
  CHANGES_REQUESTED:
    "was sent back for changes. Read the reviewer's note, upload a corrected version and submit it again.",
}

function requestFinding(request: SnapshotRequest): Finding[] {
  if (!request.required || isRequestSettled(request.status)) return []
  const status = request.status as keyof typeof WHAT_TO_DO
  return [
    makeFinding(
      REQUEST_NOT_ACCEPTED_CODES[request.gate],
      requestRef(request.id),
      `Required request ${request.code} "${request.title}" ${WHAT_TO_DO[status]}`,
    ),
  ]
}

export function evidenceRequestFindings(context: RuleContext): Finding[] {
  return context.requests.flatMap(requestFinding)
}

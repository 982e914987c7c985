// Audit evidence: beyond its requests, one careful-reviewer check. Whoever holds a customer-
// controlled key holds its usage log, so waiving the key usage log request is suspect.
import type { RuleContext } from './context'
import { makeFinding, requestRef, type Finding } from './finding'

/** The catalog request for key usage and administration logs (a test pins it to the catalog). */
export const KEY_USAGE_LOG_REQUEST_CODE = 'AE-01'

export function auditEvidenceFindings(context: RuleContext): Finding[] {
  if (!context.usesCustomerControlledKey) return []
  return context.requests
    .filter((request) => request.code === KEY_USAGE_LOG_REQUEST_CODE && request.status === 'NOT_APPLICABLE')
    .map((request) =>
      makeFinding(
        'AE-KEY-LOG-WAIVED',
        requestRef(request.id),
        `Request ${request.code} "${request.title}" is marked not applicable, yet customer-controlled keys are ` +
          `in use, so their usage and administration are logged in your own account. Reopen it and attach the ` +
          `log export, or record why the log cannot be produced.`,
      ),
    )
}

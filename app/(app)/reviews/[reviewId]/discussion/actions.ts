'use server'
// Comment actions: public endpoints built by lib/server-action (the DAL authorizes and validates).
import { addComment, setThreadResolved } from '@/lib/dal/comments'
import { formAction } from '@/lib/server-action'

// The discussion page's chooser sends `target` as `location:<id>`, `key:<id>` or `gate:<GATE>`.
const TARGET_FIELDS: Record<string, string> = {
  location: 'locationId',
  key: 'keyId',
  gate: 'gate',
  request: 'requestId',
}
function targetFields(target: unknown) {
  const [kind, value] = String(target ?? '').split(':')
  return TARGET_FIELDS[kind] && value ? { [TARGET_FIELDS[kind]]: value } : {}
}

export const addCommentAction = formAction(
  (actor, { target, ...input }) => addComment(actor, { ...input, ...targetFields(target) }),
  {
    success: (r) => (r.mentioned ? `Comment added; ${r.mentioned} mentioned will be told.` : 'Comment added.'),
    revalidate: 'review',
  },
)

export const resolveThreadAction = formAction(
  async (actor, input) => {
    const resolved = input.resolved === 'true'
    await setThreadResolved(actor, input, resolved)
    return { resolved }
  },
  { success: (r) => (r.resolved ? 'Thread resolved.' : 'Thread reopened.'), revalidate: 'review' },
)

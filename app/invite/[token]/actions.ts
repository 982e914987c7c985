'use server'
// Accepting an invitation: public (the link is the credential), built by lib/server-action.
import { getSessionUserId } from '@/lib/auth/session'
import { acceptInvitation } from '@/lib/dal/members'
import { publicAction } from '@/lib/server-action'

export const acceptInvitationAction = publicAction(
  async (input) => acceptInvitation(String(input.token ?? ''), await getSessionUserId(), input),
  { success: (r) => (r.newUser ? 'Your account is ready. Sign in to start.' : 'You joined the organization.') },
)

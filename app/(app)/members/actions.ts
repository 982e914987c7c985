'use server'
// Member actions: public endpoints built by lib/server-action (the DAL authorizes and validates).
import { addMember, changeMemberRoles, revokeInvitation, setMemberActive } from '@/lib/dal/members'
import { formAction } from '@/lib/server-action'

export const addMemberAction = formAction(addMember, {
  lists: ['roles'],
  success: (r) => `Invitation created for ${r.email}. Send them the link below; it is shown only now.`,
  revalidate: '/members',
})

export const revokeInvitationAction = formAction(revokeInvitation, {
  success: 'Invitation revoked.',
  revalidate: '/members',
})

export const changeRolesAction = formAction(changeMemberRoles, {
  lists: ['roles'],
  success: 'Roles saved.',
  revalidate: '/members',
})

export const setActiveAction = formAction(
  async (actor, input) => {
    const active = input.active === 'true'
    await setMemberActive(actor, input, active)
    return { active }
  },
  {
    success: (r) => (r.active ? 'Member reactivated.' : 'Member deactivated: they can no longer sign in.'),
    revalidate: '/members',
  },
)

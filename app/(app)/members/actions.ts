'use server'
// Server actions are public endpoints: each re-establishes the actor; the DAL authorizes and validates.
import { revalidatePath } from 'next/cache'
import { requireUser } from '@/lib/auth/session'
import { addMember, changeMemberRoles, setMemberActive } from '@/lib/dal/members'
import { toActionState, type ActionState } from '@/lib/action-state'

export async function addMemberAction(_prev: ActionState | null, form: FormData) {
  const actor = await requireUser()
  const result = await toActionState(
    () => addMember(actor, { email: form.get('email'), name: form.get('name'), roles: form.getAll('roles') }),
    (r) =>
      r.temporaryPassword
        ? `Member added. Temporary password (shown once): ${r.temporaryPassword}`
        : 'Existing user added to this organization.',
  )
  revalidatePath('/members')
  return result
}

export async function changeRolesAction(_prev: ActionState | null, form: FormData) {
  const actor = await requireUser()
  const result = await toActionState(
    () =>
      changeMemberRoles(actor, {
        membershipId: form.get('membershipId'),
        version: form.get('version'),
        roles: form.getAll('roles'),
      }),
    'Roles saved.',
  )
  revalidatePath('/members')
  return result
}

export async function setActiveAction(_prev: ActionState | null, form: FormData) {
  const actor = await requireUser()
  const isActive = form.get('active') === 'true'
  const result = await toActionState(
    () => setMemberActive(actor, { membershipId: form.get('membershipId'), version: form.get('version') }, isActive),
    isActive ? 'Member reactivated.' : 'Member deactivated: they can no longer sign in.',
  )
  revalidatePath('/members')
  return result
}

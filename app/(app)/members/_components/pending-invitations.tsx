'use client'
// Invitations not yet accepted: what the admin typed (never the invitee's account details), and a revoke button.
import type { Role } from '@/lib/domain/enums'
import { ROLE_LABELS } from '@/lib/domain/enums'
import { useFormAction } from '@/components/ui/use-form-action'
import { ConfirmSubmit } from '@/components/ui/confirm-submit'
import { FormMessage } from '@/components/ui/field'
import { formatDateTime } from '@/components/review/labels'
import { revokeInvitationAction } from '../actions'

type Invitation = { id: string; email: string; name: string; roles: Role[]; expiresAt: Date; version: number }

function InvitationRow({ invitation, canManage }: { invitation: Invitation; canManage: boolean }) {
  const { state, pending, formProps } = useFormAction(revokeInvitationAction)
  return (
    <li className="py-2 text-sm" aria-label={`Invitation for ${invitation.email}`}>
      <p className="font-medium">{invitation.email}</p>
      <p className="text-xs text-slate-600">
        {invitation.name} · {invitation.roles.map((r) => ROLE_LABELS[r]).join(', ')} · expires{' '}
        {formatDateTime(invitation.expiresAt)}
      </p>
      {canManage && (
        <form {...formProps} className="mt-1">
          <input type="hidden" name="invitationId" value={invitation.id} />
          <input type="hidden" name="version" value={invitation.version} />
          <ConfirmSubmit
            label={`Revoke invitation for ${invitation.email}`}
            title={`Revoke the invitation for ${invitation.email}?`}
            consequence="The invitation link stops working at once; you can invite them again later."
            confirmLabel="Revoke invitation"
            variant="ghost"
            pending={pending}
          />
          <FormMessage state={state} />
        </form>
      )}
    </li>
  )
}

export function PendingInvitations({ invitations, canManage }: { invitations: Invitation[]; canManage: boolean }) {
  return (
    <ul className="divide-y divide-slate-100">
      {invitations.map((i) => (
        <InvitationRow key={i.id} invitation={i} canManage={canManage} />
      ))}
    </ul>
  )
}

'use client'
// A member's actions in the members table: change roles (inline, confirmed) and deactivate/reactivate (confirmed).
import { useState } from 'react'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { ConfirmSubmit } from '@/components/ui/confirm-submit'
import { FormMessage } from '@/components/ui/field'
import type { Role } from '@/lib/domain/enums'
import { changeRolesAction, setActiveAction } from '../actions'
import { RoleCheckboxes } from './role-checkboxes'

export interface MemberRowData {
  id: string
  version: number
  roles: Role[]
  isActive: boolean
  email: string
  name: string
  isSelf: boolean
}

export function MemberActions({ member }: { member: MemberRowData }) {
  const [editing, setEditing] = useState(false)
  const { state: rolesState, pending: rolesPending, formProps: rolesForm } = useFormAction(changeRolesAction)
  const { state: activeState, pending: activePending, formProps: activeForm } = useFormAction(setActiveAction)
  // Back to the plain row once a roles save succeeds: derived from the latest result, not set from an effect.
  const [seen, setSeen] = useState<unknown>(null)
  if (rolesState?.ok && rolesState !== seen) {
    setSeen(rolesState)
    setEditing(false)
  }
  if (editing)
    return (
      <form {...rolesForm} className="space-y-2 text-left">
        <input type="hidden" name="membershipId" value={member.id} />
        <input type="hidden" name="version" value={member.version} />
        <RoleCheckboxes legend={`Roles of ${member.email}`} selected={member.roles} idPrefix={`roles-${member.id}`} />
        <div className="flex gap-2">
          <ConfirmSubmit
            label="Save roles"
            title={`Change the roles of ${member.email}?`}
            consequence={
              `${member.name} gets exactly the roles ticked. A role taken away stops working at their next ` +
              'request; the change is audited.'
            }
            confirmLabel="Save roles"
            pending={rolesPending}
          />
          <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
            Cancel
          </Button>
        </div>
        <FormMessage state={rolesState?.ok ? null : rolesState} />
      </form>
    )
  const verb = member.isActive ? 'Deactivate' : 'Reactivate'
  return (
    <form {...activeForm} className="space-y-1">
      <input type="hidden" name="membershipId" value={member.id} />
      <input type="hidden" name="version" value={member.version} />
      <input type="hidden" name="active" value={String(!member.isActive)} />
      <div className="flex justify-end gap-1.5">
        <Button
          size="sm"
          variant="secondary"
          onClick={() => setEditing(true)}
          aria-label={`Change roles of ${member.email}`}
        >
          Change roles
        </Button>
        <ConfirmSubmit
          label={verb}
          ariaLabel={`${verb} ${member.email}`}
          title={`${verb} ${member.email}?`}
          consequence={
            member.isActive
              ? `${member.name} is signed out and cannot sign in; their history stays.`
              : `${member.name} can sign in again with their roles.`
          }
          confirmLabel={member.isActive ? 'Confirm deactivation' : 'Confirm reactivation'}
          variant={member.isActive ? 'danger' : 'secondary'}
          pending={activePending}
        />
      </div>
      <div className="text-left">
        <FormMessage state={activeState?.ok ? null : activeState} />
      </div>
    </form>
  )
}

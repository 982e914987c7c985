'use client'
import { useState } from 'react'
import { useFormAction } from '@/components/ui/use-form-action'
import type { Role } from '@/lib/generated/prisma/enums'
import { ROLE_LABELS } from '@/lib/auth/permissions'
import { changeRolesAction, setActiveAction } from '../actions'
import { Button } from '@/components/ui/button'
import { FormMessage } from '@/components/ui/field'
import { StatusPill } from '@/components/ui/status-pill'
import { RoleCheckboxes } from './role-checkboxes'

interface Member {
  id: string
  version: number
  roles: Role[]
  isActive: boolean
  email: string
  name: string
}

export function MemberRow({ member, canManage, isSelf }: { member: Member; canManage: boolean; isSelf: boolean }) {
  const [mode, setMode] = useState<'view' | 'roles' | 'confirm'>('view')
  const { state: rolesState, pending: rolesPending, formProps: rolesForm } = useFormAction(changeRolesAction)
  const { state: activeState, pending: activePending, formProps: activeForm } = useFormAction(setActiveAction)
  const state = mode === 'roles' ? rolesState : activeState
  // Back to the plain row once a save succeeds: derived from the latest result, not set from an effect.
  const [seen, setSeen] = useState<unknown>(null)
  const latest = rolesState?.ok ? rolesState : activeState?.ok ? activeState : null
  if (latest && latest !== seen) {
    setSeen(latest)
    setMode('view')
  }
  return (
    <tr className="align-top" aria-label={member.email}>
      <td className="py-2 pr-3">
        <p className="font-medium">
          {member.name}
          {isSelf && <span className="text-slate-500"> (you)</span>}
        </p>
        <p className="text-xs text-slate-600">{member.email}</p>
      </td>
      <td className="py-2 pr-3">
        {mode === 'roles' ? (
          <form {...rolesForm} className="space-y-2">
            <input type="hidden" name="membershipId" value={member.id} />
            <input type="hidden" name="version" value={member.version} />
            <RoleCheckboxes
              legend={`Roles of ${member.email}`}
              selected={member.roles}
              idPrefix={`roles-${member.id}`}
            />
            <div className="flex gap-2">
              <Button type="submit" size="sm" disabled={rolesPending}>
                Save roles
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setMode('view')}>
                Cancel
              </Button>
            </div>
          </form>
        ) : (
          <span className="text-slate-800">{member.roles.map((r) => ROLE_LABELS[r]).join(', ')}</span>
        )}
      </td>
      <td className="py-2 pr-3">
        {member.isActive ? (
          <StatusPill tone="good">Active</StatusPill>
        ) : (
          <StatusPill tone="neutral">Deactivated</StatusPill>
        )}
      </td>
      <td className="py-2 text-right">
        {canManage && mode === 'view' && (
          <div className="flex justify-end gap-1.5">
            <Button
              size="sm"
              variant="secondary"
              onClick={() => setMode('roles')}
              aria-label={`Change roles of ${member.email}`}
            >
              Change roles
            </Button>
            <Button
              size="sm"
              variant={member.isActive ? 'danger' : 'secondary'}
              onClick={() => setMode('confirm')}
              aria-label={`${member.isActive ? 'Deactivate' : 'Reactivate'} ${member.email}`}
            >
              {member.isActive ? 'Deactivate' : 'Reactivate'}
            </Button>
          </div>
        )}
        {canManage && mode === 'confirm' && (
          <form {...activeForm} className="space-y-1.5 text-left">
            <input type="hidden" name="membershipId" value={member.id} />
            <input type="hidden" name="version" value={member.version} />
            <input type="hidden" name="active" value={String(!member.isActive)} />
            <p className="text-xs text-slate-700">
              {member.isActive
                ? `Deactivate ${member.email}? They will be signed out and cannot sign in; their history stays.`
                : `Reactivate ${member.email}? They can sign in again with their roles.`}
            </p>
            <div className="flex justify-end gap-1.5">
              <Button type="submit" size="sm" variant={member.isActive ? 'danger' : 'primary'} disabled={activePending}>
                {member.isActive ? 'Confirm deactivation' : 'Confirm reactivation'}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setMode('view')}>
                Cancel
              </Button>
            </div>
          </form>
        )}
        <div className="mt-1 text-left">
          <FormMessage state={state?.ok ? null : state} />
        </div>
      </td>
    </tr>
  )
}

import type { Metadata } from 'next'
import { requireUser } from '@/lib/auth/session'
import { listInvitations, listMembers } from '@/lib/dal/members'
import { can } from '@/lib/auth/permissions'
import { notFound } from 'next/navigation'
import { Card, PageHeader } from '@/components/ui/card'
import { AddMemberForm } from './_components/add-member-form'
import { MembersTable } from './_components/members-table'
import { PendingInvitations } from './_components/pending-invitations'

export const metadata: Metadata = { title: 'Members' }

export default async function MembersPage() {
  const actor = await requireUser()
  if (!can(actor.roles, 'member:read')) notFound()
  const [members, invitations] = await Promise.all([listMembers(actor), listInvitations(actor)])
  const canManage = can(actor.roles, 'member:manage')
  return (
    <>
      <PageHeader
        title="Members"
        description={
          "Who can work on this organization's reviews, and in which roles. Deactivated members keep " +
          'their history but cannot sign in.'
        }
      />
      <div className="grid gap-5 lg:grid-cols-[1fr_20rem]">
        <Card title={`${members.filter((m) => !m.deactivatedAt).length} active members`}>
          <MembersTable
            canManage={canManage}
            members={members.map((m) => ({
              id: m.id,
              version: m.version,
              roles: m.roles,
              isActive: !m.deactivatedAt,
              email: m.user.email,
              name: m.user.name,
              isSelf: m.user.id === actor.userId,
            }))}
          />
        </Card>
        <div className="space-y-5">
          {canManage && (
            <Card title="Invite a member">
              <AddMemberForm />
            </Card>
          )}
          {invitations.length > 0 && (
            <Card title={`Open invitations (${invitations.length})`}>
              <PendingInvitations invitations={invitations} canManage={canManage} />
            </Card>
          )}
        </div>
      </div>
    </>
  )
}

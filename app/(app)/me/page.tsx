import type { Metadata } from 'next'
import { requireUser } from '@/lib/auth/session'
import { ROLE_LABELS } from '@/lib/auth/permissions'
import { Card, PageHeader } from '@/components/ui/card'

export const metadata: Metadata = { title: 'Your account' }

export default async function MePage() {
  const actor = await requireUser()
  return (
    <>
      <PageHeader title="Your account" />
      <Card>
        <dl className="grid gap-3 text-sm md:grid-cols-4">
          <div>
            <dt className="text-xs text-slate-500">Name</dt>
            <dd>{actor.name}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">Email</dt>
            <dd>{actor.email}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">Organization</dt>
            <dd>{actor.organizationName}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">Roles</dt>
            <dd>{actor.roles.map((r) => ROLE_LABELS[r]).join(', ')}</dd>
          </div>
        </dl>
      </Card>
    </>
  )
}

import { requireUser } from '@/lib/auth/session'
import { can, ROLE_LABELS } from '@/lib/auth/permissions'
import { EmptyState, PageHeader } from '@/components/ui/card'

export default async function HomePage() {
  const actor = await requireUser()
  return (
    <>
      <PageHeader title="Reviews" description={`Key-ownership readiness reviews of ${actor.organizationName}.`} />
      <EmptyState title="No reviews yet">
        {can(actor.roles, 'review:create')
          ? 'Reviews, with their inventory, key register and seven gates, arrive in the next release of Keyproof.'
          : `As ${actor.roles.map((r) => ROLE_LABELS[r]).join(' and ')}, you will see your organization's reviews here once a platform owner or security reviewer starts one.`}
      </EmptyState>
    </>
  )
}

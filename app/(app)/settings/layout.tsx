import { requireUser } from '@/lib/auth/session'
import { can } from '@/lib/auth/permissions'
import { PageHeader } from '@/components/ui/card'
import { NavLink } from '@/components/shell/nav-link'

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireUser()
  const tabs = [
    { href: '/settings/notifications', label: 'Notifications', show: true },
    { href: '/settings/tokens', label: 'API tokens', show: can(actor.roles, 'token:create') },
    { href: '/settings/webhooks', label: 'Webhooks', show: can(actor.roles, 'webhook:manage') },
    { href: '/settings/mail', label: 'Mail sender', show: can(actor.roles, 'mail:manage') },
    { href: '/api-reference', label: 'API reference', show: can(actor.roles, 'token:create') },
  ].filter((t) => t.show)
  return (
    <>
      <PageHeader
        title="Settings"
        description={`Your settings in ${actor.organizationName}, and the organization’s.`}
      />
      <nav aria-label="Settings" className="mb-4 flex flex-wrap gap-1 border-b border-slate-200 pb-2">
        {tabs.map((t) => (
          <NavLink key={t.href} href={t.href}>
            {t.label}
          </NavLink>
        ))}
      </nav>
      {children}
    </>
  )
}

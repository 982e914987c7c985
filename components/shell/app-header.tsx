import Link from 'next/link'
import { can, ROLE_LABELS } from '@/lib/auth/permissions'
import type { Actor } from '@/lib/dal/actor'
import { NavLink } from './nav-link'
import { InboxBell } from './inbox-bell'

export function AppHeader({ actor, unread }: { actor: Actor; unread: number }) {
  const nav = [
    { href: '/', label: 'Reviews', show: can(actor.roles, 'review:read') },
    { href: '/my-work', label: 'My work', show: can(actor.roles, 'review:read') },
    { href: '/exceptions', label: 'Exceptions', show: can(actor.roles, 'review:read') },
    { href: '/evidence', label: 'Expiring evidence', show: can(actor.roles, 'review:read') },
    { href: '/members', label: 'Members', show: can(actor.roles, 'member:read') },
    { href: '/audit', label: 'Audit log', show: can(actor.roles, 'audit:read') },
    { href: '/settings', label: 'Settings', show: can(actor.roles, 'organization:manage') },
  ].filter((n) => n.show)
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-[1600px] items-center gap-6 px-6 py-2.5">
        <Link href="/" className="font-semibold tracking-tight text-slate-900">
          Keyproof
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1">
          {nav.map((n) => (
            <NavLink key={n.href} href={n.href}>
              {n.label}
            </NavLink>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-4 text-xs">
          <InboxBell unread={unread} />
          <div className="text-right" aria-label="Signed in as">
            <p className="font-medium text-slate-900" data-testid="org-name">
              {actor.organizationName}
            </p>
            <p className="text-slate-600">
              {actor.name} · {actor.email}
            </p>
          </div>
          <ul aria-label="Your roles" className="flex flex-wrap gap-1">
            {actor.roles.map((r) => (
              <li key={r} className="rounded bg-slate-100 px-1.5 py-0.5 font-medium text-slate-700">
                {ROLE_LABELS[r]}
              </li>
            ))}
          </ul>
          <Link href="/me" className="text-slate-600 underline-offset-2 hover:underline">
            Account
          </Link>
          <Link href="/settings/notifications" className="text-slate-600 underline-offset-2 hover:underline">
            Settings
          </Link>
          <Link href="/signout" className="text-slate-600 underline-offset-2 hover:underline">
            Sign out
          </Link>
        </div>
      </div>
    </header>
  )
}

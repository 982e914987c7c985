'use client'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

const TAB = 'inline-flex items-center gap-1.5 border-b-2 px-3 py-2 text-sm'
const TAB_ACTIVE = 'border-slate-900 font-medium text-slate-900'
const TAB_IDLE = 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900'

export function WorkspaceTabs({ reviewId, counts }: { reviewId: string; counts: { locations: number; keys: number } }) {
  const pathname = usePathname()
  const base = `/reviews/${reviewId}`
  const tabs = [
    { href: base, label: 'Overview' },
    { href: `${base}/scope`, label: 'Scope' },
    { href: `${base}/inventory`, label: `Inventory (${counts.locations})` },
    { href: `${base}/keys`, label: `Keys (${counts.keys})` },
    { href: `${base}/map`, label: 'Map' },
    { href: `${base}/scans`, label: 'Scans' },
    { href: `${base}/gates`, label: 'Gates (7)' },
    { href: `${base}/frameworks`, label: 'Frameworks' },
    { href: `${base}/sign-off`, label: 'Sign-off' },
    { href: `${base}/report`, label: 'Report' },
    { href: `${base}/discussion`, label: 'Discussion' },
  ]
  return (
    <nav aria-label="Review steps" className="no-print border-b border-slate-200">
      <ol className="-mb-px flex flex-wrap gap-1">
        {tabs.map((t, i) => {
          const isActive = t.href === base ? pathname === base : pathname.startsWith(t.href)
          return (
            <li key={t.href}>
              <Link
                href={t.href}
                aria-current={isActive ? 'step' : undefined}
                className={`${TAB} ${isActive ? TAB_ACTIVE : TAB_IDLE}`}
              >
                <span className="text-xs text-slate-500" aria-hidden>
                  {i + 1}
                </span>
                {t.label}
              </Link>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}

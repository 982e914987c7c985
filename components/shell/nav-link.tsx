'use client'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

const LINK_ACTIVE = 'bg-slate-100 font-medium text-slate-900'
const LINK_IDLE = 'text-slate-600 hover:bg-slate-50 hover:text-slate-900'

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname()
  const isActive = href === '/' ? pathname === '/' || pathname.startsWith('/reviews') : pathname.startsWith(href)
  return (
    <Link
      href={href}
      aria-current={isActive ? 'page' : undefined}
      className={`rounded-md px-2.5 py-1.5 text-sm ${isActive ? LINK_ACTIVE : LINK_IDLE}`}
    >
      {children}
    </Link>
  )
}

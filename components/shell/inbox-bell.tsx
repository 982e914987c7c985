// The inbox in the header: a bell with the unread count (as a number and in words, never colour alone).
import Link from 'next/link'

export function InboxBell({ unread }: { unread: number }) {
  const label = unread === 0 ? 'Inbox, no unread notifications' : `Inbox, ${unread} unread`
  return (
    <Link
      href="/inbox"
      aria-label={label}
      title={label}
      className={
        'relative inline-flex items-center gap-1 rounded-md px-1.5 py-1 text-slate-600 ' +
        'hover:bg-slate-100 hover:text-slate-900'
      }
    >
      <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.6">
        <path d="M10 2.5a5 5 0 0 0-5 5v3.2L3.5 14h13L15 10.7V7.5a5 5 0 0 0-5-5Z" strokeLinejoin="round" />
        <path d="M8 16a2 2 0 0 0 4 0" strokeLinecap="round" />
      </svg>
      {unread > 0 && (
        <span
          data-testid="unread-count"
          className="rounded-full bg-sky-700 px-1.5 text-[11px] leading-4 font-semibold text-white"
        >
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  )
}

import { requireUser } from '@/lib/auth/session'
import { AppHeader } from '@/components/shell/app-header'
import { countUnread } from '@/lib/dal/notifications'

// Not a security boundary (the DAL is): it only renders the shell for a signed-in member.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireUser()
  const unread = await countUnread(actor)
  return (
    <>
      <AppHeader actor={actor} unread={unread} />
      <main className="mx-auto max-w-[1600px] px-6 py-6">{children}</main>
    </>
  )
}

import type { Metadata } from 'next'
import Link from 'next/link'
import { requireUser } from '@/lib/auth/session'
import { listNotifications } from '@/lib/dal/notifications'
import { NOTIFICATION_KIND_INFO } from '@/lib/domain/notification-kinds'
import { Card, EmptyState, PageHeader } from '@/components/ui/card'
import { InboxList, MarkAllRead } from './_components/inbox-list'

export const metadata: Metadata = { title: 'Inbox' }

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ show?: string }> }) {
  const actor = await requireUser()
  const { show } = await searchParams
  const unreadOnly = show !== 'all'
  const { items, unread, total } = await listNotifications(actor, { unreadOnly })
  return (
    <>
      <PageHeader
        title="Inbox"
        description={
          <>
            Reminders, staleness and activity on the reviews of {actor.organizationName}. What is also emailed is your
            choice:{' '}
            <Link href="/settings/notifications" className="text-sky-800 hover:underline">
              email preferences
            </Link>
            .
          </>
        }
        actions={unread > 0 ? <MarkAllRead /> : undefined}
      />
      <Card
        title={unreadOnly ? `${unread} unread` : `${total} notifications`}
        actions={
          <Link href={unreadOnly ? '/inbox?show=all' : '/inbox'} className="text-xs text-sky-800 hover:underline">
            {unreadOnly ? 'Show read ones too' : 'Show unread only'}
          </Link>
        }
      >
        {items.length === 0 ? (
          <EmptyState title={unreadOnly ? 'Nothing unread' : 'No notifications yet'}>
            When a request is due, evidence or an exception is about to expire, or a sign-off goes stale, it shows here.
          </EmptyState>
        ) : (
          <InboxList
            items={items.map((n) => ({
              id: n.id,
              kindLabel: NOTIFICATION_KIND_INFO[n.kind].label,
              title: n.title,
              body: n.body,
              isRead: Boolean(n.readAt),
              createdAt: n.createdAt.toISOString(),
            }))}
          />
        )}
      </Card>
    </>
  )
}

'use client'
import { useFormAction } from '@/components/ui/use-form-action'
import { Button } from '@/components/ui/button'
import { FormMessage } from '@/components/ui/field'
import { StatusPill } from '@/components/ui/status-pill'
import { markAllReadAction, markReadAction, openNotificationAction } from '../actions'

export interface InboxItem {
  id: string
  kindLabel: string
  title: string
  body: string
  isRead: boolean
  createdAt: string
}

function ItemActions({ item }: { item: InboxItem }) {
  const open = useFormAction(openNotificationAction)
  const read = useFormAction(markReadAction)
  return (
    <div className="flex shrink-0 items-start gap-1">
      <form {...open.formProps}>
        <input type="hidden" name="notificationId" value={item.id} />
        <Button type="submit" size="sm" variant="secondary" disabled={open.pending} aria-label={`Open: ${item.title}`}>
          Open
        </Button>
      </form>
      {!item.isRead && (
        <form {...read.formProps}>
          <input type="hidden" name="notificationId" value={item.id} />
          <Button
            type="submit"
            size="sm"
            variant="ghost"
            disabled={read.pending}
            aria-label={`Mark read: ${item.title}`}
          >
            Mark read
          </Button>
        </form>
      )}
      <FormMessage state={open.state?.ok === false ? open.state : read.state?.ok === false ? read.state : null} />
    </div>
  )
}

export function MarkAllRead() {
  const { state, pending, formProps } = useFormAction(markAllReadAction)
  return (
    <form {...formProps} className="flex items-center gap-2">
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        Mark all read
      </Button>
      <FormMessage state={state} />
    </form>
  )
}

export function InboxList({ items }: { items: InboxItem[] }) {
  return (
    <ul className="divide-y divide-slate-100" aria-label="Notifications">
      {items.map((n) => (
        <li key={n.id} aria-label={n.title} className="flex items-start gap-3 py-2.5">
          <StatusPill tone={n.isRead ? 'neutral' : 'info'}>{n.isRead ? 'Read' : 'New'}</StatusPill>
          <div className="min-w-0 flex-1">
            <p className={`text-sm ${n.isRead ? 'text-slate-700' : 'font-medium text-slate-900'}`}>{n.title}</p>
            <p className="text-sm text-slate-600">{n.body}</p>
            <p className="text-xs text-slate-500">
              {n.kindLabel} · {n.createdAt.slice(0, 16).replace('T', ' ')} UTC
            </p>
          </div>
          <ItemActions item={n} />
        </li>
      ))}
    </ul>
  )
}

'use server'
// Inbox actions: public endpoints built by lib/server-action (the DAL only ever touches the actor's own rows).
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { markAllNotificationsRead, markNotificationRead } from '@/lib/dal/notifications'
import { formAction } from '@/lib/server-action'

/** Marks the notification read and opens what it is about. */
export const openNotificationAction = formAction(async (actor, input) => {
  const { href } = await markNotificationRead(actor, input)
  // The header's unread count lives in the shared layout, which a client-side redirect would keep.
  revalidatePath('/', 'layout')
  redirect(href.startsWith('/') && !href.startsWith('//') ? href : '/')
})

export const markReadAction = formAction((actor, input) => markNotificationRead(actor, input), {
  success: 'Marked read.',
  revalidate: '/inbox',
})

export const markAllReadAction = formAction((actor) => markAllNotificationsRead(actor), {
  success: (r) => `${r.count} marked read.`,
  revalidate: '/inbox',
})

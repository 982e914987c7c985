import type { Metadata } from 'next'
import { requireUser } from '@/lib/auth/session'
import { getEmailPreferences } from '@/lib/dal/notifications'
import { Card } from '@/components/ui/card'
import { PreferencesForm } from './_components/preferences-form'

export const metadata: Metadata = { title: 'Notification settings' }

export default async function NotificationSettingsPage() {
  const actor = await requireUser()
  const value = await getEmailPreferences(actor)
  return (
    <Card title="Email me about">
      <p className="mb-3 text-sm text-slate-600">
        Everything appears in your inbox; choose what is also emailed to {actor.email}: at once, in one digest each
        morning (07:00 UTC), or not at all. Emails carry a link back, never evidence content.
      </p>
      <PreferencesForm value={value} />
    </Card>
  )
}

'use server'
import { saveEmailPreferences } from '@/lib/dal/notifications'
import { formAction } from '@/lib/server-action'

export const savePreferencesAction = formAction(saveEmailPreferences, {
  success: 'Email preferences saved.',
  revalidate: '/settings/notifications',
})

'use server'
import { saveMailSender } from '@/lib/dal/mail-sender'
import { formAction } from '@/lib/server-action'

export const saveMailSenderAction = formAction(saveMailSender, {
  success: 'Sender saved.',
  revalidate: '/settings/mail',
})

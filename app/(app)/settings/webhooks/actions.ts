'use server'
import { registerWebhook, setWebhookEnabled } from '@/lib/dal/webhooks'
import { formAction } from '@/lib/server-action'

export const registerWebhookAction = formAction(registerWebhook, {
  lists: ['events'],
  success: 'Endpoint registered. Copy its signing secret now: it is shown only once.',
  revalidate: '/settings/webhooks',
})

export const setWebhookEnabledAction = formAction(
  async (actor, input) => {
    const enabled = input.enabled === 'true'
    await setWebhookEnabled(actor, input, enabled)
    return { enabled }
  },
  {
    success: (r) => (r.enabled ? 'Endpoint enabled.' : 'Endpoint disabled: nothing more is sent to it.'),
    revalidate: '/settings/webhooks',
  },
)

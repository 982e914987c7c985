'use server'
import { createApiToken, revokeApiToken } from '@/lib/dal/api-tokens'
import { formAction } from '@/lib/server-action'

export const createTokenAction = formAction(createApiToken, {
  lists: ['roles'],
  success: 'Token created. Copy it now: it is shown only once.',
  revalidate: '/settings/tokens',
})

export const revokeTokenAction = formAction(revokeApiToken, {
  success: 'Token revoked: it no longer works.',
  revalidate: '/settings/tokens',
})

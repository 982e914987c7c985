'use server'
// Key register actions: public endpoints built by lib/server-action (the DAL authorizes and validates).
import { addKey, updateKey } from '@/lib/dal/inventory'
import { formAction } from '@/lib/server-action'

export const addKeyAction = formAction(addKey, { success: 'Key added to the register.', revalidate: 'review' })
export const updateKeyAction = formAction(updateKey, { success: 'Key saved.', revalidate: 'review' })

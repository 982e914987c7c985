'use server'
// The signed-in user's own account: changing a (temporary) password. Built by lib/server-action.
import { redirect } from 'next/navigation'
import { changeOwnPassword } from '@/lib/dal/members'
import { formAction } from '@/lib/server-action'
import type { ActionState } from '@/lib/action-state'

const change = formAction(changeOwnPassword, { caller: 'signed-in' })

export async function changePasswordAction(prev: ActionState<void> | null, form: FormData) {
  const result = await change(prev, form)
  if (result.ok) redirect('/')
  return result
}

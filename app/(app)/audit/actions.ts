'use server'
import { requireUser } from '@/lib/auth/session'
import { verifyOrganizationChain, type ChainCheck } from '@/lib/dal/audit'
import { toActionState, type ActionState } from '@/lib/action-state'

export async function verifyChainAction(_prev: ActionState<ChainCheck> | null): Promise<ActionState<ChainCheck>> {
  const actor = await requireUser()
  return toActionState(() => verifyOrganizationChain(actor))
}

'use server'
import { requireUser } from '@/lib/auth/session'
import { verifyOrganizationChain } from '@/lib/dal/audit'
import { toActionState, type ActionState } from '@/lib/action-state'
import type { ChainVerification } from '@/lib/audit/chain'

export async function verifyChainAction(
  _prev: ActionState<ChainVerification> | null,
): Promise<ActionState<ChainVerification>> {
  const actor = await requireUser()
  return toActionState(() => verifyOrganizationChain(actor))
}

'use server'
import { verifyOrganizationChain } from '@/lib/dal/audit'
import { formAction } from '@/lib/server-action'

export const verifyChainAction = formAction((actor) => verifyOrganizationChain(actor))

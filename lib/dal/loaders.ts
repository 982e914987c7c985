import 'server-only'
// Per-request cached loaders for pages that share data with their layout.
import { cache } from 'react'
import { requireUser } from '@/lib/auth/session'
import { AppError } from '@/lib/errors'
import { notFound } from 'next/navigation'
import { requestNow } from '@/lib/request-clock'
import { loadWorkspace } from './workspace'

export const getWorkspace = cache(async (reviewId: string) => {
  const actor = await requireUser()
  const now = await requestNow()
  try {
    return { actor, now, ...(await loadWorkspace(actor, reviewId, now)) }
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') notFound()
    throw e
  }
})
export type Workspace = Awaited<ReturnType<typeof getWorkspace>>

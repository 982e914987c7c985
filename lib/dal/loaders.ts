import 'server-only'
// Per-request cached loaders for pages that share data with their layout.
import { cache } from 'react'
import { requireUser } from '@/lib/auth/session'
import { AppError } from '@/lib/errors'
import { notFound } from 'next/navigation'
import { loadWorkspace } from './workspace'

export const getWorkspace = cache(async (reviewId: string) => {
  const actor = await requireUser()
  try {
    return { actor, ...(await loadWorkspace(actor, reviewId)) }
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') notFound()
    throw e
  }
})
export type Workspace = Awaited<ReturnType<typeof getWorkspace>>

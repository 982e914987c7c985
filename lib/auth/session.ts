import 'server-only'
// The signed-in user, re-read from the database once per request: roles and deactivation take effect at once.
import { cache } from 'react'
import { getServerSession } from 'next-auth'
import { redirect } from 'next/navigation'
import { db } from '@/lib/db'
import { authOptions } from './options'
import type { Actor } from '@/lib/dal/actor'

export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions)
  const userId = (session?.user as { id?: string } | undefined)?.id
  if (!userId) return null
  const membership = await db.membership.findFirst({
    where: { userId, deactivatedAt: null },
    orderBy: { createdAt: 'asc' },
    select: {
      roles: true,
      organization: { select: { id: true, name: true } },
      user: { select: { id: true, email: true, name: true } },
    },
  })
  if (!membership) return null
  return {
    userId: membership.user.id,
    email: membership.user.email,
    name: membership.user.name,
    organizationId: membership.organization.id,
    organizationName: membership.organization.name,
    roles: membership.roles,
  }
})

/** For pages and actions: the actor, or a redirect to sign-in. */
export async function requireUser(): Promise<Actor> {
  const actor = await getActor()
  if (!actor) redirect('/signin')
  return actor
}

import 'server-only'
// The signed-in user, re-read from the database once per request: roles and deactivation take effect at once.
// A user whose password is temporary can do nothing but change it.
import { cache } from 'react'
import { getServerSession } from 'next-auth'
import { redirect } from 'next/navigation'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { authOptions } from './options'
import type { Actor } from '@/lib/dal/actor'

export const PASSWORD_PAGE = '/account/password'

/** The session's user id, whatever their memberships (accepting an invitation needs only this). */
export const getSessionUserId = cache(async (): Promise<string | null> => {
  const session = await getServerSession(authOptions)
  return (session?.user as { id?: string } | undefined)?.id ?? null
})

export const getSignedIn = cache(async (): Promise<(Actor & { mustChangePassword: boolean }) | null> => {
  const userId = await getSessionUserId()
  if (!userId) return null
  const membership = await db.membership.findFirst({
    where: { userId, deactivatedAt: null },
    orderBy: { createdAt: 'asc' },
    select: {
      roles: true,
      organization: { select: { id: true, name: true } },
      user: { select: { id: true, email: true, name: true, mustChangePassword: true } },
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
    mustChangePassword: membership.user.mustChangePassword,
  }
})

/** The actor allowed to work: signed in, an active member, and not holding a temporary password. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const signedIn = await getSignedIn()
  if (!signedIn || signedIn.mustChangePassword) return null
  const { mustChangePassword: _, ...actor } = signedIn
  return actor
})

/** For pages and actions: the actor, or a redirect to sign-in (or to change a temporary password first). */
export async function requireUser(): Promise<Actor> {
  const signedIn = await getSignedIn()
  if (!signedIn) redirect('/signin')
  if (signedIn.mustChangePassword) redirect(PASSWORD_PAGE)
  const { mustChangePassword: _, ...actor } = signedIn
  return actor
}

/** For route handlers: the actor, or an AppError that says what to do. */
export async function requireRouteActor(what: string): Promise<Actor> {
  const signedIn = await getSignedIn()
  if (!signedIn) throw new AppError('UNAUTHENTICATED', `Sign in to ${what}.`)
  if (signedIn.mustChangePassword) throw new AppError('FORBIDDEN', 'Change your temporary password first.')
  const { mustChangePassword: _, ...actor } = signedIn
  return actor
}

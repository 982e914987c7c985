// Who is acting, as established server-side by lib/auth/session or an API token (never taken from the client).
import type { Role } from '@/lib/generated/prisma/enums'
import { can, type Permission } from '@/lib/auth/permissions'
import { forbidden, notFound } from '@/lib/errors'

export interface Actor {
  userId: string
  email: string
  name: string
  organizationId: string
  organizationName: string
  roles: Role[]
  /** Set when the actor is an API token acting for its member: audited with every change, maybe one review only. */
  apiToken?: { id: string; name: string; reviewId: string | null }
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.roles, permission)) throw forbidden()
}

/** A token scoped to one review finds no other: another review is "not found", like another tenant's. */
export function assertReviewInScope(actor: Actor, reviewId: string): void {
  if (actor.apiToken?.reviewId && actor.apiToken.reviewId !== reviewId) throw notFound('Review')
}

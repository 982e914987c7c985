// Who is acting, as established server-side by lib/auth/session (never taken from the client).
import type { Role } from '@/lib/generated/prisma/enums'
import { can, type Permission } from '@/lib/auth/permissions'
import { forbidden } from '@/lib/errors'

export interface Actor {
  userId: string
  email: string
  name: string
  organizationId: string
  organizationName: string
  roles: Role[]
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.roles, permission)) throw forbidden()
}

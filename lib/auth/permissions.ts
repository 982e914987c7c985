// Role → permission table. One can(); anything not listed is denied.
import type { Role } from '@/lib/generated/prisma/enums'
import { ROLES } from '@/lib/domain/enums'

export const PERMISSIONS = [
  'member:read',
  'member:manage',
  'audit:read',
  'audit:verify',
  'review:read',
  'review:create',
  'review:scope',
  'inventory:edit',
  'evidence:upload',
  'evidence:review',
  'exclusion:decide',
  'gate:signoff',
  'exception:grant',
  'exception:request',
  'review:decide',
  'token:create',
  'token:manage',
  'webhook:manage',
  'mail:manage',
  'scan:import',
  'organization:manage',
] as const
export type Permission = (typeof PERMISSIONS)[number]

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: [
    'member:read',
    'member:manage',
    'audit:read',
    'audit:verify',
    'review:read',
    'token:create',
    'token:manage',
    'webhook:manage',
    'mail:manage',
    'organization:manage',
  ],
  PLATFORM_OWNER: [
    'review:read',
    'review:create',
    'inventory:edit',
    'evidence:upload',
    'exception:request',
    'token:create',
    'scan:import',
  ],
  SECURITY_REVIEWER: [
    'review:read',
    'review:create',
    'review:scope',
    'evidence:review',
    'exclusion:decide',
    'exception:request',
    'scan:import',
  ],
  COMPLIANCE: ['review:read', 'audit:read', 'audit:verify', 'gate:signoff', 'exception:grant', 'review:decide'],
}

export function can(roles: readonly Role[] | undefined | null, permission: Permission): boolean {
  if (!roles) return false
  return roles.some((role) => ROLE_PERMISSIONS[role]?.includes(permission) ?? false)
}

export { ROLE_LABELS } from '@/lib/domain/enums'
export const ALL_ROLES: Role[] = [...ROLES]

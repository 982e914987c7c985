import { describe, expect, it } from 'vitest'
import { can, PERMISSIONS } from '@/lib/auth/permissions'

describe('can()', () => {
  it.each([
    ['ADMIN', 'member:manage', true],
    ['PLATFORM_OWNER', 'member:manage', false],
    ['SECURITY_REVIEWER', 'member:manage', false],
    ['COMPLIANCE', 'audit:read', true],
    ['PLATFORM_OWNER', 'audit:read', false],
    ['ADMIN', 'audit:verify', true],
    ['PLATFORM_OWNER', 'inventory:edit', true],
    ['SECURITY_REVIEWER', 'inventory:edit', false],
    ['COMPLIANCE', 'gate:signoff', true],
    ['SECURITY_REVIEWER', 'gate:signoff', false],
    ['SECURITY_REVIEWER', 'exclusion:decide', true],
    ['PLATFORM_OWNER', 'exclusion:decide', false],
    ['COMPLIANCE', 'exclusion:decide', false],
    ['PLATFORM_OWNER', 'scan:import', true],
    ['SECURITY_REVIEWER', 'scan:import', true],
    ['COMPLIANCE', 'scan:import', false],
    ['ADMIN', 'scan:import', false],
    ['ADMIN', 'organization:manage', true],
    ['PLATFORM_OWNER', 'organization:manage', false],
    ['COMPLIANCE', 'organization:manage', false],
  ] as const)('%s → %s is %s', (role, permission, expected) => {
    expect(can([role], permission)).toBe(expected)
  })

  it('denies with no roles, unknown roles and unknown permissions', () => {
    expect(can([], 'review:read')).toBe(false)
    expect(can(null, 'review:read')).toBe(false)
    expect(can(['ROOT' as never], 'review:read')).toBe(false)
    expect(can(['ADMIN'], 'everything:do' as never)).toBe(false)
  })

  it('a person with two roles gets the union', () => {
    expect(can(['SECURITY_REVIEWER', 'COMPLIANCE'], 'evidence:review')).toBe(true)
    expect(can(['SECURITY_REVIEWER', 'COMPLIANCE'], 'gate:signoff')).toBe(true)
    expect(PERMISSIONS.every((p) => can(['ADMIN', 'PLATFORM_OWNER', 'SECURITY_REVIEWER', 'COMPLIANCE'], p))).toBe(true)
  })
})

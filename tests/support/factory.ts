// Test data builders on top of the seed's own builders: each call makes a fresh organization.
import { randomUUID } from 'node:crypto'
import { db } from '@/lib/db'
import { seedOrganization } from '@/lib/seed/demo'
import type { Role } from '@/lib/generated/prisma/enums'
import type { Actor } from '@/lib/dal/actor'

const PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0000000000000000000000000000000000000000000' // never verifies

export async function makeOrganization(
  members: Record<string, Role[]> = { admin: ['ADMIN'], owner: ['PLATFORM_OWNER'] },
) {
  const tag = randomUUID().slice(0, 8)
  const spec = {
    name: `Test org ${tag}`,
    slug: `test-${tag}`,
    members: Object.entries(members).map(([key, roles]) => ({ email: `${key}-${tag}@test.example`, name: key, roles })),
  }
  const { organization, users } = await seedOrganization(db, spec, PASSWORD_HASH)
  const actors: Record<string, Actor> = {}
  for (const m of spec.members) {
    const key = m.email.split('-')[0]
    actors[key] = {
      userId: users[m.email],
      email: m.email,
      name: m.name,
      organizationId: organization.id,
      organizationName: organization.name,
      roles: m.roles,
    }
  }
  return { organization, actors }
}

export async function membershipOf(actor: Actor) {
  return db.membership.findUniqueOrThrow({
    where: { organizationId_userId: { organizationId: actor.organizationId, userId: actor.userId } },
  })
}

// Demo data builders, shared by prisma/seed.ts and the tests. Idempotent: existing rows are left alone.
import type { PrismaClient } from '@/lib/generated/prisma/client'
import type { Role } from '@/lib/generated/prisma/enums'
import { appendAuditEvent } from '@/lib/audit/chain'
import { hashPassword } from '@/lib/auth/password'
import { seedSampleReview } from './sample-review'

export const DEMO_PASSWORD = 'keyproof-demo'

export const DEMO_ORGANIZATIONS: {
  name: string
  slug: string
  members: { email: string; name: string; roles: Role[] }[]
}[] = [
  {
    name: 'Acme Payments',
    slug: 'acme',
    members: [
      { email: 'admin@acme.test', name: 'Ada Admin', roles: ['ADMIN'] },
      { email: 'owner@acme.test', name: 'Omar Owner', roles: ['PLATFORM_OWNER'] },
      { email: 'reviewer@acme.test', name: 'Rita Reviewer', roles: ['SECURITY_REVIEWER'] },
      { email: 'compliance@acme.test', name: 'Carl Compliance', roles: ['COMPLIANCE'] },
      { email: 'lead@acme.test', name: 'Lena Lead', roles: ['SECURITY_REVIEWER', 'COMPLIANCE'] },
    ],
  },
  {
    name: 'Globex',
    slug: 'globex',
    members: [
      { email: 'admin@globex.test', name: 'Gus Admin', roles: ['ADMIN'] },
      { email: 'owner@globex.test', name: 'Gina Owner', roles: ['PLATFORM_OWNER'] },
    ],
  },
]

export async function seedOrganization(
  db: PrismaClient,
  spec: (typeof DEMO_ORGANIZATIONS)[number],
  passwordHash: string,
) {
  return db.$transaction(
    async (tx) => {
      let org = await tx.organization.findUnique({ where: { slug: spec.slug } })
      if (!org) {
        org = await tx.organization.create({ data: { name: spec.name, slug: spec.slug } })
        await appendAuditEvent(tx, {
          organizationId: org.id,
          actorId: null,
          action: 'organization.created',
          entityType: 'Organization',
          entityId: org.id,
          data: { name: spec.name, seeded: true },
        })
      }
      const users: Record<string, string> = {}
      for (const m of spec.members) {
        const user = await tx.user.upsert({
          where: { email: m.email },
          update: {},
          create: { email: m.email, name: m.name, passwordHash },
        })
        users[m.email] = user.id
        const existing = await tx.membership.findUnique({
          where: { organizationId_userId: { organizationId: org.id, userId: user.id } },
        })
        if (!existing) {
          const membership = await tx.membership.create({
            data: { organizationId: org.id, userId: user.id, roles: m.roles },
          })
          await appendAuditEvent(tx, {
            organizationId: org.id,
            actorId: null,
            action: 'member.added',
            entityType: 'Membership',
            entityId: membership.id,
            data: { email: m.email, roles: m.roles, seeded: true },
          })
        }
      }
      return { organization: org, users }
    },
    { timeout: 30000 },
  )
}

export async function seedDemo(db: PrismaClient) {
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  const out = []
  for (const spec of DEMO_ORGANIZATIONS) out.push(await seedOrganization(db, spec, passwordHash))
  await seedSampleReview(db, out[0].organization.id)
  return out
}

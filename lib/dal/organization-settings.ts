import 'server-only'
// Organization-level settings: which frameworks reviews are mapped to in the report's appendix. Read by any
// member; changed by an admin, with a version check and an audit event in the same transaction.
import { z } from 'zod'
import { db } from '@/lib/db'
import { conflict } from '@/lib/errors'
import { FRAMEWORK_IDS, type FrameworkId } from '@/lib/domain/frameworks'
import { assertCan, type Actor } from './actor'
import { recordEvent } from './record-event'
import { parseInput, versionSchema } from './validate'

const frameworksSchema = z.object({
  version: versionSchema,
  frameworks: z
    .array(z.enum(FRAMEWORK_IDS, 'Choose frameworks from the list.'))
    .default([])
    .transform((ids) => FRAMEWORK_IDS.filter((id) => ids.includes(id))),
})

/** Known ids in catalog order: an id a later mapping dropped is ignored, never shown. */
const known = (ids: readonly string[]): FrameworkId[] => FRAMEWORK_IDS.filter((id) => ids.includes(id))

export async function getOrganizationFrameworks(actor: Actor): Promise<{ frameworks: FrameworkId[]; version: number }> {
  assertCan(actor, 'review:read')
  const org = await db.organization.findUniqueOrThrow({
    where: { id: actor.organizationId },
    select: { frameworks: true, version: true },
  })
  return { frameworks: known(org.frameworks), version: org.version }
}

export async function setOrganizationFrameworks(actor: Actor, input: unknown) {
  assertCan(actor, 'organization:manage')
  const m = parseInput(frameworksSchema, input)
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: actor.organizationId },
      select: { frameworks: true },
    })
    const { count } = await tx.organization.updateMany({
      where: { id: actor.organizationId, version: m.version },
      data: { frameworks: m.frameworks, version: { increment: 1 } },
    })
    if (count === 0) throw conflict('The settings were changed by someone else — reload to see their change.')
    await recordEvent(tx, actor, 'organization.frameworks_changed', 'Organization', actor.organizationId, {
      from: before.frameworks,
      to: m.frameworks,
    })
    return { frameworks: m.frameworks }
  })
}

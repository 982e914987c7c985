import 'server-only'
// Structured gate records kept by platform owners: recovery drills, cost lines, compatibility checks, migration steps.
import { z } from 'zod'
import type { Tx } from '@/lib/db'
import type { Actor } from './actor'
import { parseInput } from './validate'
import { assertVersionedUpdate } from './review-access'
import { withReviewChange } from './review-change'
import {
  compatibilityCheckSchema,
  costLineSchema,
  drillSchema,
  migrationStepSchema,
  recordRefSchema,
} from './schemas/records'

const reviewIdSchema = z.object({ reviewId: z.string().min(1) })

// One table of what differs per record type; the add/update logic below is shared.
const RECORDS = {
  drill: { schema: drillSchema, label: 'drill', entity: 'RecoveryDrill', delegate: (tx: Tx) => tx.recoveryDrill },
  costLine: { schema: costLineSchema, label: 'cost line', entity: 'CostLine', delegate: (tx: Tx) => tx.costLine },
  compatibilityCheck: {
    schema: compatibilityCheckSchema,
    label: 'compatibility check',
    entity: 'CompatibilityCheck',
    delegate: (tx: Tx) => tx.compatibilityCheck,
  },
  migrationStep: {
    schema: migrationStepSchema,
    label: 'migration step',
    entity: 'MigrationStep',
    delegate: (tx: Tx) => tx.migrationStep,
  },
} as const
export type RecordType = keyof typeof RECORDS

// The delegates share create/updateMany/findFirst shapes; typing them as one union is more noise than help.
type AnyDelegate = {
  create(args: { data: Record<string, unknown>; select: { id: true } }): Promise<{ id: string }>
  updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>
  findFirst(args: { where: Record<string, unknown> }): Promise<Record<string, unknown> | null>
}

export async function addRecord(actor: Actor, type: RecordType, input: unknown) {
  const spec = RECORDS[type]
  const { reviewId } = parseInput(reviewIdSchema, input)
  const data = parseInput(spec.schema, input) as Record<string, unknown>
  return withReviewChange(actor, reviewId, 'inventory:edit', async ({ tx, audit }) => {
    const row = await (spec.delegate(tx) as unknown as AnyDelegate).create({
      data: { ...data, reviewId, organizationId: actor.organizationId },
      select: { id: true },
    })
    await audit(`${type}.added`, spec.entity, row.id, { reviewId, ...data })
    return row
  })
}

export async function updateRecord(actor: Actor, type: RecordType, input: unknown) {
  const spec = RECORDS[type]
  const ref = parseInput(recordRefSchema, input)
  const data = parseInput(spec.schema, input) as Record<string, unknown>
  return withReviewChange(actor, ref.reviewId, 'inventory:edit', async ({ tx, audit }) => {
    const delegate = spec.delegate(tx) as unknown as AnyDelegate
    const where = { id: ref.id, reviewId: ref.reviewId, organizationId: actor.organizationId }
    const { count } = await delegate.updateMany({
      where: { ...where, version: ref.version },
      data: { ...data, version: { increment: 1 } },
    })
    await assertVersionedUpdate(count, () => delegate.findFirst({ where }), spec.label)
    await audit(`${type}.updated`, spec.entity, ref.id, { reviewId: ref.reviewId, ...data })
  })
}

import 'server-only'
// Structured gate records kept by platform owners: recovery drills, cost lines, compatibility checks, migration steps.
// Corrections are history: correcting a record writes a new version that supersedes it (with a reason) and carries
// its evidence links; withdrawing keeps the row, marked withdrawn (with a reason). Neither rewrites what was there;
// only current versions count in the rules and the gate basis.
import { z } from 'zod'
import type { Tx } from '@/lib/db'
import { AppError, conflict, notFound } from '@/lib/errors'
import { isFutureDay } from '@/lib/domain/dates'
import { text } from '@/lib/domain/fields/primitives'
import type { Actor } from './actor'
import { parseInput } from './validate'
import { withReviewChange } from './review-change'
import {
  compatibilityCheckSchema,
  costLineSchema,
  drillSchema,
  migrationStepSchema,
  recordRefSchema,
} from './schemas/records'

const reviewIdSchema = z.object({ reviewId: z.string().min(1) })
const reasonSchema = (what: string) =>
  z.object({ reason: text(2000).pipe(z.string().min(10, `Say why the record is ${what} (at least 10 characters).`)) })

// One table of what differs per record type; the add/correct/withdraw logic below is shared.
const RECORDS = {
  drill: {
    schema: drillSchema,
    label: 'drill',
    entity: 'RecoveryDrill',
    link: 'drillId',
    pastDates: { performedOn: 'The drill cannot have been performed on a date still to come.' },
    delegate: (tx: Tx) => tx.recoveryDrill,
  },
  costLine: {
    schema: costLineSchema,
    label: 'cost line',
    entity: 'CostLine',
    link: 'costLineId',
    pastDates: { pricingVerifiedOn: 'Pricing cannot have been verified on a date still to come.' },
    delegate: (tx: Tx) => tx.costLine,
  },
  compatibilityCheck: {
    schema: compatibilityCheckSchema,
    label: 'compatibility check',
    entity: 'CompatibilityCheck',
    link: 'compatibilityCheckId',
    pastDates: {},
    delegate: (tx: Tx) => tx.compatibilityCheck,
  },
  migrationStep: {
    schema: migrationStepSchema,
    label: 'migration step',
    entity: 'MigrationStep',
    link: 'migrationStepId',
    pastDates: {},
    delegate: (tx: Tx) => tx.migrationStep,
  },
} as const
export type RecordType = keyof typeof RECORDS

// The delegates share create/updateMany/findFirst shapes; typing them as one union is more noise than help.
type AnyDelegate = {
  create(args: { data: Record<string, unknown>; select: { id: true } }): Promise<{ id: string }>
  updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>
  findFirst(args: {
    where: Record<string, unknown>
    include?: { supersededBy: { select: { id: true } } }
  }): Promise<(Record<string, unknown> & { supersededBy?: { id: string } | null }) | null>
}

/** "Not in the future" is judged against the change's own clock, after the lock, with a field error. */
function assertNoFutureDates(type: RecordType, data: Record<string, unknown>, now: Date) {
  const problems = Object.entries(RECORDS[type].pastDates as Record<string, string>).filter(
    ([field]) => data[field] instanceof Date && isFutureDay(data[field] as Date, now),
  )
  if (problems.length)
    throw new AppError(
      'VALIDATION',
      problems[0][1],
      Object.fromEntries(problems.map(([field, message]) => [field, [message]])),
    )
}

export async function addRecord(actor: Actor, type: RecordType, input: unknown) {
  const spec = RECORDS[type]
  const { reviewId } = parseInput(reviewIdSchema, input)
  const data = parseInput(spec.schema, input) as Record<string, unknown>
  return withReviewChange(actor, reviewId, 'inventory:edit', async ({ tx, audit, now }) => {
    assertNoFutureDates(type, data, now)
    const row = await (spec.delegate(tx) as unknown as AnyDelegate).create({
      data: { ...data, reviewId, organizationId: actor.organizationId, createdById: actor.userId },
      select: { id: true },
    })
    await audit(`${type}.added`, spec.entity, row.id, { reviewId, ...data })
    return row
  })
}

/** The record as the user saw it: in this review, still current, at the version they edited. */
async function currentRecord(tx: Tx, actor: Actor, type: RecordType, ref: z.output<typeof recordRefSchema>) {
  const spec = RECORDS[type]
  const delegate = spec.delegate(tx) as unknown as AnyDelegate
  const where = { id: ref.id, reviewId: ref.reviewId, organizationId: actor.organizationId }
  const row = await delegate.findFirst({ where, include: { supersededBy: { select: { id: true } } } })
  if (!row) throw notFound(spec.label.charAt(0).toUpperCase() + spec.label.slice(1))
  if (row.supersededBy || row.withdrawnAt)
    throw conflict(`This ${spec.label} was already corrected or withdrawn — reload and work on its current version.`)
  if (row.version !== ref.version)
    throw conflict(`This ${spec.label} was changed by someone else — reload to see their change, then try again.`)
  return { delegate, where, row }
}

/** A corrected version of a record: a new row superseding the old, which stays as it was. */
export async function correctRecord(actor: Actor, type: RecordType, input: unknown) {
  const spec = RECORDS[type]
  const ref = parseInput(recordRefSchema, input)
  const { reason } = parseInput(reasonSchema('corrected'), input)
  const data = parseInput(spec.schema, input) as Record<string, unknown>
  return withReviewChange(actor, ref.reviewId, 'inventory:edit', async ({ tx, audit, now }) => {
    assertNoFutureDates(type, data, now)
    const { delegate, where } = await currentRecord(tx, actor, type, ref)
    const { count } = await delegate.updateMany({
      where: { ...where, version: ref.version },
      data: { version: { increment: 1 } },
    })
    if (count !== 1) throw conflict(`This ${spec.label} was changed by someone else — reload and try again.`)
    const row = await delegate.create({
      data: {
        ...data,
        reviewId: ref.reviewId,
        organizationId: actor.organizationId,
        createdById: actor.userId,
        supersedesId: ref.id,
        changeReason: reason,
      },
      select: { id: true },
    })
    // The evidence that supported the record supports its corrected version too.
    const links = await tx.evidenceLink.findMany({ where: { [spec.link]: ref.id } })
    if (links.length)
      await tx.evidenceLink.createMany({
        data: links.map((l) => ({
          organizationId: l.organizationId,
          evidenceId: l.evidenceId,
          [spec.link]: row.id,
          createdById: actor.userId,
        })),
      })
    await audit(`${type}.corrected`, spec.entity, row.id, {
      reviewId: ref.reviewId,
      supersedesId: ref.id,
      reason,
      ...data,
    })
    return row
  })
}

/** Withdraws a record that should never have counted: it stays, marked withdrawn with the reason. */
export async function withdrawRecord(actor: Actor, type: RecordType, input: unknown) {
  const spec = RECORDS[type]
  const ref = parseInput(recordRefSchema, input)
  const { reason } = parseInput(reasonSchema('withdrawn'), input)
  return withReviewChange(actor, ref.reviewId, 'inventory:edit', async ({ tx, audit, now }) => {
    const { delegate, where } = await currentRecord(tx, actor, type, ref)
    const { count } = await delegate.updateMany({
      where: { ...where, version: ref.version, withdrawnAt: null },
      data: { withdrawnAt: now, withdrawnById: actor.userId, withdrawnReason: reason, version: { increment: 1 } },
    })
    if (count !== 1) throw conflict(`This ${spec.label} was changed by someone else — reload and try again.`)
    await audit(`${type}.withdrawn`, spec.entity, ref.id, { reviewId: ref.reviewId, reason })
  })
}

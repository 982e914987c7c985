import 'server-only'
// Several exceptions of one review at once, each checked and audited as its single change is (partial: see
// lib/domain/bulk.ts). Requesting covers several blockers with one justification, controls and expiry; granting
// decides several requests with one note. Separation of duties, expiry and blocker checks apply per item.
import { z } from 'zod'
import { conflict, notFound } from '@/lib/errors'
import { bulkRefsSchema, eachItem, MAX_BULK_ITEMS, type BulkResult } from '@/lib/domain/bulk'
import { isFindingCode, type FindingCode } from '@/lib/rules'
import type { Actor } from './actor'
import { parseInput } from './validate'
import { withReviewChange } from './review-change'
import { assertExpiry, grantLoaded, grantNoteSchema, requestExceptionSchema, requestLoaded } from './exceptions'

/** A blocker as the form names it, `code|target`. */
const blockerSchema = z
  .string()
  .max(300)
  .transform((v) => {
    const at = v.indexOf('|')
    return { findingCode: v.slice(0, at), targetRef: v.slice(at + 1) }
  })
  .refine(
    (b): b is { findingCode: FindingCode; targetRef: string } => isFindingCode(b.findingCode) && b.targetRef !== '',
    'A selected blocker is malformed.',
  )

export const bulkRequestSchema = requestExceptionSchema
  .omit({ findingCode: true, targetRef: true })
  .extend({ blockers: z.array(blockerSchema).min(1, 'Select at least one blocker.').max(MAX_BULK_ITEMS) })

export const bulkGrantSchema = z.object({
  reviewId: z.string().min(1).max(64),
  refs: bulkRefsSchema,
  note: grantNoteSchema,
})

export async function requestExceptions(actor: Actor, input: unknown, now = new Date()): Promise<BulkResult> {
  const { blockers, ...shared } = parseInput(bulkRequestSchema, input)
  assertExpiry(shared.expiresAt, now)
  const items = [...new Map(blockers.map((b) => [`${b.findingCode}|${b.targetRef}`, b])).entries()].map(([id, b]) => ({
    id,
    ...b,
  }))
  return withReviewChange(
    actor,
    shared.reviewId,
    'exception:request',
    async (c) => {
      // Requesting changes no finding, so one evaluation after the lock decides every item.
      const { findings } = await c.evaluate()
      return eachItem(
        items,
        (b) => `${b.findingCode} on ${b.targetRef}`,
        async (b) => {
          await requestLoaded(c, findings, { ...shared, findingCode: b.findingCode, targetRef: b.targetRef })
        },
        'requested',
      )
    },
    { now },
  )
}

export async function grantExceptions(actor: Actor, input: unknown, now = new Date()): Promise<BulkResult> {
  const { reviewId, refs, note } = parseInput(bulkGrantSchema, input)
  return withReviewChange(
    actor,
    reviewId,
    'exception:grant',
    async (c) => {
      const rows = await c.tx.riskException.findMany({
        where: { id: { in: refs.map((r) => r.id) }, reviewId: c.review.id, organizationId: actor.organizationId },
      })
      const byId = new Map(rows.map((r) => [r.id, r]))
      return eachItem(
        refs,
        (ref) => {
          const row = byId.get(ref.id)
          return row ? `${row.findingCode} on ${row.targetRef}` : ref.id
        },
        async (ref) => {
          const row = byId.get(ref.id)
          if (!row) throw notFound('Exception')
          if (row.version !== ref.version)
            throw conflict('This exception was changed by someone else — reload and try again.')
          await grantLoaded(c, row, note)
        },
        'granted',
      )
    },
    { now },
  )
}

// Bulk changes inside one review (lib/dal/requests-bulk.ts, exceptions-bulk.ts): every item is checked and
// audited exactly as its single change is, inside one withReviewChange. Partial by design: an item the rules
// refuse is reported (its label, error code and reason) and the others still go through, because one stale
// row should not undo a reviewer's twenty correct decisions. When every item is refused nothing changed, so
// the change throws instead.
import { z } from 'zod'
import { AppError, type AppErrorCode } from '@/lib/errors'

export const MAX_BULK_ITEMS = 200

/** `id:version` pairs, as a bulk form sends the rows it showed. */
export const bulkRefsSchema = z
  .array(z.string().regex(/^[a-z0-9]{1,64}:[0-9]{1,9}$/i, 'A selected row is malformed: reload and try again.'))
  .min(1, 'Select at least one row.')
  .max(MAX_BULK_ITEMS, `Select at most ${MAX_BULK_ITEMS} rows at once.`)
  .transform((refs) => {
    const seen = new Set<string>()
    return refs.flatMap((ref) => {
      const [id = '', version = '0'] = ref.split(':')
      if (seen.has(id)) return []
      seen.add(id)
      return [{ id, version: Number(version) }]
    })
  })

export interface BulkItemResult {
  id: string
  /** What the user recognises the row by: a request code, a finding code and target. */
  label: string
}
export interface BulkRefusal extends BulkItemResult {
  code: AppErrorCode
  reason: string
}
export interface BulkResult {
  done: BulkItemResult[]
  refused: BulkRefusal[]
}

/**
 * Runs `apply` for each item in order. An AppError refuses that item only; any other error (a database
 * failure aborts the transaction) propagates and rolls the whole change back.
 */
export async function eachItem<I extends { id: string }>(
  items: readonly I[],
  labelOf: (item: I) => string,
  apply: (item: I) => Promise<void>,
  verb: string,
): Promise<BulkResult> {
  const result: BulkResult = { done: [], refused: [] }
  for (const item of items) {
    const label = labelOf(item)
    try {
      await apply(item)
      result.done.push({ id: item.id, label })
    } catch (e) {
      if (!(e instanceof AppError)) throw e
      result.refused.push({ id: item.id, label, code: e.code, reason: e.message })
    }
  }
  if (result.done.length === 0) {
    const first = result.refused[0]
    const reasons = result.refused.map((r) => `${r.label}: ${r.reason}`).join(' ')
    throw new AppError(first?.code ?? 'VALIDATION', `Nothing was ${verb}. ${reasons}`.trim())
  }
  return result
}

/** "Accepted 3 requests; 1 refused." for a bulk action's toast. */
export function bulkSummary(result: BulkResult, verb: string, noun: [string, string]) {
  const n = result.done.length
  const done = `${verb} ${n} ${n === 1 ? noun[0] : noun[1]}`
  return result.refused.length === 0 ? `${done}.` : `${done}; ${result.refused.length} refused.`
}

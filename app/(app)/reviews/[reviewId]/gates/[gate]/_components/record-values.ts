// A gate record row as the page loads it, and its values as a table cell or a form field shows them.
import { formatDate } from '@/components/review/labels'
import type { FieldSpec } from './record-specs'

export type RecordRow = {
  id: string
  version: number
  withdrawnAt: Date | null
  withdrawnReason: string | null
  supersededBy: { id: string; changeReason: string | null; createdAt: Date } | null
  evidenceLinks: { evidence: { id: string; title: string; supersededBy: { id: string } | null } }[]
} & Record<string, unknown>

export function show(value: unknown, type: string, options?: { value: string; label: string }[]) {
  if (value === null || value === undefined || value === '') return '—'
  if (value instanceof Date) return formatDate(value)
  if (type === 'select') return options?.find((o) => o.value === value)?.label ?? String(value)
  return String(value)
}

/** A row's values as strings for a correction form's fields (dates as YYYY-MM-DD, decimals as text). */
export function formValues(row: RecordRow, fields: readonly FieldSpec[]): Record<string, string> {
  return Object.fromEntries(
    fields.map((f) => {
      const v = row[f.name]
      return [f.name, v == null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v)]
    }),
  )
}

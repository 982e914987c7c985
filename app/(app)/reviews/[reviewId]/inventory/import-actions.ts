'use server'
// CSV import of locations: a public endpoint built by lib/server-action. The upload is checked before it is
// read (size, NUL bytes, UTF-8); the DAL authorizes, validates every row, and writes all or nothing.
import { importLocationsCsv, type LocationImportResult } from '@/lib/dal/location-import'
import { AppError } from '@/lib/errors'
import { MAX_CSV_BYTES, NOT_CSV_TEXT_MESSAGE, csvSizeProblem } from '@/lib/domain/csv-limits'
import { plural } from '@/lib/domain/plural'
import { formAction } from '@/lib/server-action'
import type { ActionState } from '@/lib/action-state'

function successMessage(r: LocationImportResult) {
  if (!r.ok) return `${plural(r.rowErrors.length, 'row has', 'rows have')} errors; nothing was imported.`
  if (r.created + r.updated === 0) return `Nothing to import: all ${plural(r.unchanged, 'row')} match the inventory.`
  const n = (x: number) => x.toLocaleString('en-US')
  return `Imported: ${n(r.created)} added, ${n(r.updated)} updated, ${n(r.unchanged)} unchanged.`
}

const importCsv = formAction(
  async (actor, input) => {
    const file = input.file
    if (!(file instanceof File) || file.size === 0) throw new AppError('VALIDATION', 'Choose a CSV file to import.')
    const sizeProblem = csvSizeProblem(file.size, MAX_CSV_BYTES)
    if (sizeProblem) throw new AppError('VALIDATION', sizeProblem)
    const bytes = new Uint8Array(await file.arrayBuffer())
    if (bytes.includes(0)) throw new AppError('VALIDATION', NOT_CSV_TEXT_MESSAGE)
    let csv: string
    try {
      csv = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      throw new AppError('VALIDATION', 'This file is not UTF-8 text. Save the sheet as "CSV UTF-8" and try again.')
    }
    return importLocationsCsv(actor, { reviewId: input.reviewId, csv })
  },
  { files: ['file'], success: successMessage, revalidate: 'review' },
)

export async function importLocationsCsvAction(
  prev: ActionState<LocationImportResult> | null,
  form: FormData,
): Promise<ActionState<LocationImportResult>> {
  const result = await importCsv(prev, form)
  // Row errors are an expected refusal: nothing was written, so the form shows them as a failure.
  return result.data && !result.data.ok ? { ...result, ok: false, code: 'VALIDATION' } : result
}

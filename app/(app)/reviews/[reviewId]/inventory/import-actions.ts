'use server'
// CSV import of locations. A public endpoint: re-establishes the actor and checks the upload before reading it; the DAL authorizes and validates.
import { revalidatePath } from 'next/cache'
import { requireUser } from '@/lib/auth/session'
import { importLocationsCsv, type LocationImportResult } from '@/lib/dal/location-import'
import { toActionState, type ActionState } from '@/lib/action-state'
import { MAX_CSV_BYTES, NOT_CSV_TEXT_MESSAGE, csvSizeProblem } from '@/lib/domain/location-csv'
import { plural } from '@/lib/domain/plural'

const refused = (message: string): ActionState<LocationImportResult> => ({ ok: false, code: 'VALIDATION', message })

function successMessage(r: LocationImportResult) {
  if (!r.ok) return `${plural(r.rowErrors.length, 'row has', 'rows have')} errors; nothing was imported.`
  if (r.created + r.updated === 0) return `Nothing to import: all ${plural(r.unchanged, 'row')} match the inventory.`
  return `Imported: ${r.created.toLocaleString('en-US')} added, ${r.updated.toLocaleString('en-US')} updated, ${r.unchanged.toLocaleString('en-US')} unchanged.`
}

export async function importLocationsCsvAction(
  _prev: ActionState<LocationImportResult> | null,
  form: FormData,
): Promise<ActionState<LocationImportResult>> {
  const actor = await requireUser()
  const reviewId = String(form.get('reviewId') ?? '')
  const file = form.get('file')
  if (!(file instanceof File) || file.size === 0) return refused('Choose a CSV file to import.')
  const sizeProblem = csvSizeProblem(file.size, MAX_CSV_BYTES)
  if (sizeProblem) return refused(sizeProblem)
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (bytes.includes(0)) return refused(NOT_CSV_TEXT_MESSAGE)
  let csv: string
  try {
    csv = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return refused('This file is not UTF-8 text. Save the sheet as "CSV UTF-8" and try again.')
  }
  const result = await toActionState(() => importLocationsCsv(actor, { reviewId, csv }), successMessage)
  revalidatePath(`/reviews/${reviewId}`, 'layout')
  // Row errors are an expected refusal: nothing was written, so the form shows them as a failure.
  return result.data && !result.data.ok ? { ...result, ok: false, code: 'VALIDATION' } : result
}

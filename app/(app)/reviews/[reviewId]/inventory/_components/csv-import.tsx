'use client'
// Upload a locations CSV; shows what was imported, or every bad row with its line and reason.
import { useActionState, useId, useState } from 'react'
import { importLocationsCsvAction } from '../import-actions'
import { Button } from '@/components/ui/button'
import { FormMessage, inputClass } from '@/components/ui/field'
import { MAX_CSV_BYTES, MAX_CSV_ROWS, csvSizeProblem, formatBytes } from '@/lib/domain/csv-limits'

export interface CsvImportProps {
  reviewId: string
  /** The format's columns (lib/domain/location-csv.ts), given by the server page so the format stays there. */
  columns: readonly string[]
}

export function CsvImport({ reviewId, columns }: CsvImportProps) {
  const [state, action, pending] = useActionState(importLocationsCsvAction, null)
  const [localError, setLocalError] = useState<string | null>(null)
  const id = useId()
  const rowErrors = state?.data && !state.data.ok ? state.data.rowErrors : []
  const shown = localError ? { ok: false, message: localError } : state
  const describedBy = [`${id}-hint`, rowErrors.length && !localError ? `${id}-rows` : ''].filter(Boolean).join(' ')

  // Checked here too so an oversized file gets a clear message instead of failing the upload.
  function checkSize(event: React.FormEvent<HTMLFormElement>) {
    const file = (event.currentTarget.elements.namedItem('file') as HTMLInputElement | null)?.files?.[0]
    const problem = !file ? 'Choose a CSV file to import.' : csvSizeProblem(file.size, MAX_CSV_BYTES)
    setLocalError(problem)
    if (problem) event.preventDefault()
  }

  const limits = `${formatBytes(MAX_CSV_BYTES)} and ${MAX_CSV_ROWS.toLocaleString('en-US')} rows`
  return (
    <form action={action} onSubmit={checkSize} className="space-y-3">
      <input type="hidden" name="reviewId" value={reviewId} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1 space-y-1">
          <label htmlFor={id} className="block text-xs font-medium text-slate-700">
            CSV file
          </label>
          <input
            id={id}
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            aria-describedby={describedBy}
            aria-invalid={shown && !shown.ok ? true : undefined}
            onChange={() => setLocalError(null)}
            className={
              `${inputClass} file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2 ` +
              `file:py-0.5 file:text-xs file:font-medium file:text-slate-800`
            }
          />
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? 'Importing…' : 'Import'}
        </Button>
      </div>
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        Up to {limits}, with a header row. Columns: {columns.join(', ')}. Rows with an id and version update that
        location; rows without an id are added. If any row has an error, nothing is imported.
      </p>
      <FormMessage state={pending ? null : shown} />
      {!pending && !localError && rowErrors.length > 0 && (
        <div id={`${id}-rows`} className="rounded-md border border-red-200">
          <h3 className="border-b border-red-200 bg-red-50 px-3 py-1.5 text-xs font-semibold text-red-900">
            Rows with errors
          </h3>
          <ul className="max-h-80 divide-y divide-slate-100 overflow-y-auto text-sm">
            {rowErrors.map((r) => (
              <li key={r.line} className="flex gap-3 px-3 py-1.5">
                <span className="w-16 shrink-0 font-medium tabular-nums text-slate-900">Line {r.line}:</span>
                <span className="text-slate-700">{r.messages.join(' ')}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  )
}

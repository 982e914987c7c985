'use client'
// A current record's two changes, opened on demand: correct it (a new version) or withdraw it, each with a reason.
import { useState } from 'react'
import { RecordForm, WithdrawRecordForm } from './record-form'
import type { RecordKind } from './record-specs'

export function RecordChanges({
  reviewId,
  kind,
  id,
  version,
  values,
  maxDate,
}: {
  reviewId: string
  kind: RecordKind
  id: string
  version: number
  values: Record<string, string>
  maxDate: string
}) {
  const [open, setOpen] = useState<'correct' | 'withdraw' | null>(null)
  const toggle = (which: 'correct' | 'withdraw') => setOpen(open === which ? null : which)
  return (
    <div className="space-y-1">
      <span className="flex gap-2">
        <button
          type="button"
          className="text-sky-800 hover:underline"
          aria-expanded={open === 'correct'}
          onClick={() => toggle('correct')}
        >
          Correct…
        </button>
        <button
          type="button"
          className="text-red-800 hover:underline"
          aria-expanded={open === 'withdraw'}
          onClick={() => toggle('withdraw')}
        >
          Withdraw…
        </button>
      </span>
      {open === 'correct' && (
        <div className="w-[40rem] max-w-[80vw]">
          <RecordForm reviewId={reviewId} kind={kind} maxDate={maxDate} correcting={{ id, version, values }} />
        </div>
      )}
      {open === 'withdraw' && (
        <div className="w-80">
          <WithdrawRecordForm reviewId={reviewId} kind={kind} id={id} version={version} />
        </div>
      )}
    </div>
  )
}

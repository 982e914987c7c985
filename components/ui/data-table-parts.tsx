'use client'
// Presentational pieces of DataTable: checkbox, sortable header, pagination bar.
import type { ReactNode } from 'react'
import { buttonClass } from './button'

const SORT_BUTTON =
  'inline-flex items-center gap-1 rounded-sm font-medium hover:text-slate-900 ' +
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600'

export function Checkbox({
  label,
  checked,
  indeterminate = false,
  disabled,
  onChange,
}: {
  label: string
  checked: boolean
  indeterminate?: boolean
  disabled?: boolean
  onChange: (event: React.ChangeEvent<HTMLInputElement>) => void
}) {
  return (
    <input
      type="checkbox"
      aria-label={label}
      checked={checked}
      disabled={disabled}
      onChange={onChange}
      ref={(el) => {
        if (el) el.indeterminate = indeterminate
      }}
      className={
        'size-4 rounded border-slate-300 align-middle accent-sky-700 disabled:opacity-40 ' +
        'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600'
      }
    />
  )
}

export type SortDir = false | 'asc' | 'desc'

export function ariaSort(dir: SortDir): 'ascending' | 'descending' | 'none' {
  return dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'
}

/** Header content as a button; the arrow is text (↑ ↓, ↕ when unsorted), never colour alone. */
export function SortButton({
  dir,
  align,
  onClick,
  children,
}: {
  dir: SortDir
  align?: 'start' | 'end'
  onClick: (event: React.MouseEvent) => void
  children: ReactNode
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      className={`${SORT_BUTTON} ${dir ? 'text-slate-800' : ''} ${align === 'end' ? 'flex-row-reverse' : ''}`}
    >
      <span>{children}</span>
      <span aria-hidden="true" className={`w-3 text-center ${dir ? '' : 'text-slate-300'}`}>
        {dir === 'asc' ? '↑' : dir === 'desc' ? '↓' : '↕'}
      </span>
    </button>
  )
}

export function Pagination({
  pageIndex,
  pageCount,
  rowCount,
  totalCount,
  canPrevious,
  canNext,
  onPrevious,
  onNext,
}: {
  pageIndex: number
  pageCount: number
  rowCount: number
  totalCount: number
  canPrevious: boolean
  canNext: boolean
  onPrevious: () => void
  onNext: () => void
}) {
  const rows = `${rowCount.toLocaleString('en-US')} ${rowCount === 1 ? 'row' : 'rows'}`
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-2 text-xs text-slate-600">
      <p aria-live="polite">{rowCount === totalCount ? rows : `${rows} of ${totalCount.toLocaleString('en-US')}`}</p>
      <div className="flex items-center gap-2">
        <span>
          Page {pageIndex + 1} of {Math.max(pageCount, 1)}
        </span>
        <button type="button" className={buttonClass('secondary', 'sm')} disabled={!canPrevious} onClick={onPrevious}>
          Previous
        </button>
        <button type="button" className={buttonClass('secondary', 'sm')} disabled={!canNext} onClick={onNext}>
          Next
        </button>
      </div>
    </nav>
  )
}

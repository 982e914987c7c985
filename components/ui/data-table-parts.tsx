'use client'
// Presentational pieces of DataTable: search and filter bar, checkbox, sortable header, pagination bar.
import type { ReactNode } from 'react'
import { buttonClass } from './button'
import { inputClass } from './field'

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

const labelClass = 'block text-xs font-medium text-slate-700'

/** The search box and the labelled filter selects above a table ('' is "All"). */
export function TableControls({
  id,
  searchPlaceholder,
  search,
  onSearch,
  filters,
  filterValue,
  onFilter,
}: {
  id: string
  searchPlaceholder?: string
  search: string
  onSearch: (value: string) => void
  filters: ReadonlyArray<{ columnId: string; label: string; options: ReadonlyArray<{ value: string; label: string }> }>
  filterValue: (columnId: string) => string
  onFilter: (columnId: string, value: string) => void
}) {
  if (searchPlaceholder === undefined && filters.length === 0) return null
  return (
    <div className="flex flex-wrap items-end gap-3">
      {searchPlaceholder !== undefined && (
        <div className="w-full max-w-xs space-y-1">
          <label htmlFor={`${id}-search`} className={labelClass}>
            Search
          </label>
          <input
            id={`${id}-search`}
            type="search"
            value={search}
            placeholder={searchPlaceholder}
            onChange={(event) => onSearch(event.target.value)}
            className={inputClass}
          />
        </div>
      )}
      {filters.map((filter, i) => (
        // Capped: one long option (a key alias) must not stretch the select across the toolbar.
        <div key={filter.columnId} className="max-w-xs min-w-36 space-y-1">
          <label htmlFor={`${id}-filter-${i}`} className={labelClass}>
            {filter.label}
          </label>
          <select
            id={`${id}-filter-${i}`}
            value={filterValue(filter.columnId)}
            onChange={(event) => onFilter(filter.columnId, event.target.value)}
            className={inputClass}
          >
            <option value="">All</option>
            {filter.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  )
}

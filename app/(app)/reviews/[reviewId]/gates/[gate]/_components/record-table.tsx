'use client'
// A gate's current records as a sortable, searchable table; each row's evidence and (for editors) its changes.
import { useMemo } from 'react'
import { DataTable, createDataTableColumnHelper, type DataTableColumn } from '@/components/ui/data-table'
import { RECORD_SPECS, type RecordKind } from './record-specs'
import { RecordChanges } from './record-changes'
import { LinkExistingEvidence } from './link-existing-evidence'

export interface RecordTableRow {
  id: string
  version: number
  /** Each table field as shown ('—' when empty). */
  cells: Record<string, string>
  /** Each form field as a correction form fills it. */
  values: Record<string, string>
  evidence: { id: string; title: string }[]
  linkable: { id: string; title: string }[]
}

const col = createDataTableColumnHelper<RecordTableRow>()

export function RecordTable({
  reviewId,
  kind,
  rows,
  canEdit,
  maxDate,
}: {
  reviewId: string
  kind: RecordKind
  rows: RecordTableRow[]
  canEdit: boolean
  maxDate: string
}) {
  const spec = RECORD_SPECS[kind]
  const columns = useMemo(() => {
    const fields = spec.fields.filter((f) => f.type !== 'textarea' || kind === 'drill')
    const list: DataTableColumn<RecordTableRow>[] = fields.map((f) =>
      col.accessor((r) => r.cells[f.name] ?? '—', {
        id: f.name,
        header: f.label,
        sortFn: 'alphanumeric',
        meta: f.type === 'number' ? { align: 'end' } : f.type === 'date' ? { className: 'whitespace-nowrap' } : {},
      }),
    )
    list.push(
      col.accessor((r) => r.evidence.map((e) => e.title), {
        id: 'evidence',
        header: 'Evidence',
        enableSorting: false,
        meta: { className: 'text-xs' },
        cell: (c) => {
          const r = c.row.original
          return (
            <span>
              {r.evidence.map((e) => (
                <a key={e.id} href={`/api/evidence/${e.id}`} className="block text-sky-800 hover:underline">
                  {e.title}
                </a>
              ))}
              {canEdit && (
                <LinkExistingEvidence
                  reviewId={reviewId}
                  param={spec.linkParam}
                  targetId={r.id}
                  targetLabel={`this ${spec.singular}`}
                  evidence={r.linkable}
                />
              )}
            </span>
          )
        },
      }),
    )
    if (canEdit)
      list.push(
        col.display({
          id: 'changes',
          header: () => <span className="sr-only">Changes</span>,
          meta: { className: 'text-xs' },
          cell: (c) => (
            <RecordChanges
              reviewId={reviewId}
              kind={kind}
              id={c.row.original.id}
              version={c.row.original.version}
              values={c.row.original.values}
              maxDate={maxDate}
            />
          ),
        }),
      )
    return list
  }, [spec, kind, canEdit, reviewId, maxDate])
  return (
    <DataTable
      data={rows}
      columns={columns}
      getRowId={(r) => r.id}
      caption={spec.title}
      searchPlaceholder={`Search ${spec.title.toLowerCase()}…`}
      pageSize={25}
    />
  )
}

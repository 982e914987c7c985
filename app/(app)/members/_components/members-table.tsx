'use client'
// The organization's members: sortable, searchable, filterable by role and status; actions per row for admins.
import { useMemo } from 'react'
import { DataTable, createDataTableColumnHelper } from '@/components/ui/data-table'
import { StatusPill } from '@/components/ui/status-pill'
import { ROLES, ROLE_LABELS } from '@/lib/domain/enums'
import { MemberActions, type MemberRowData } from './member-actions'

type Row = MemberRowData & { status: 'Active' | 'Deactivated' }

const col = createDataTableColumnHelper<Row>()
const baseColumns = [
  col.accessor('name', {
    header: 'Name',
    cell: (c) => (
      <span className="font-medium">
        {c.getValue()}
        {c.row.original.isSelf && <span className="font-normal text-slate-500"> (you)</span>}
      </span>
    ),
  }),
  col.accessor('email', { header: 'Email', meta: { className: 'text-slate-700' } }),
  col.accessor('roles', {
    header: 'Roles',
    sortFn: 'text',
    cell: (c) =>
      c
        .getValue()
        .map((r) => ROLE_LABELS[r])
        .join(', '),
  }),
  col.accessor('status', {
    header: 'Status',
    cell: (c) => <StatusPill tone={c.getValue() === 'Active' ? 'good' : 'neutral'}>{c.getValue()}</StatusPill>,
  }),
]
const filters = [
  { columnId: 'roles', label: 'Role', options: ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })) },
  {
    columnId: 'status',
    label: 'Status',
    options: [
      { value: 'Active', label: 'Active' },
      { value: 'Deactivated', label: 'Deactivated' },
    ],
  },
]

export function MembersTable({ members, canManage }: { members: MemberRowData[]; canManage: boolean }) {
  const rows = useMemo<Row[]>(
    () => members.map((m) => ({ ...m, status: m.isActive ? 'Active' : 'Deactivated' })),
    [members],
  )
  const columns = useMemo(
    () =>
      canManage
        ? [
            ...baseColumns,
            col.display({
              id: 'actions',
              header: () => <span className="sr-only">Actions</span>,
              meta: { align: 'end', className: 'whitespace-nowrap' },
              cell: (c) => <MemberActions member={c.row.original} />,
            }),
          ]
        : baseColumns,
    [canManage],
  )
  return (
    <DataTable
      data={rows}
      columns={columns}
      getRowId={(r) => r.id}
      caption="Members"
      searchPlaceholder="Name or email…"
      filters={filters}
      initialSorting={[{ id: 'name', desc: false }]}
      emptyMessage="No members yet."
    />
  )
}

'use client'
// The review's key register: sortable, searchable, filterable by service and model.
import Link from 'next/link'
import { useMemo } from 'react'
import { DataTable, createDataTableColumnHelper } from '@/components/ui/data-table'
import { StatusPill } from '@/components/ui/status-pill'
import { FactBadge } from '@/components/review/fact-badge'
import type { FieldProvenance } from '@/lib/domain/provenance'

export interface KeyRow {
  id: string
  href: string
  name: string
  keyRef: string
  service: string
  model: string
  administeredBy: string
  rotation: string
  validated: string
  protects: number
  stops: string
  warnings: { code: string; bad: boolean }[]
  ownershipFact?: FieldProvenance
  rotationFact?: FieldProvenance
}

const col = createDataTableColumnHelper<KeyRow>()
const columns = [
  // The reference is searchable too: an ARN pasted from a console finds its key.
  col.accessor((r) => `${r.name} ${r.keyRef}`, {
    id: 'name',
    header: 'Key',
    cell: (c) => {
      const k = c.row.original
      return (
        <span>
          <Link href={k.href} className="font-medium text-sky-800 hover:underline">
            {k.name}
          </Link>
          <span className="block max-w-64 truncate font-mono text-[11px] text-slate-500">{k.keyRef}</span>
          {k.warnings.map((w) => (
            <span key={w.code} className="mt-0.5 block">
              <StatusPill tone={w.bad ? 'bad' : 'warn'}>{w.code}</StatusPill>
            </span>
          ))}
        </span>
      )
    },
  }),
  col.accessor('service', { header: 'Service' }),
  col.accessor('model', {
    header: 'Model',
    cell: (c) => (
      <span>
        {c.getValue()}
        <span className="block">
          <FactBadge fact={c.row.original.ownershipFact} />
        </span>
      </span>
    ),
  }),
  col.accessor('administeredBy', { header: 'Administered by', cell: (c) => c.getValue() || '—' }),
  col.accessor('rotation', {
    header: 'Rotation',
    cell: (c) => (
      <span>
        {c.getValue()}
        <span className="block">
          <FactBadge fact={c.row.original.rotationFact} />
        </span>
      </span>
    ),
  }),
  col.accessor('validated', { header: 'Validated', meta: { className: 'whitespace-nowrap' } }),
  col.accessor('protects', {
    header: 'Protects',
    meta: { align: 'end' },
    cell: (c) => `${c.getValue()} ${c.getValue() === 1 ? 'location' : 'locations'}`,
  }),
  col.accessor('stops', {
    header: 'Stops if disabled',
    meta: { className: 'text-xs' },
    cell: (c) => c.getValue() || '—',
  }),
]

const distinct = (rows: KeyRow[], pick: (r: KeyRow) => string) =>
  [...new Set(rows.map(pick))].sort().map((v) => ({ value: v, label: v }))

export function KeyRegisterTable({ rows }: { rows: KeyRow[] }) {
  const filters = useMemo(
    () => [
      { columnId: 'service', label: 'Service', options: distinct(rows, (r) => r.service) },
      { columnId: 'model', label: 'Model', options: distinct(rows, (r) => r.model) },
    ],
    [rows],
  )
  return (
    <DataTable
      data={rows}
      columns={columns}
      getRowId={(r) => r.id}
      caption="Key register"
      searchPlaceholder="Alias, ARN, administrator…"
      filters={filters}
    />
  )
}

import Link from 'next/link'
import { StackedBar } from './stacked-bar'
import type { ChartSegment } from './legend'

export interface GateRow {
  key: string
  label: string
  href: string
  segments: ChartSegment[]
}

/** Small multiples: one labelled stacked bar per gate, the label linking to the gate's page. */
export function GateRows({ rows, empty }: { rows: GateRow[]; empty: string }) {
  if (rows.length === 0) return <p className="text-xs text-slate-500">{empty}</p>
  return (
    <ul className="space-y-1.5">
      {rows.map((r) => {
        const total = r.segments.reduce((n, s) => n + s.count, 0)
        return (
          <li key={r.key} className="grid grid-cols-[9.5rem_minmax(0,1fr)_2rem] items-center gap-2 text-xs">
            <Link href={r.href} className="truncate text-sky-800 hover:underline">
              {r.label}
            </Link>
            <StackedBar title={r.label} segments={r.segments} height={10} />
            <span className="text-right font-medium tabular-nums text-slate-800">{total}</span>
          </li>
        )
      })}
    </ul>
  )
}

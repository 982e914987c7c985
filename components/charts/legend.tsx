import Link from 'next/link'

export interface ChartSegment {
  key: string
  label: string
  count: number
  color: string
  /** Where the filtered list for this segment lives; segments without one are plain text. */
  href?: string
}

/** The chart's numbers as words: a swatch, the label and the count, each a link to its filtered list. */
export function Legend({ segments, unit }: { segments: ChartSegment[]; unit?: (n: number) => string }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
      {segments.map((s) => {
        const body = (
          <>
            <span aria-hidden className="inline-block size-2.5 shrink-0 rounded-sm" style={{ background: s.color }} />
            <span>{s.label}</span>
            <span className="font-semibold tabular-nums text-slate-900">{unit ? unit(s.count) : s.count}</span>
          </>
        )
        return (
          <li key={s.key}>
            {s.href && s.count > 0 ? (
              <Link
                href={s.href}
                className="inline-flex items-center gap-1.5 text-sky-800 underline-offset-2 hover:underline"
              >
                {body}
              </Link>
            ) : (
              <span className="inline-flex items-center gap-1.5">{body}</span>
            )}
          </li>
        )
      })}
    </ul>
  )
}

/** "Customer-controlled key 5, Provider-managed key 2": what a screen reader hears for a chart. */
export const describeSegments = (segments: ChartSegment[]) => segments.map((s) => `${s.label} ${s.count}`).join(', ')

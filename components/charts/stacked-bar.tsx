import { describeSegments, type ChartSegment } from './legend'

/**
 * One horizontal bar split by count. A server-rendered SVG: role="img" with a title naming every number.
 * An image holds no links (axe: nested-interactive), so each segment's link is its legend entry or row label.
 */
export function StackedBar({
  title,
  segments,
  height = 14,
}: {
  title: string
  segments: ChartSegment[]
  height?: number
}) {
  const total = segments.reduce((n, s) => n + s.count, 0)
  const width = 400
  let x = 0
  const label = total ? `${title}: ${describeSegments(segments)}` : `${title}: none`
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      className="block w-full overflow-visible"
      style={{ height }}
    >
      <title>{label}</title>
      <rect x={0} y={0} width={width} height={height} rx={3} fill="#f1f5f9" />
      {total > 0 &&
        segments.map((s) => {
          if (!s.count) return null
          const w = (s.count / total) * width
          const rect = <rect key={s.key} x={x} y={0} width={Math.max(w - 1, 1)} height={height} fill={s.color} />
          x += w
          return rect
        })}
    </svg>
  )
}

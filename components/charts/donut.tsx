import { describeSegments, type ChartSegment } from './legend'

const R = 52
const RI = 34

function arc(a0: number, a1: number) {
  const p = (r: number, a: number) => `${(60 + r * Math.sin(a)).toFixed(2)} ${(60 - r * Math.cos(a)).toFixed(2)}`
  const large = a1 - a0 > Math.PI ? 1 : 0
  return `M${p(R, a0)} A${R} ${R} 0 ${large} 1 ${p(R, a1)} L${p(RI, a1)} A${RI} ${RI} 0 ${large} 0 ${p(RI, a0)} Z`
}

/**
 * A ring of equal or weighted segments with a number in the middle; role="img" with every number in its
 * label. Like every chart image it holds no links: its legend and labels beside it do.
 */
export function Donut({
  title,
  segments,
  centre,
  centreLabel,
  label: spoken,
  size = 132,
}: {
  title: string
  /** What a screen reader hears; by default the title and each segment's count. */
  label?: string
  segments: ChartSegment[]
  centre: string
  centreLabel: string
  size?: number
}) {
  const total = segments.reduce((n, s) => n + s.count, 0)
  const gap = segments.filter((s) => s.count).length > 1 ? 0.025 : 0
  let angle = 0
  const label = spoken ?? `${title}: ${describeSegments(segments)}`
  return (
    <svg role="img" aria-label={label} viewBox="0 0 120 120" width={size} height={size} className="shrink-0">
      <title>{label}</title>
      <circle cx={60} cy={60} r={(R + RI) / 2} fill="none" stroke="#f1f5f9" strokeWidth={R - RI} />
      {total > 0 &&
        segments.map((s) => {
          if (!s.count) return null
          const sweep = (s.count / total) * 2 * Math.PI
          const a0 = angle + gap / 2
          const a1 = angle + sweep - gap / 2
          angle += sweep
          const shape =
            sweep >= 2 * Math.PI - 1e-6 ? (
              <circle cx={60} cy={60} r={(R + RI) / 2} fill="none" stroke={s.color} strokeWidth={R - RI} />
            ) : (
              <path d={arc(a0, a1)} fill={s.color} />
            )
          return <g key={s.key}>{shape}</g>
        })}
      <text x={60} y={60} textAnchor="middle" fontSize={22} fontWeight={600} fill="#0f172a">
        {centre}
      </text>
      <text x={60} y={76} textAnchor="middle" fontSize={9.5} fill="#475569">
        {centreLabel}
      </text>
    </svg>
  )
}

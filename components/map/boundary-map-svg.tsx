// The storage-boundary map as server-rendered SVG: every node a link in reading order (Tab walks
// accounts and their locations, then keys, then people), its label in words beside its colour.
import type { BoundaryMapLayout, PlacedNode } from '@/lib/domain/boundary-map-layout'
import { statusLine } from '@/lib/domain/boundary-map-layout'
import { BAND_FILL, COVERAGE_COLOR, COVERAGE_FILL, INK, MUTED, NEUTRAL_FILL, RULE } from '@/lib/reports/chart-palette'

const KIND_WORDS: Record<PlacedNode['kind'], string> = {
  account: 'Cloud account',
  location: 'Storage location',
  key: 'Key',
  admin: 'Administered by',
  decryptor: 'Can decrypt',
}

export const nodeLabel = (n: PlacedNode) =>
  [KIND_WORDS[n.kind], n.title, n.detail, statusLine(n)].filter(Boolean).join(', ')

const FOCUS_CSS =
  `.kp-map a:focus{outline:none}.kp-map ` +
  `a:focus-visible>rect.kp-node{stroke:#0369a1;stroke-width:3}.kp-map a:hover>rect.kp-node{stroke:#0369a1}`

export function BoundaryMapSvg({
  layout,
  hrefOf,
  title = 'Storage-boundary map',
}: {
  layout: BoundaryMapLayout
  hrefOf: (node: PlacedNode) => string
  title?: string
}) {
  return (
    <svg
      role="group"
      aria-label={`${title}: ${layout.nodes.length} nodes; the table after it lists the same`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      className="kp-map block h-auto w-full"
      style={{ maxWidth: layout.width }}
      fontFamily="inherit"
    >
      <style>{FOCUS_CSS}</style>
      <g aria-hidden>
        {layout.columns.map((c) => (
          <text key={c.title} x={c.x} y={14} fontSize={11} fontWeight={600} fill={MUTED} letterSpacing={0.4}>
            {c.title.toUpperCase()}
          </text>
        ))}
        {layout.bands.map((b) => (
          <g key={`band-${b.y}`}>
            <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={6} fill={BAND_FILL} stroke={RULE} />
            <text x={b.x + 8} y={b.y + 14} fontSize={11} fontWeight={600} fill={MUTED}>
              {b.label}
            </text>
          </g>
        ))}
        {layout.groups.map((g) => (
          <rect
            key={`group-${g.y}`}
            x={g.x + 3}
            y={g.y}
            width={g.w - 6}
            height={g.h}
            rx={5}
            fill="#fff"
            stroke={RULE}
            strokeDasharray="3 2"
          />
        ))}
        {layout.excludedBand && (
          <g>
            <rect
              x={0}
              y={layout.excludedBand.y}
              width={layout.excludedBand.w}
              height={layout.excludedBand.h}
              rx={6}
              fill="#fff"
              stroke={RULE}
              strokeDasharray="5 3"
            />
            <text x={8} y={layout.excludedBand.y + 14} fontSize={11} fontWeight={600} fill={MUTED}>
              {layout.excludedBand.label}
            </text>
          </g>
        )}
        {layout.edges.map((e) => (
          <path
            key={`${e.from}>${e.to}`}
            d={e.d}
            fill="none"
            stroke={e.model ? COVERAGE_COLOR[e.model] : '#94a3b8'}
            strokeOpacity={0.7}
            strokeWidth={1.4}
          />
        ))}
      </g>
      {layout.nodes.map((n) => (
        <MapNode key={n.id} node={n} href={hrefOf(n)} />
      ))}
    </svg>
  )
}

function MapNode({ node: n, href }: { node: PlacedNode; href: string }) {
  const excluded = n.kind === 'location' && n.exclusionReason !== undefined
  const fill = n.model ? COVERAGE_FILL[n.model] : NEUTRAL_FILL
  const stripe = n.model ? COVERAGE_COLOR[n.model] : null
  return (
    <a href={href} tabIndex={0} aria-label={nodeLabel(n)}>
      <rect
        className="kp-node"
        x={n.x}
        y={n.y}
        width={n.w}
        height={n.h}
        rx={4}
        fill={excluded ? '#f8fafc' : fill}
        stroke={n.blockers ? '#dc2626' : RULE}
        strokeWidth={n.blockers ? 1.5 : 1}
        strokeDasharray={excluded ? '4 2' : undefined}
      />
      {stripe && <rect x={n.x} y={n.y} width={4} height={n.h} rx={2} fill={stripe} />}
      {n.lines.map((l, i) => {
        const color =
          l.role === 'status'
            ? n.blockers
              ? '#b91c1c'
              : n.warnings
                ? '#92400e'
                : INK
            : l.role === 'title'
              ? INK
              : MUTED
        return (
          <text
            key={i}
            x={n.x + 7 + (stripe ? 4 : 0)}
            y={n.y + l.dy}
            fontSize={l.size}
            fontWeight={l.bold ? 600 : 400}
            fill={color}
          >
            {l.text}
          </text>
        )
      })}
    </a>
  )
}

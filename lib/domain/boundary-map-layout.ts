// Geometry of the storage-boundary map: columns accounts → locations → keys → administrators (→ who
// can decrypt, once imported), rows sized to their wrapped labels, keys and people placed beside what
// they connect to without overlapping, edges as cubic paths, excluded locations in a band below.
// Plain arithmetic over a known column order: no layout library is needed for a layered graph this regular.
import type { BoundaryGraph, MapNode } from './boundary-map'
import type { CoverageModel } from './overview-charts'
import { estimateWidth, wrapLabel, type Measure } from './text-measure'

export interface MapLine {
  text: string
  size: number
  bold: boolean
  role: 'title' | 'detail' | 'status'
  /** Baseline offset from the node's top. */
  dy: number
}
export interface PlacedNode extends MapNode {
  x: number
  y: number
  w: number
  h: number
  lines: MapLine[]
}
export interface PlacedRect {
  label: string
  x: number
  y: number
  w: number
  h: number
}
export interface PlacedEdge {
  from: string
  to: string
  model: CoverageModel | null
  d: string
}
export interface BoundaryMapLayout {
  width: number
  height: number
  columns: { title: string; x: number; w: number }[]
  /** Controller bands and account groups (containers drawn behind the nodes). */
  bands: PlacedRect[]
  groups: PlacedRect[]
  excludedBand: PlacedRect | null
  /** In reading order: band by band each account then its locations; keys; administrators; decryptors; excluded. */
  nodes: PlacedNode[]
  edges: PlacedEdge[]
}

export interface LayoutOptions {
  width: number
  measure?: Measure
  /** Title size; details are one point smaller. */
  fontSize?: number
}

const PAD = 7
const GAP = 6
const HEADER = 22
const BAND_HEAD = 20
const GROUP_PAD = 5
const EDGE_GUTTER = 46

export function layoutBoundaryMap(graph: BoundaryGraph, options: LayoutOptions): BoundaryMapLayout {
  const measure = options.measure ?? estimateWidth
  const size = options.fontSize ?? 12
  const small = size - 1.5
  const lead = (s: number) => Math.round(s * 1.3 * 10) / 10
  const hasDecryptors = graph.decryptors.length > 0
  const titles = [
    'Cloud accounts',
    'Storage locations',
    'Keys',
    'Administered by',
    ...(hasDecryptors ? ['Can decrypt'] : []),
  ]
  const weights = hasDecryptors ? [0.19, 0.25, 0.21, 0.17, 0.18] : [0.22, 0.3, 0.26, 0.22]
  const gutters = [12, ...Array(titles.length - 2).fill(EDGE_GUTTER)] as number[]
  const usable = options.width - gutters.reduce((a, b) => a + b, 0)
  let cursor = 0
  const columns = titles.map((title, i) => {
    const col = { title, x: cursor, w: Math.floor(usable * weights[i]) }
    cursor += col.w + (gutters[i] ?? 0)
    return col
  })

  const place = (node: MapNode, col: { x: number; w: number }, y: number, inset = 0): PlacedNode => {
    const w = col.w - 2 * inset
    const inner = w - 2 * PAD - (node.kind === 'location' || node.kind === 'key' ? 4 : 0)
    const lines: MapLine[] = []
    let dy = PAD
    const add = (texts: string[], s: number, role: MapLine['role']) => {
      for (const text of texts) {
        dy += lead(s)
        lines.push({ text, size: s, bold: role !== 'detail', role, dy: dy - lead(s) * 0.28 })
      }
    }
    add(wrapLabel(node.title, inner, size, measure, { bold: true, maxLines: 2 }), size, 'title')
    if (node.detail) add(wrapLabel(node.detail, inner, small, measure, { maxLines: 2 }), small, 'detail')
    const status = statusLine(node)
    if (status) add(wrapLabel(status, inner, small, measure, { bold: true, maxLines: 2 }), small, 'status')
    return { ...node, x: col.x + inset, y, w, h: dy + PAD, lines }
  }

  const nodes: PlacedNode[] = []
  const bands: PlacedRect[] = []
  const groups: PlacedRect[] = []
  const top = HEADER + 6
  let y = top
  for (const band of graph.bands) {
    const bandTop = y
    y += BAND_HEAD
    for (const { node, locations } of band.accounts) {
      const groupTop = y
      const account = place(node, columns[0], groupTop + GROUP_PAD, GROUP_PAD)
      nodes.push(account)
      let ly = groupTop + GROUP_PAD
      for (const location of locations) {
        const placed = place(location, columns[1], ly)
        nodes.push(placed)
        ly += placed.h + GAP
      }
      const bottom = Math.max(account.y + account.h, ly - (locations.length ? GAP : 0)) + GROUP_PAD
      groups.push({
        label: node.title,
        x: columns[0].x,
        y: groupTop,
        w: columns[1].x + columns[1].w,
        h: bottom - groupTop,
      })
      y = bottom + GAP
    }
    bands.push({ label: band.label, x: 0, y: bandTop, w: columns[1].x + columns[1].w, h: y - bandTop })
    y += GAP
  }
  const leftBottom = y

  const centre = new Map(nodes.map((n) => [n.id, n.y + n.h / 2]))
  const byTarget = new Map<string, string[]>()
  for (const e of graph.edges) byTarget.set(e.to, [...(byTarget.get(e.to) ?? []), e.from])
  // Each node of a right-hand column sits at the mean height of what links to it, pushed down to clear the one above.
  const stack = (list: MapNode[], col: number) => {
    const sized = list.map((n) => {
      const linked = (byTarget.get(n.id) ?? []).flatMap((id) => centre.get(id) ?? [])
      const placed = place(n, columns[col], 0)
      const want = linked.length ? linked.reduce((a, b) => a + b, 0) / linked.length - placed.h / 2 : Infinity
      return { placed, want }
    })
    sized.sort((a, b) => a.want - b.want)
    let floor = top
    for (const s of sized) {
      s.placed.y = Math.max(floor, Number.isFinite(s.want) ? s.want : floor)
      floor = s.placed.y + s.placed.h + GAP
      centre.set(s.placed.id, s.placed.y + s.placed.h / 2)
      nodes.push(s.placed)
    }
    return floor
  }
  let bottom = Math.max(leftBottom, stack(graph.keys, 2), stack(graph.admins, 3))
  if (hasDecryptors) bottom = Math.max(bottom, stack(graph.decryptors, 4))

  const find = new Map(nodes.map((n) => [n.id, n]))
  const edges = graph.edges.flatMap((e): PlacedEdge[] => {
    const a = find.get(e.from)
    const b = find.get(e.to)
    if (!a || !b) return []
    const x1 = a.x + a.w
    const y1 = a.y + a.h / 2
    const x2 = b.x
    const y2 = b.y + b.h / 2
    const dx = (x2 - x1) / 2
    return [{ ...e, d: `M${r(x1)} ${r(y1)} C${r(x1 + dx)} ${r(y1)} ${r(x2 - dx)} ${r(y2)} ${r(x2)} ${r(y2)}` }]
  })

  let excludedBand: PlacedRect | null = null
  if (graph.excluded.length > 0) {
    const bandTop = bottom + 10
    const perRow = 3
    const w = (options.width - (perRow - 1) * 10) / perRow
    let rowTop = bandTop + BAND_HEAD + GROUP_PAD
    let rowBottom = rowTop
    graph.excluded.forEach((node, i) => {
      if (i > 0 && i % perRow === 0) rowTop = rowBottom + GAP
      const placed = place(node, { x: (i % perRow) * (w + 10), w }, rowTop, GROUP_PAD)
      nodes.push(placed)
      rowBottom = Math.max(rowBottom, placed.y + placed.h)
    })
    excludedBand = {
      label: 'Excluded from scope',
      x: 0,
      y: bandTop,
      w: options.width,
      h: rowBottom + GROUP_PAD - bandTop,
    }
    bottom = excludedBand.y + excludedBand.h
  }
  return { width: options.width, height: Math.ceil(bottom + 2), columns, bands, groups, excludedBand, nodes, edges }
}

const r = (n: number) => Math.round(n * 10) / 10

const MODEL_WORDS: Record<CoverageModel, string> = {
  CUSTOMER: 'Customer key',
  PROVIDER: 'Provider key',
  UNKNOWN: 'Key model unknown',
  UNENCRYPTED: 'Unencrypted',
}

/** The node's third line: its key model in words (locations) and open blockers and warnings. */
export function statusLine(node: MapNode): string {
  const parts: string[] = []
  if (node.kind === 'location' && node.model) parts.push(MODEL_WORDS[node.model])
  if (node.kind === 'location' && node.exclusionReason !== undefined)
    parts.push(`Excluded: ${node.exclusionReason?.trim() || 'no reason given'}`)
  if (node.blockers) parts.push(`${node.blockers} blocker${node.blockers === 1 ? '' : 's'}`)
  if (node.warnings) parts.push(`${node.warnings} warning${node.warnings === 1 ? '' : 's'}`)
  return parts.join(' · ')
}

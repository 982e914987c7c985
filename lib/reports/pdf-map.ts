// The storage-boundary map in the PDF: the same layout as the web page, measured with the PDF's own
// fonts, drawn as vectors, and cut between rows of nodes when it is taller than a page.
import { layoutBoundaryMap, type BoundaryMapLayout, type PlacedNode } from '@/lib/domain/boundary-map-layout'
import { BAND_FILL, COVERAGE_COLOR, COVERAGE_FILL, INK, MUTED, NEUTRAL_FILL, RULE } from './chart-palette'
import { PAGE, STYLE, type PdfLayout } from './pdf-layout'
import { plural } from './pdf-format'
import type { ReadinessReport } from './report-types'

const SIZE = 7
/** Past this many locations the printed map runs to many pages of boxes; the inventory table says it better. */
export const MAP_PRINT_LIMIT = 150

/** The y values at which the map may be cut: no node spans them. */
function cutPoints(map: BoundaryMapLayout): number[] {
  const spans = map.nodes.map((n) => [n.y - 3, n.y + n.h + 3] as const)
  const points = [...new Set(map.nodes.map((n) => Math.round(n.y + n.h + 4)))].filter(
    (y) => !spans.some(([a, b]) => y > a && y < b),
  )
  return points.sort((a, b) => a - b)
}

export function mapFigure(layout: PdfLayout, report: ReadinessReport) {
  const graph = report.map
  const locations = graph.bands.reduce((n, b) => n + b.accounts.reduce((m, a) => m + a.locations.length, 0), 0)
  if (locations + graph.excluded.length === 0) {
    layout.text({ text: 'No locations yet: the map fills in as the inventory does.', style: 'bodyMuted' }, { after: 6 })
    return
  }
  if (locations + graph.excluded.length > MAP_PRINT_LIMIT) {
    layout.text(
      {
        text:
          `The map of ${plural(locations + graph.excluded.length, 'location')} is too large to print ` +
          `legibly: open it on the review's Map tab. Section 3 lists every location with its key.`,
        style: 'bodyMuted',
      },
      { after: 6 },
    )
    return
  }
  const measure = (text: string, size: number, bold = false) =>
    layout.fonts.width(text, bold ? 'sans-bold' : 'sans', size)
  const map = layoutBoundaryMap(graph, { width: layout.width, measure, fontSize: SIZE })
  const accounts = graph.bands.reduce((n, b) => n + b.accounts.length, 0)
  const alt =
    `Storage-boundary map: ${plural(accounts, 'account')} holding ${plural(locations, 'in-scope location')}, ` +
    `${plural(graph.keys.length, 'key')}, ${plural(graph.admins.length, 'administrator')}` +
    `${graph.excluded.length ? `, ${plural(graph.excluded.length, 'excluded location')}` : ''}. ` +
    'Section 3 lists every location with its key.'
  const cuts = cutPoints(map)
  let from = 0
  while (from < map.height) {
    const room = layout.room
    const limit = from + room
    const to = limit >= map.height ? map.height : (cuts.filter((c) => c > from + 40 && c <= limit).pop() ?? limit)
    if (to - from < 60 && layout.y > PAGE.top && to < map.height) {
      layout.pageBreak()
      continue
    }
    const top = layout.y
    layout.tag('Figure', () => drawSlice(layout, map, from, to, top), { alt: from === 0 ? alt : `${alt} (continued)` })
    layout.y += to - from + 4
    from = to
    if (from < map.height) layout.pageBreak()
  }
}

function drawSlice(layout: PdfLayout, map: BoundaryMapLayout, from: number, to: number, top: number) {
  const { doc } = layout
  const x0 = layout.left
  doc
    .save()
    .rect(x0 - 2, top, layout.width + 4, to - from)
    .clip()
  doc.translate(x0, top - from)
  const text = (t: string, x: number, y: number, size: number, bold: boolean, color: string) => {
    const style = bold ? STYLE.cellBold : STYLE.cell
    doc.fillColor(color)
    layout.fonts.draw(t, style.font, size, x, y)
  }
  for (const c of map.columns) text(c.title.toUpperCase(), c.x, 10, 6.2, true, MUTED)
  for (const b of map.bands) {
    doc.save().roundedRect(b.x, b.y, b.w, b.h, 4).fillAndStroke(BAND_FILL, RULE).restore()
    text(b.label, b.x + 6, b.y + 12, 6.5, true, MUTED)
  }
  for (const g of map.groups)
    doc
      .save()
      .roundedRect(g.x + 3, g.y, g.w - 6, g.h, 3)
      .dash(2, { space: 1.5 })
      .fillAndStroke('#ffffff', RULE)
      .restore()
  if (map.excludedBand) {
    const b = map.excludedBand
    doc.save().roundedRect(b.x, b.y, b.w, b.h, 4).dash(3, { space: 2 }).stroke(RULE).restore()
    text(b.label, b.x + 6, b.y + 12, 6.5, true, MUTED)
  }
  for (const e of map.edges)
    doc
      .save()
      .path(e.d)
      .lineWidth(0.8)
      .strokeOpacity(0.75)
      .stroke(e.model ? COVERAGE_COLOR[e.model] : '#94a3b8')
      .restore()
  for (const n of map.nodes) if (n.y + n.h >= from && n.y <= to) drawNode(layout, n, text)
  doc.restore()
}

function drawNode(
  layout: PdfLayout,
  n: PlacedNode,
  text: (t: string, x: number, y: number, size: number, bold: boolean, color: string) => void,
) {
  const { doc } = layout
  const excluded = n.kind === 'location' && n.exclusionReason !== undefined
  const fill = excluded ? '#f8fafc' : n.model ? COVERAGE_FILL[n.model] : NEUTRAL_FILL
  doc
    .save()
    .roundedRect(n.x, n.y, n.w, n.h, 2.5)
    .lineWidth(n.blockers ? 1 : 0.6)
  if (excluded) doc.dash(2, { space: 1.5 })
  doc.fillAndStroke(fill, n.blockers ? '#dc2626' : RULE).restore()
  const stripe = n.model ? COVERAGE_COLOR[n.model] : null
  if (stripe) doc.save().rect(n.x, n.y, 3, n.h).fill(stripe).restore()
  for (const l of n.lines) {
    const color =
      l.role === 'status' ? (n.blockers ? '#b91c1c' : n.warnings ? '#92400e' : INK) : l.role === 'title' ? INK : MUTED
    text(l.text, n.x + 7 + (stripe ? 4 : 0), n.y + l.dy, l.size, l.bold, color)
  }
}

// Tables for the PDF: columns by relative width, header repeated on every page the table reaches,
// rows kept whole when they fit on a page and split between lines when they do not, and
// full-width "span" rows for what belongs under a row (a gate's sign-offs, a key's blast radius).
// Tagged as Table › TR › TH/TD; the header repeated on later pages is an artifact.
import { COLOR, heightOf, type Line, type PdfLayout, type Rich } from './pdf-layout'

export interface Column {
  header: string
  weight: number
  align?: 'left' | 'right'
}

export type TableRow =
  | { cells: Rich[]; strong?: boolean; joined?: boolean }
  | { span: Rich; indent?: number; tint?: boolean; joined?: boolean }

const PAD_X = 3.5
const PAD_Y = 3.5

interface Block {
  x: number
  width: number
  align: 'left' | 'right'
  lines: Line[]
}
interface Laid {
  blocks: Block[]
  tint: boolean
  strong: boolean
  joined: boolean
}

export function table(layout: PdfLayout, columns: Column[], rows: TableRow[], options: { continued: string }) {
  const total = columns.reduce((s, c) => s + c.weight, 0)
  let x = layout.left
  const cols = columns.map((c) => {
    const col = { ...c, x, width: (c.weight / total) * layout.width }
    x += col.width
    return col
  })
  const headerBlocks = cols.map((c) => ({
    x: c.x,
    width: c.width,
    align: c.align ?? 'left',
    lines: layout.lines({ text: c.header, style: 'th' }, c.width - 2 * PAD_X),
  }))
  const headerHeight = Math.max(...headerBlocks.map((b) => heightOf(b.lines))) + 2 * PAD_Y
  const continuedLines = layout.lines({ text: options.continued, style: 'label' }, layout.width)
  const continuedHeight = heightOf(continuedLines) + 2

  const lay = (row: TableRow): Laid => {
    if ('span' in row) {
      const indent = row.indent ?? 0
      const width = layout.width - indent
      return {
        tint: row.tint ?? false,
        strong: false,
        joined: row.joined ?? false,
        blocks: [
          { x: layout.left + indent, width, align: 'left', lines: layout.lines(row.span, width - 2 * PAD_X, 'cell') },
        ],
      }
    }
    return {
      tint: false,
      strong: row.strong ?? false,
      joined: row.joined ?? false,
      blocks: cols.map((c, i) => ({
        x: c.x,
        width: c.width,
        align: c.align ?? 'left',
        lines: layout.lines(row.cells[i] ?? '', c.width - 2 * PAD_X, 'cell'),
      })),
    }
  }

  const drawHeader = (isRepeat: boolean) => {
    layout.fill(layout.left, layout.y, layout.width, headerHeight, COLOR.headFill)
    const top = layout.y
    if (isRepeat) layout.artifact(() => headerBlocks.forEach((b) => drawBlock(b, b.lines, top)))
    else
      layout.group('TR', () =>
        headerBlocks.forEach((b) => layout.tag('TH', () => drawBlock(b, b.lines, top), { scope: 'Column' })),
      )
    layout.y += headerHeight
  }
  const drawBlock = (b: Block, lines: Line[], top: number) => {
    let y = top + PAD_Y
    for (const line of lines) {
      layout.drawLine(line, b.x + PAD_X, y, b.width - 2 * PAD_X, b.align)
      y += line.height
    }
  }
  const maxBody = layout.fullRoom - headerHeight - continuedHeight

  // Rows marked `joined` stay on a page with what follows them (a gate with its first sign-off);
  // the header stays with the first row. A row taller than a page is split between lines instead.
  const laid = rows.map(lay)
  const heights = laid.map((r) => rowHeight(r.blocks.map((b) => b.lines)))
  const keep = (i: number) => {
    let height = 0
    let j = i
    for (; j < laid.length - 1 && laid[j].joined; j++) height += heights[j]
    return Math.min(height + heights[j], maxBody)
  }
  layout.ensure(headerHeight + (laid.length ? keep(0) : 0))
  const previousBreak = layout.onPageBreak
  layout.onPageBreak = () => {
    layout.artifact(() => {
      for (const line of continuedLines) {
        layout.drawLine(line, layout.left, layout.y)
        layout.y += line.height
      }
    })
    layout.y += 2
    drawHeader(true)
  }
  layout.group('Table', () => {
    drawHeader(false)
    laid.forEach((row, index) => layout.group('TR', () => drawRow(row, index)))
  })
  layout.onPageBreak = previousBreak
  layout.y += 4

  function drawRow(row: Laid, index: number) {
    if (index > 0 && !laid[index - 1].joined && keep(index) > layout.room) layout.pageBreak()
    let pending: Line[][] | null = row.blocks.map((b) => b.lines)
    let moved = false
    while (pending) {
      const height = rowHeight(pending)
      if (height <= layout.room) {
        paint(layout, row, pending, height, drawBlock)
        layout.y += height
        break
      }
      if (!moved && height <= maxBody) {
        layout.pageBreak()
        moved = true
        continue
      }
      const [now, rest] = split(pending, layout.room - 2 * PAD_Y)
      if (heightOf(now.flat()) < 2 * 9.5) {
        layout.pageBreak()
        moved = true
        continue
      }
      const nowHeight = rowHeight(now)
      paint(layout, row, now, nowHeight, drawBlock)
      layout.y += nowHeight
      layout.pageBreak()
      moved = true
      pending = rest.some((lines) => lines.length) ? rest : null
    }
  }
}

function rowHeight(cells: Line[][]) {
  return Math.max(0, ...cells.map(heightOf)) + 2 * PAD_Y
}

/** Splits each cell's lines at `room` points: what fits now and what goes to the next page. */
function split(cells: Line[][], room: number): [Line[][], Line[][]] {
  const now: Line[][] = []
  const rest: Line[][] = []
  for (const lines of cells) {
    let used = 0
    let i = 0
    while (i < lines.length && used + lines[i].height <= room) used += lines[i++].height
    now.push(lines.slice(0, i))
    rest.push(lines.slice(i).map((l, j) => (j === 0 ? { ...l, height: l.height - l.gap, gap: 0 } : l)))
  }
  return [now, rest]
}

function paint(
  layout: PdfLayout,
  laid: Laid,
  cells: Line[][],
  height: number,
  drawBlock: (b: Block, lines: Line[], top: number) => void,
) {
  const top = layout.y
  if (laid.tint) {
    const b = laid.blocks[0]
    layout.fill(b.x, top, b.width, height, COLOR.tint)
  }
  if (laid.strong) layout.rule(top, COLOR.strongRule, 0.8)
  laid.blocks.forEach((b, i) => layout.tag('TD', () => drawBlock(b, cells[i], top)))
  const edge = laid.tint ? laid.blocks[0] : { x: layout.left, width: layout.width }
  if (!laid.joined) layout.rule(top + height, COLOR.rule, 0.4, edge.x, edge.width)
}

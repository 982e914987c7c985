// A small flow layout on top of PDFKit: a cursor that moves down A4 pages, styled wrapped text that
// breaks between lines, and page geometry. Tables live in pdf-table.ts. All drawing uses the 14
// standard fonts (no font files), and text is always wrapped by us, so nothing is ever clipped.
import { wrapText } from './pdf-text'

export const PAGE = { width: 595.28, height: 841.89, marginX: 40, top: 60, bottom: 56 }

export const COLOR = {
  ink: '#1d232b',
  muted: '#5a6370',
  faint: '#868f9a',
  rule: '#d4d9df',
  strongRule: '#9aa3ad',
  headFill: '#edf0f3',
  tint: '#f6f7f9',
  bad: '#a3262c',
  warn: '#875200',
  good: '#1b7434',
  info: '#1f5a9e',
}

export interface Style {
  font: string
  size: number
  leading: number
  color: string
}

export const STYLE = {
  kicker: { font: 'Helvetica-Bold', size: 7.5, leading: 10, color: COLOR.muted },
  title: { font: 'Helvetica-Bold', size: 19, leading: 23, color: COLOR.ink },
  subtitle: { font: 'Helvetica', size: 10, leading: 13, color: COLOR.muted },
  h1: { font: 'Helvetica-Bold', size: 12.5, leading: 16, color: COLOR.ink },
  h2: { font: 'Helvetica-Bold', size: 9.5, leading: 13, color: COLOR.ink },
  body: { font: 'Helvetica', size: 8.5, leading: 11.5, color: COLOR.ink },
  bodyBold: { font: 'Helvetica-Bold', size: 8.5, leading: 11.5, color: COLOR.ink },
  bodyMuted: { font: 'Helvetica-Oblique', size: 8.5, leading: 11.5, color: COLOR.muted },
  label: { font: 'Helvetica', size: 7, leading: 9, color: COLOR.muted },
  cell: { font: 'Helvetica', size: 7.5, leading: 9.5, color: COLOR.ink },
  cellBold: { font: 'Helvetica-Bold', size: 7.5, leading: 9.5, color: COLOR.ink },
  cellMuted: { font: 'Helvetica', size: 7, leading: 9, color: COLOR.muted },
  th: { font: 'Helvetica-Bold', size: 6.8, leading: 8.5, color: COLOR.muted },
  mono: { font: 'Courier', size: 7.5, leading: 9.5, color: COLOR.ink },
  monoSmall: { font: 'Courier', size: 6.8, leading: 8.8, color: COLOR.muted },
  stat: { font: 'Helvetica-Bold', size: 16, leading: 19, color: COLOR.ink },
  chrome: { font: 'Helvetica', size: 7, leading: 9, color: COLOR.faint },
} satisfies Record<string, Style>

export type StyleName = keyof typeof STYLE

/** One paragraph of styled text; `gap` is extra space above it. */
export interface Part {
  text: string
  style?: StyleName
  color?: string
  gap?: number
}
/** What a cell or a flow block holds: text, parts, or a list of them (falsy entries are skipped). */
export type Rich = string | Part | (string | Part | null | false | undefined)[]

export interface Line {
  text: string
  style: Style
  color: string
  height: number
  gap: number
}

export function toParts(rich: Rich, defaultStyle: StyleName): Part[] {
  const items = Array.isArray(rich) ? rich : [rich]
  return items
    .filter((p): p is string | Part => Boolean(p))
    .map((p) => (typeof p === 'string' ? { text: p, style: defaultStyle } : { style: defaultStyle, ...p }))
}

export const heightOf = (lines: Line[]) => lines.reduce((sum, l) => sum + l.height, 0)

export class PdfLayout {
  readonly left = PAGE.marginX
  readonly width = PAGE.width - 2 * PAGE.marginX
  readonly bottom = PAGE.height - PAGE.bottom
  y = PAGE.top
  /** Called after every page break the flow makes (tables use it to repeat their header). */
  onPageBreak: (() => void) | null = null

  constructor(readonly doc: PDFKit.PDFDocument) {}

  get room() {
    return this.bottom - this.y
  }
  get fullRoom() {
    return this.bottom - PAGE.top
  }

  addPage() {
    this.doc.addPage({ size: 'A4', margin: 0 })
    this.y = PAGE.top
  }

  pageBreak() {
    this.addPage()
    this.onPageBreak?.()
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number) {
    if (height > this.room) this.pageBreak()
  }

  use(style: Style, color?: string) {
    this.doc
      .font(style.font)
      .fontSize(style.size)
      .fillColor(color ?? style.color)
  }

  measure(style: Style, text: string): number {
    this.use(style)
    return this.doc.widthOfString(text)
  }

  /** Wraps rich text to `width` into lines that each know their style and height. */
  lines(rich: Rich, width: number, defaultStyle: StyleName = 'body'): Line[] {
    const out: Line[] = []
    for (const part of toParts(rich, defaultStyle)) {
      const style = STYLE[part.style ?? defaultStyle]
      this.use(style)
      const measure = (t: string) => this.doc.widthOfString(t)
      wrapText(part.text, width, measure).forEach((text, i) => {
        const gap = i === 0 ? (part.gap ?? 0) : 0
        out.push({ text, style, color: part.color ?? style.color, gap, height: style.leading + gap })
      })
    }
    return out
  }

  /** Draws one line with its top at `top`; baselines sit at the same place for every font. */
  drawLine(line: Line, x: number, top: number, width?: number, align: 'left' | 'right' = 'left') {
    if (!line.text) return
    this.use(line.style, line.color)
    const baseline = top + line.gap + (line.style.leading + line.style.size * 0.68) / 2
    const dx = align === 'right' && width ? width - this.doc.widthOfString(line.text) : 0
    this.doc.text(line.text, x + dx, baseline, { lineBreak: false, baseline: 'alphabetic' })
  }

  /** Flows rich text down the page, breaking between lines. */
  text(rich: Rich, options: { x?: number; width?: number; style?: StyleName; after?: number } = {}) {
    const x = options.x ?? this.left
    const width = options.width ?? this.left + this.width - x
    for (const line of this.lines(rich, width, options.style)) {
      this.ensure(line.height)
      this.drawLine(line, x, this.y)
      this.y += line.height
    }
    this.y += options.after ?? 0
  }

  rule(y: number, color: string = COLOR.rule, weight = 0.5, x = this.left, width = this.width) {
    this.doc
      .save()
      .moveTo(x, y)
      .lineTo(x + width, y)
      .lineWidth(weight)
      .strokeColor(color)
      .stroke()
      .restore()
  }

  fill(x: number, y: number, width: number, height: number, color: string) {
    this.doc.save().rect(x, y, width, height).fillColor(color).fill().restore()
  }

  /** A numbered section heading kept together with at least `keep` points of what follows. */
  heading(title: string, keep = 60) {
    this.ensure(24 + STYLE.h1.leading + keep)
    if (this.y > PAGE.top) this.y += 14
    const [line] = this.lines({ text: title, style: 'h1' }, this.width)
    this.drawLine(line, this.left, this.y)
    this.y += line.height + 3
    this.rule(this.y, COLOR.ink, 0.8)
    this.y += 8
    this.doc.outline.addItem(title)
  }

  subheading(title: string, keep = 40) {
    const lines = this.lines({ text: title, style: 'h2' }, this.width)
    this.ensure(heightOf(lines) + 6 + keep)
    this.y += 6
    for (const line of lines) {
      this.drawLine(line, this.left, this.y)
      this.y += line.height
    }
    this.y += 3
  }
}

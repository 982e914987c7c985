// A small flow layout on top of PDFKit: a cursor that moves down A4 pages, styled wrapped text that
// breaks between lines, and page geometry. Tables live in pdf-table.ts. Text is Unicode in embedded
// Noto fonts (pdf-fonts.ts), always wrapped by us so nothing is clipped, and every drawing is tagged:
// text inside structure elements (H1, P, Table…), decoration (fills, rules, running heads) as artifacts.
import { wrapText } from './pdf-text'
import type { FontFamily, PdfFonts } from './pdf-fonts'

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
  font: FontFamily
  size: number
  leading: number
  color: string
}

export const STYLE = {
  kicker: { font: 'sans-bold', size: 7.5, leading: 10, color: COLOR.muted },
  title: { font: 'sans-bold', size: 19, leading: 23, color: COLOR.ink },
  subtitle: { font: 'sans', size: 10, leading: 13, color: COLOR.muted },
  h1: { font: 'sans-bold', size: 12.5, leading: 16, color: COLOR.ink },
  h2: { font: 'sans-bold', size: 9.5, leading: 13, color: COLOR.ink },
  body: { font: 'sans', size: 8.5, leading: 11.5, color: COLOR.ink },
  bodyBold: { font: 'sans-bold', size: 8.5, leading: 11.5, color: COLOR.ink },
  bodyMuted: { font: 'sans-italic', size: 8.5, leading: 11.5, color: COLOR.muted },
  label: { font: 'sans', size: 7, leading: 9, color: COLOR.muted },
  cell: { font: 'sans', size: 7.5, leading: 9.5, color: COLOR.ink },
  cellBold: { font: 'sans-bold', size: 7.5, leading: 9.5, color: COLOR.ink },
  cellMuted: { font: 'sans', size: 7, leading: 9, color: COLOR.muted },
  th: { font: 'sans-bold', size: 6.8, leading: 8.5, color: COLOR.muted },
  mono: { font: 'mono', size: 7.5, leading: 9.5, color: COLOR.ink },
  monoSmall: { font: 'mono', size: 6.8, leading: 8.8, color: COLOR.muted },
  stat: { font: 'sans-bold', size: 16, leading: 19, color: COLOR.ink },
  chrome: { font: 'sans', size: 7, leading: 9, color: COLOR.faint },
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
  /** The structure element new content goes under (the document, a section, a table cell). */
  private parent: PDFKit.PDFStructureElement
  /** True while drawing inside a structure element's marked content: decoration then is not marked apart. */
  private inContent = false

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly fonts: PdfFonts,
  ) {
    this.parent = doc.struct('Document')
    doc.addStructure(this.parent)
  }

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

  measure(style: Style, text: string): number {
    return this.fonts.width(text, style.font, style.size)
  }

  /** Content drawn by `draw` tagged as a structure element of `type` under the current parent. */
  tag(type: string, draw: () => void, options: { alt?: string; scope?: 'Row' | 'Column' } = {}) {
    if (this.inContent) return draw()
    // PDFKit reads `scope` (the Table attribute of a TH); its type declarations do not list it.
    const element = this.doc.struct(type, options as Parameters<PDFKit.PDFDocument['struct']>[1])
    this.parent.add(element)
    this.inContent = true
    try {
      element.add(draw)
    } finally {
      this.inContent = false
    }
    element.end()
  }

  /** A grouping element (Sect, Table, TR, L): what `body` tags goes inside it. */
  group(type: string, body: () => void) {
    if (this.inContent) return body()
    const element = this.doc.struct(type)
    this.parent.add(element)
    const outer = this.parent
    this.parent = element
    try {
      body()
    } finally {
      this.parent = outer
    }
    element.end()
  }

  /** Decoration (fills, rules, repeated headers, running heads): marked as an artifact, outside the structure. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout') {
    if (this.inContent) return draw()
    this.doc.markContent('Artifact', { type })
    draw()
    this.doc.endMarkedContent()
  }

  /** Wraps rich text to `width` into lines that each know their style and height. */
  lines(rich: Rich, width: number, defaultStyle: StyleName = 'body'): Line[] {
    const out: Line[] = []
    for (const part of toParts(rich, defaultStyle)) {
      const style = STYLE[part.style ?? defaultStyle]
      const measure = (t: string) => this.fonts.width(t, style.font, style.size)
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
    const baseline = top + line.gap + (line.style.leading + line.style.size * 0.68) / 2
    const dx = align === 'right' && width ? width - this.measure(line.style, line.text) : 0
    this.doc.fillColor(line.color)
    this.fonts.draw(line.text, line.style.font, line.style.size, x + dx, baseline)
  }

  /** Flows rich text down the page as one paragraph (or `tag`), breaking between lines. */
  text(rich: Rich, options: { x?: number; width?: number; style?: StyleName; after?: number; tag?: string } = {}) {
    const x = options.x ?? this.left
    const width = options.width ?? this.left + this.width - x
    const lines = this.lines(rich, width, options.style)
    if (lines.some((l) => l.text)) {
      this.ensure(lines[0].height)
      this.tag(options.tag ?? 'P', () => {
        for (const line of lines) {
          this.ensure(line.height)
          this.drawLine(line, x, this.y)
          this.y += line.height
        }
      })
    } else this.y += lines.reduce((h, l) => h + l.height, 0)
    this.y += options.after ?? 0
  }

  rule(y: number, color: string = COLOR.rule, weight = 0.5, x = this.left, width = this.width) {
    this.artifact(() =>
      this.doc
        .save()
        .moveTo(x, y)
        .lineTo(x + width, y)
        .lineWidth(weight)
        .strokeColor(color)
        .stroke()
        .restore(),
    )
  }

  fill(x: number, y: number, width: number, height: number, color: string) {
    this.artifact(() => this.doc.save().rect(x, y, width, height).fillColor(color).fill().restore())
  }

  /** A numbered section heading kept together with at least `keep` points of what follows. */
  heading(title: string, keep = 60) {
    this.ensure(24 + STYLE.h1.leading + keep)
    if (this.y > PAGE.top) this.y += 14
    const [line] = this.lines({ text: title, style: 'h1' }, this.width)
    this.tag('H2', () => this.drawLine(line, this.left, this.y))
    this.y += line.height + 3
    this.rule(this.y, COLOR.ink, 0.8)
    this.y += 8
    this.doc.outline.addItem(title)
  }

  subheading(title: string, keep = 40) {
    const lines = this.lines({ text: title, style: 'h2' }, this.width)
    this.ensure(heightOf(lines) + 6 + keep)
    this.y += 6
    this.tag('H3', () => {
      for (const line of lines) {
        this.drawLine(line, this.left, this.y)
        this.y += line.height
      }
    })
    this.y += 3
  }
}

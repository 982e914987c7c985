// Vector chart primitives for the PDF, drawn from the same numbers and colours as the web charts:
// a ring, a stacked bar, a legend (swatch, word, number) and per-gate small multiples.
import { COLOR, STYLE, type PdfLayout, type Style } from './pdf-layout'

export interface PdfSegment {
  label: string
  count: number
  color: string
}

export function ring(layout: PdfLayout, cx: number, cy: number, r: number, ri: number, segments: PdfSegment[]) {
  const { doc } = layout
  const total = segments.reduce((n, s) => n + s.count, 0)
  doc
    .save()
    .circle(cx, cy, (r + ri) / 2)
    .lineWidth(r - ri)
    .strokeColor(COLOR.headFill)
    .stroke()
    .restore()
  if (!total) return
  const gap = segments.filter((s) => s.count).length > 1 ? 0.03 : 0
  let angle = 0
  for (const s of segments) {
    if (!s.count) continue
    const sweep = (s.count / total) * 2 * Math.PI
    if (sweep >= 2 * Math.PI - 1e-6) {
      doc
        .save()
        .circle(cx, cy, (r + ri) / 2)
        .lineWidth(r - ri)
        .strokeColor(s.color)
        .stroke()
        .restore()
      break
    }
    const a0 = angle + gap / 2
    const a1 = angle + sweep - gap / 2
    angle += sweep
    const p = (radius: number, a: number) =>
      `${(cx + radius * Math.sin(a)).toFixed(2)} ${(cy - radius * Math.cos(a)).toFixed(2)}`
    const large = a1 - a0 > Math.PI ? 1 : 0
    doc
      .save()
      .path(`M${p(r, a0)} A${r} ${r} 0 ${large} 1 ${p(r, a1)} L${p(ri, a1)} A${ri} ${ri} 0 ${large} 0 ${p(ri, a0)} Z`)
      .fillColor(s.color)
      .fill()
      .restore()
  }
}

export function stackedBar(layout: PdfLayout, x: number, y: number, w: number, h: number, segments: PdfSegment[]) {
  const { doc } = layout
  doc.save().roundedRect(x, y, w, h, 2).fillColor(COLOR.headFill).fill().restore()
  const total = segments.reduce((n, s) => n + s.count, 0)
  if (!total) return
  let at = x
  for (const s of segments) {
    if (!s.count) continue
    const sw = (s.count / total) * w
    doc
      .save()
      .rect(at, y, Math.max(sw - 0.8, 0.8), h)
      .fillColor(s.color)
      .fill()
      .restore()
    at += sw
  }
}

/** Swatch, label and count for each segment, wrapping to `w`; returns the height used. */
export function legend(layout: PdfLayout, x: number, y: number, w: number, segments: PdfSegment[]): number {
  const style = STYLE.cell
  const bold = STYLE.cellBold
  let cx = x
  let cy = y
  for (const s of segments) {
    const words = `${s.label} `
    const number = String(s.count)
    const width = 10 + layout.measure(style, words) + layout.measure(bold, number) + 12
    if (cx > x && cx + width > x + w) {
      cx = x
      cy += style.leading + 1
    }
    layout.doc
      .save()
      .roundedRect(cx, cy + 2, 6.5, 6.5, 1)
      .fillColor(s.color)
      .fill()
      .restore()
    const line = (text: string, st: Style, at: number) =>
      layout.drawLine({ text, style: st, color: st.color, gap: 0, height: st.leading }, at, cy)
    line(words, style, cx + 10)
    line(number, bold, cx + 10 + layout.measure(style, words))
    cx += width
  }
  return cy + style.leading - y
}

export interface PdfGateRow {
  label: string
  segments: PdfSegment[]
}

/** One labelled bar per row with its total at the right; returns the height used. */
export function gateRows(layout: PdfLayout, x: number, y: number, w: number, rows: PdfGateRow[]): number {
  const labelWidth = 92
  const totalWidth = 22
  const rowHeight = 11.5
  rows.forEach((row, i) => {
    const top = y + i * rowHeight
    const line = (text: string, at: number, width?: number, align: 'left' | 'right' = 'left') =>
      layout.drawLine(
        { text, style: STYLE.cell, color: COLOR.ink, gap: 0, height: STYLE.cell.leading },
        at,
        top,
        width,
        align,
      )
    line(row.label, x)
    stackedBar(layout, x + labelWidth, top + 2.5, w - labelWidth - totalWidth - 6, 5.5, row.segments)
    line(String(row.segments.reduce((n, s) => n + s.count, 0)), x + w - totalWidth, totalWidth, 'right')
  })
  return rows.length * rowHeight
}

export const describe = (segments: PdfSegment[]) => segments.map((s) => `${s.label} ${s.count}`).join(', ')

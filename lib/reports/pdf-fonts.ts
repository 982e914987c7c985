// Unicode text in the PDF. PDFKit draws each string in one font and does no fallback, so every
// string is cut into runs, each drawn in the first font of its family's chain that has the glyphs:
// Noto Sans (Latin, Greek, Cyrillic), Noto Sans Arabic, Noto Sans SC (CJK: Han, kana), Noto Sans
// Symbols 2 (✓ ✗ and the like). The font files are passed in (lib/reports/pdf-font-files.ts reads them).

/** The font files, as bytes. */
export interface PdfFontFiles {
  sans: Uint8Array
  sansBold: Uint8Array
  sansItalic: Uint8Array
  mono: Uint8Array
  arabic: Uint8Array
  arabicBold: Uint8Array
  cjk: Uint8Array
  cjkBold: Uint8Array
  symbols: Uint8Array
}

/** The four families styles name; each falls back through the script fonts. */
export type FontFamily = 'sans' | 'sans-bold' | 'sans-italic' | 'mono'

const CHAINS: Record<FontFamily, (keyof PdfFontFiles)[]> = {
  sans: ['sans', 'arabic', 'cjk', 'symbols'],
  'sans-bold': ['sansBold', 'arabicBold', 'cjkBold', 'symbols'],
  'sans-italic': ['sansItalic', 'arabic', 'cjk', 'symbols'],
  mono: ['mono', 'sans', 'arabic', 'cjk', 'symbols'],
}

interface GlyphSource {
  hasGlyphForCodePoint(codePoint: number): boolean
}

export interface Run {
  font: keyof PdfFontFiles
  text: string
}

// Spaces and marks join the run they sit in, so an Arabic phrase stays one run (shaped and ordered together).
const JOINS = /[\s\p{M}\u200c\u200d]/u

export class PdfFonts {
  private readonly covers = new Map<keyof PdfFontFiles, Map<number, boolean>>()

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    files: PdfFontFiles,
  ) {
    for (const name of Object.keys(files) as (keyof PdfFontFiles)[]) {
      doc.registerFont(name, Buffer.from(files[name]))
    }
  }

  private has(font: keyof PdfFontFiles, codePoint: number): boolean {
    let cache = this.covers.get(font)
    if (!cache) {
      cache = new Map()
      this.covers.set(font, cache)
    }
    let known = cache.get(codePoint)
    if (known === undefined) {
      this.doc.font(font)
      // PDFKit keeps the fontkit font of an embedded font on `_font.font`; it is how coverage can be asked.
      const source = (this.doc as unknown as { _font: { font: GlyphSource } })._font.font
      known = source.hasGlyphForCodePoint(codePoint)
      cache.set(codePoint, known)
    }
    return known
  }

  /** The text cut into runs, each in the first font of the family's chain that can draw it. */
  runs(text: string, family: FontFamily): Run[] {
    const chain = CHAINS[family]
    const runs: Run[] = []
    for (const ch of text) {
      const cp = ch.codePointAt(0)!
      const last = runs[runs.length - 1]
      if (last && (JOINS.test(ch) || last.font === chain[0]) && this.has(last.font, cp)) {
        last.text += ch
        continue
      }
      const font = chain.find((f) => this.has(f, cp)) ?? chain[0]
      if (last && last.font === font) last.text += ch
      else runs.push({ font, text: ch })
    }
    return runs
  }

  width(text: string, family: FontFamily, size: number): number {
    let width = 0
    for (const run of this.runs(text, family)) width += this.doc.font(run.font).fontSize(size).widthOfString(run.text)
    return width
  }

  /** Draws one line at a baseline, run by run; returns its width. */
  draw(text: string, family: FontFamily, size: number, x: number, baseline: number): number {
    let dx = 0
    for (const run of this.runs(text, family)) {
      this.doc.font(run.font).fontSize(size)
      this.doc.text(run.text, x + dx, baseline, { lineBreak: false, baseline: 'alphabetic' })
      dx += this.doc.widthOfString(run.text)
    }
    return dx
  }
}

// Text width without a browser: layouts computed on the server (the boundary map) wrap their labels
// with a measure. The PDF passes its font's exact measure; the web estimates from Helvetica's widths,
// padded for the wider system fonts a browser may pick (DejaVu Sans on Linux is ~12% wider).

/** Width of `text` in the units of `size` (px or pt). */
export type Measure = (text: string, size: number, bold?: boolean) => number

// Helvetica advance widths (per 1000 em) for U+0020–U+007E, from its AFM metrics.
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
]
const SYSTEM_FONT_SLACK = 1.15
const BOLD_FACTOR = 1.07

function emWidth(ch: string): number {
  const code = ch.codePointAt(0)!
  if (code >= 0x20 && code <= 0x7e) return ASCII_WIDTHS[code - 0x20] / 1000
  if (/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u.test(ch)) return 1
  return 0.6
}

export const estimateWidth: Measure = (text, size, bold = false) => {
  let em = 0
  for (const ch of text) em += emWidth(ch)
  return em * size * SYSTEM_FONT_SLACK * (bold ? BOLD_FACTOR : 1)
}

/** Greedy word wrap to `width`, at most `maxLines` lines (the last one ends in "…" if text was cut). */
export function wrapLabel(
  text: string,
  width: number,
  size: number,
  measure: Measure,
  { bold = false, maxLines = 3 }: { bold?: boolean; maxLines?: number } = {},
): string[] {
  const fits = (s: string) => measure(s, size, bold) <= width
  const lines: string[] = []
  let line = ''
  const words = text.trim().split(/\s+/).filter(Boolean)
  for (let i = 0; i < words.length; i++) {
    let word = words[i]
    const candidate = line ? `${line} ${word}` : word
    if (fits(candidate)) {
      line = candidate
      continue
    }
    if (line) lines.push(line)
    while (!fits(word)) {
      let cut = word.length - 1
      while (cut > 1 && !fits(word.slice(0, cut))) cut--
      // Prefer to break an ARN or alias after its punctuation.
      const soft = Math.max(...[...'/:-_.@'].map((p) => word.lastIndexOf(p, cut - 1)))
      if (soft >= cut * 0.5) cut = soft + 1
      lines.push(word.slice(0, cut))
      word = word.slice(cut)
    }
    line = word
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  let last = kept[maxLines - 1]
  while (last && !fits(`${last}…`)) last = last.slice(0, -1)
  kept[maxLines - 1] = `${last.trimEnd()}…`
  return kept
}

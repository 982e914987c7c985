// Text helpers for the PDF: keep strings inside WinAnsi (all the standard fonts can draw) and wrap
// them to a width, breaking over-long tokens (hashes, ARNs) so that nothing is ever cut off.

// Unicode characters WinAnsi holds outside Latin-1 (PDFKit maps them to their WinAnsi codes).
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')

const REPLACEMENTS: Record<string, string> = {
  '\u2192': '->',
  '\u2190': '<-',
  '\u2194': '<->',
  '\u21d2': '=>',
  '\u2265': '>=',
  '\u2264': '<=',
  '\u2260': '!=',
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '—',
  '\u2032': "'",
  '\u2033': '"',
  '\u2713': 'yes',
  '\u2714': 'yes',
  '\u2717': 'no',
  '\u2718': 'no',
  '\u2022': '•',
  '\u2027': '·',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\ufeff': '',
  '\u2028': '\n',
  '\u2029': '\n',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŧ: 'T',
  ŧ: 't',
  ĸ: 'k',
}

function isWinAnsi(ch: string): boolean {
  const code = ch.codePointAt(0)!
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)
}

/** The string with every character the standard fonts cannot draw replaced by a close equivalent or "?". */
export function toWinAnsi(input: string): string {
  let out = ''
  for (const ch of input.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
    if (ch === '\n' || isWinAnsi(ch)) out += ch
    else if (ch in REPLACEMENTS) out += REPLACEMENTS[ch]
    else {
      const stripped = ch.normalize('NFKD').replace(/\p{M}/gu, '')
      out += stripped && [...stripped].every(isWinAnsi) ? stripped : ch.codePointAt(0)! < 0x20 ? '' : '?'
    }
  }
  return out
}

export type Measure = (text: string) => number

const BREAK_AFTER = new Set(['-', '/', '_', ':', '.', ',', ';', '@', '='])

/** Splits a token wider than `width` into pieces that fit, preferring to break after punctuation. */
function breakToken(token: string, width: number, measure: Measure): string[] {
  const pieces: string[] = []
  let rest = token
  while (rest && measure(rest) > width) {
    let fit = 1
    while (fit < rest.length && measure(rest.slice(0, fit + 1)) <= width) fit++
    let cut = fit
    for (let i = fit; i > Math.floor(fit * 0.3); i--) {
      if (BREAK_AFTER.has(rest[i - 1])) {
        cut = i
        break
      }
    }
    pieces.push(rest.slice(0, cut))
    rest = rest.slice(cut)
  }
  if (rest) pieces.push(rest)
  return pieces
}

/** Greedy word wrap; explicit newlines start new lines and an empty paragraph keeps an empty line. */
export function wrapText(input: string, width: number, measure: Measure): string[] {
  const lines: string[] = []
  const space = measure(' ')
  for (const paragraph of toWinAnsi(input).split('\n')) {
    const words = paragraph.split(/ +/).filter(Boolean)
    if (words.length === 0) {
      lines.push('')
      continue
    }
    let line = ''
    let lineWidth = 0
    for (const word of words) {
      const wordWidth = measure(word)
      if (line && lineWidth + space + wordWidth <= width) {
        line += ' ' + word
        lineWidth += space + wordWidth
        continue
      }
      if (line) lines.push(line)
      if (wordWidth <= width) {
        line = word
        lineWidth = wordWidth
        continue
      }
      const pieces = breakToken(word, width, measure)
      lines.push(...pieces.slice(0, -1))
      line = pieces[pieces.length - 1]
      lineWidth = measure(line)
    }
    lines.push(line)
  }
  return lines
}

/** For running headers only: the text shortened with an ellipsis to fit one line of `width`. */
export function fitText(input: string, width: number, measure: Measure): string {
  const text = toWinAnsi(input).replace(/\s+/g, ' ').trim()
  if (measure(text) <= width) return text
  let end = text.length
  while (end > 0 && measure(`${text.slice(0, end).trimEnd()}…`) > width) end--
  return `${text.slice(0, end).trimEnd()}…`
}

// Text helpers for the PDF: clean Unicode strings and wrap them to a width, breaking over-long
// tokens (hashes, ARNs) so that nothing is ever cut off.

// Spaces that should wrap like a space, and characters that draw nothing. Joiners (ZWJ, ZWNJ) stay:
// Arabic and emoji sequences need them.
const AS_SPACE = /[\u00a0\u2002\u2003\u2007\u2009\u200a\u202f]/g
const isInvisible = (ch: string) => {
  const code = ch.codePointAt(0)!
  return (code < 0x20 && code !== 0x0a) || code === 0x7f || code === 0x200b || code === 0xfeff
}

/**
 * Unicode text ready to draw: composed (NFC), one kind of line break, tabs and odd spaces as spaces, no control
 * characters.
 */
export function cleanText(input: string): string {
  return input
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(AS_SPACE, ' ')
    .split('')
    .filter((ch) => !isInvisible(ch))
    .join('')
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
  for (const paragraph of cleanText(input).split('\n')) {
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
  const text = cleanText(input).replace(/\s+/g, ' ').trim()
  if (measure(text) <= width) return text
  let end = text.length
  while (end > 0 && measure(`${text.slice(0, end).trimEnd()}…`) > width) end--
  return `${text.slice(0, end).trimEnd()}…`
}

// The text layer of a rendered PDF, for tests that look for what a section drew (as readiness-pdf.test.ts does).
import { inflateSync } from 'node:zlib'

// WinAnsi bytes 0x80–0x9F that are not Latin-1; every other byte is its Latin-1 character.
const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
}

/** The text layer, one drawn line per line: inflates each content stream and decodes its hex TJ strings. */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1')
  const lines: string[] = []
  for (const match of raw.matchAll(/<<((?:(?!<<|>>)[\s\S])*?\/Length (\d+)[\s\S]*?)>>\s*stream\r?\n/g)) {
    const start = match.index! + match[0].length
    let data = pdf.subarray(start, start + Number(match[2]))
    if (match[1].includes('/FlateDecode')) data = inflateSync(data)
    for (const block of data.toString('latin1').matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      const hex = [...block[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('')
      let line = ''
      for (let i = 0; i < hex.length; i += 2) {
        const byte = parseInt(hex.slice(i, i + 2), 16)
        line += WIN_ANSI_HIGH[byte] ?? String.fromCharCode(byte)
      }
      lines.push(line)
    }
  }
  return lines.join('\n')
}

export const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0
/** True when `needle` is in the text, allowing it to be wrapped over lines (at a space or inside a word). */
export const containsWrapped = (text: string, needle: string) =>
  text.replace(/\n/g, ' ').includes(needle) || text.replace(/\n/g, '').includes(needle)

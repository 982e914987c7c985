// The text layer of a PDF as a reader extracts it: poppler's pdftotext (Debian: poppler-utils).
// Fails loudly when the tool is missing, so no PDF text test passes by skipping.
import { execFileSync, spawnSync } from 'node:child_process'
import { inflateSync } from 'node:zlib'

/** `raw` keeps the order lines were drawn in (each drawn line on its own line); `reading` is poppler's reading order. */
export function pdftotext(pdf: Buffer, { mode = 'raw' }: { mode?: 'raw' | 'reading' } = {}): string {
  const probe = spawnSync('pdftotext', ['-v'])
  if (probe.error)
    throw new Error(
      'pdftotext is not installed: the PDF text tests need it. Install poppler-utils (as root: apt-get install -y poppler-utils).',
    )
  return execFileSync('pdftotext', [...(mode === 'raw' ? ['-raw'] : []), '-enc', 'UTF-8', '-', '-'], {
    input: pdf,
    maxBuffer: 64 * 1024 * 1024,
  })
    .toString('utf8')
    .replace(/\f/g, '\n') // page breaks
}

/** pdfinfo's fields (Tagged, Pages, Title…) as a record. */
export function pdfinfo(pdf: Buffer): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8')
  return Object.fromEntries(
    out
      .split('\n')
      .flatMap((l) => (l.includes(':') ? [[l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]] : [])),
  )
}

/** Every stream of the PDF inflated (content streams carry the BDC/EMC marks), joined as latin1 text. */
export function pdfStreams(pdf: Buffer): string {
  const raw = pdf.toString('latin1')
  const out: string[] = []
  for (const match of raw.matchAll(/<<((?:(?!<<|>>)[\s\S])*?\/Length (\d+)[\s\S]*?)>>\s*stream\r?\n/g)) {
    const start = match.index! + match[0].length
    const data = pdf.subarray(start, start + Number(match[2]))
    try {
      out.push((match[1].includes('/FlateDecode') ? inflateSync(data) : data).toString('latin1'))
    } catch {
      // not a deflated stream we can read (a font program): skip it
    }
  }
  return out.join('\n')
}

/** The values of every `/Alt (…)` string in the PDF's objects, decoded (PDFDocEncoding or UTF-16BE). */
export function pdfAltTexts(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1')
  const texts: string[] = []
  for (let at = raw.indexOf('/Alt ('); at >= 0; at = raw.indexOf('/Alt (', at + 1)) {
    let i = at + 6
    let depth = 1
    let bytes = ''
    while (i < raw.length && depth > 0) {
      const ch = raw[i++]
      if (ch === '\\') {
        const next = raw[i++]
        bytes += ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[next] ?? next
        continue
      }
      if (ch === '(') depth++
      if (ch === ')' && --depth === 0) break
      bytes += ch
    }
    texts.push(
      bytes.startsWith('\u00fe\u00ff') ? Buffer.from(bytes.slice(2), 'latin1').swap16().toString('utf16le') : bytes,
    )
  }
  return texts
}

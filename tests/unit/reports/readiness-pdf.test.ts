import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { renderReadinessPdf } from '@/lib/reports/readiness-pdf'
import { SAMPLE, makeEmptyReport, makeLargeReport, makeSampleReport } from '@/tests/fixtures/report-sample'

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
function pdfText(pdf: Buffer): string {
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

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0
/** True when `needle` is in the text, allowing it to be wrapped over lines (at a space or inside a word). */
const containsWrapped = (text: string, needle: string) =>
  text.replace(/\n/g, ' ').includes(needle) || text.replace(/\n/g, '').includes(needle)

describe('renderReadinessPdf', () => {
  it('produces a complete PDF file: %PDF- header, %%EOF trailer, A4 pages', async () => {
    const pdf = await renderReadinessPdf(makeSampleReport())
    expect(Buffer.isBuffer(pdf)).toBe(true)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true)
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/)
  })

  it('writes the review title, organization, full fingerprints, status words and expiries into the text layer', async () => {
    const report = makeSampleReport()
    const text = pdfText(await renderReadinessPdf(report))
    expect(text).toContain(SAMPLE.title)
    expect(text).toContain('Payments Kafka · Acme Payments Ltd')
    expect(text).toContain(`Fingerprint ${SAMPLE.staleFingerprint}`)
    expect(text).toContain(`Gate fingerprint now ${SAMPLE.currentStorageFingerprint}`)
    expect(text).toContain(`Head hash ${SAMPLE.auditHeadHash}`)
    for (const status of ['Signed', 'Stale — changed since signed', 'Ready to sign', 'Blocked', 'In progress'])
      expect(text).toContain(status)
    for (const change of report.gates[1].signOffs[0].changed) expect(containsWrapped(text, `• ${change}`)).toBe(true)
    expect(text).toContain('expires 2027-01-31')
    expect(text).toMatch(/^Page 1 of \d+$/m)
  })

  it('lists findings blockers first, marks the accepted risk with its exception and expiry', async () => {
    const text = pdfText(await renderReadinessPdf(makeSampleReport()))
    const blockers = text.indexOf('Blockers (4)')
    expect(blockers).toBeGreaterThan(-1)
    expect(text.indexOf('Warnings (3)')).toBeGreaterThan(blockers)
    expect(text.indexOf('Info (1)')).toBeGreaterThan(text.indexOf('Warnings (3)'))
    expect(text).toMatch(/Accepted risk\nException E1\nexpires 2027-01-31/)
  })

  it('shows exceptions with their status and expiry, evidence with its SHA-256 and current/superseded state', async () => {
    const report = makeSampleReport()
    const text = pdfText(await renderReadinessPdf(report))
    for (const status of ['Live', 'Expired', 'Requested', 'Revoked'])
      expect(text).toMatch(new RegExp(`^${status}$`, 'm'))
    expect(text).toContain('2026-10-31')
    const sha = report.evidence[0].sha256!
    expect(text).toContain(`${sha.slice(0, 32)}\n${sha.slice(32)}`)
    expect(text).toMatch(/^Superseded$/m)
  })

  it('renders the same report to identical bytes, dated from generatedAt rather than the clock', async () => {
    const [a, b] = await Promise.all([renderReadinessPdf(makeSampleReport()), renderReadinessPdf(makeSampleReport())])
    expect(a.equals(b)).toBe(true)
    expect(a.toString('latin1')).toContain('(D:20261126091407Z)')
    const later = await renderReadinessPdf({ ...makeSampleReport(), generatedAt: '2026-11-27T09:14:07.000Z' })
    expect(later.equals(a)).toBe(false)
  })

  it('spreads 300 locations over many pages without losing a row, repeating the table header', async () => {
    const report = makeLargeReport(300)
    const pdf = await renderReadinessPdf(report)
    expect(pageCount(pdf)).toBeGreaterThan(10)
    const text = pdfText(pdf)
    const missing = report.locations.filter((l) => !containsWrapped(text, l.name))
    expect(missing).toEqual([])
    const continued = text.match(/^Inventory \(continued\)$/gm)?.length ?? 0
    expect(continued).toBeGreaterThan(5)
    expect(text).toContain(`Page ${pageCount(pdf)} of ${pageCount(pdf)}`)
  })

  it('renders an empty review with a sentence for each empty section', async () => {
    const pdf = await renderReadinessPdf(makeEmptyReport())
    const text = pdfText(pdf)
    for (const sentence of [
      'No storage locations inventoried.',
      'No keys registered.',
      'No findings.',
      'No gates.',
      'No exceptions.',
      'No evidence uploaded.',
      'No audit events recorded.',
      'Not decided yet',
      'Not stated.',
    ]) {
      expect(text).toContain(sentence)
    }
  })

  it('never cuts long text: a justification taller than a page is split across pages, every word kept in order', async () => {
    const report = makeSampleReport()
    const words = Array.from({ length: 2500 }, (_, i) => `w${i}`)
    report.exceptions[0].justification = words.join(' ')
    report.exceptions[1].compensatingControls = 'x'.repeat(1000)
    const text = pdfText(await renderReadinessPdf(report)).replace(/\n/g, ' ')
    let at = 0
    for (const word of words) {
      const found = text.indexOf(`${word} `, at)
      expect(found, word).toBeGreaterThanOrEqual(at)
      at = found
    }
    expect(pdfText(await renderReadinessPdf(report)).replace(/\n/g, '')).toContain('x'.repeat(1000))
  })

  it('draws characters the standard fonts lack as close equivalents or "?", without failing', async () => {
    const report = makeSampleReport()
    report.review.title = 'Zahlungen → Kafka 支付 ≥ 2026 – Überprüfung'
    const text = pdfText(await renderReadinessPdf(report))
    expect(text).toContain('Zahlungen -> Kafka ?? >= 2026 – Überprüfung')
  })
})

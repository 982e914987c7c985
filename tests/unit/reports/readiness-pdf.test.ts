import { describe, expect, it } from 'vitest'
import { renderReadinessPdf } from '@/lib/reports/readiness-pdf'
import { loadPdfFonts } from '@/lib/reports/pdf-font-files'
import { pdftotext } from '@/tests/support/pdf-text'
import { SAMPLE, makeEmptyReport, makeLargeReport, makeSampleReport } from '@/tests/fixtures/report-sample'

const FONTS = loadPdfFonts()
const render = (report: Parameters<typeof renderReadinessPdf>[0]) => renderReadinessPdf(report, FONTS)
/** The text layer, one drawn line per line, as pdftotext reads it. */
const pdfText = (pdf: Buffer) => pdftotext(pdf)

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0
/** True when `needle` is in the text, allowing it to be wrapped over lines (at a space or inside a word). */
const containsWrapped = (text: string, needle: string) =>
  text.replace(/\n/g, ' ').includes(needle) || text.replace(/\n/g, '').includes(needle)

describe('renderReadinessPdf', () => {
  it('produces a complete PDF file: %PDF- header, %%EOF trailer, A4 pages', async () => {
    const pdf = await render(makeSampleReport())
    expect(Buffer.isBuffer(pdf)).toBe(true)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true)
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/)
  })

  it('writes the review title, organization, full fingerprints, status words and expiries into the text layer', async () => {
    const report = makeSampleReport()
    const text = pdfText(await render(report))
    expect(text).toContain(SAMPLE.title)
    expect(text).toContain('Payments Kafka · Acme Payments Ltd')
    expect(text).toContain(`Fingerprint ${SAMPLE.staleFingerprint}`)
    expect(text).toContain(`Gate fingerprint now ${SAMPLE.currentStorageFingerprint}`)
    expect(text).toContain(`Head hash ${SAMPLE.auditHeadHash}`)
    for (const status of ['Signed', 'Stale — changed since signed', 'Ready to sign', 'Blocked', 'In progress'])
      expect(text).toContain(status)
    for (const change of report.gates[1].signOffs[0].changed) expect(containsWrapped(text, `• ${change}`)).toBe(true)
    expect(text).toContain('expires 2027-01-31')
    expect(text).toMatch(/Page 1 of \d+$/m)
  })

  it('lists findings blockers first, marks the accepted risk with its exception and expiry', async () => {
    const text = pdfText(await render(makeSampleReport()))
    const blockers = text.indexOf('Blockers (4)')
    expect(blockers).toBeGreaterThan(-1)
    expect(text.indexOf('Warnings (3)')).toBeGreaterThan(blockers)
    expect(text.indexOf('Info (1)')).toBeGreaterThan(text.indexOf('Warnings (3)'))
    expect(text).toMatch(/Accepted risk\nException E1\nexpires 2027-01-31/)
  })

  it('shows exceptions with their status and expiry, evidence with its SHA-256 and current/superseded state', async () => {
    const report = makeSampleReport()
    const text = pdfText(await render(report))
    for (const status of ['Live', 'Expired', 'Requested', 'Revoked'])
      expect(text).toMatch(new RegExp(`^${status} \\d{4}-\\d{2}-\\d{2}`, 'm'))
    expect(text).toContain('2026-10-31')
    const sha = report.evidence[0].sha256!
    expect(text).toContain(`${sha.slice(0, 32)}\n${sha.slice(32)}`)
    expect(text).toMatch(/ Superseded$/m)
  })

  it('prints the note compliance wrote when granting an exception, under who granted it', async () => {
    const report = makeSampleReport()
    report.exceptions[0].grantNote = 'Granted for the January release window only; CAB ticket CHG-4411.'
    const text = pdfText(await render(report))
    expect(containsWrapped(text, 'Granted for the January release window only; CAB ticket CHG-4411.')).toBe(true)
  })

  it('renders the same report to identical bytes, dated from generatedAt rather than the clock', async () => {
    const [a, b] = await Promise.all([render(makeSampleReport()), render(makeSampleReport())])
    expect(a.equals(b)).toBe(true)
    expect(a.toString('latin1')).toContain('(D:20261126091407Z)')
    const later = await render({ ...makeSampleReport(), generatedAt: '2026-11-27T09:14:07.000Z' })
    expect(later.equals(a)).toBe(false)
  })

  it('spreads 300 locations over many pages without losing a row, repeating the table header', async () => {
    const report = makeLargeReport(300)
    const pdf = await render(report)
    expect(pageCount(pdf)).toBeGreaterThan(10)
    const text = pdfText(pdf)
    const missing = report.locations.filter((l) => !containsWrapped(text, l.name))
    expect(missing).toEqual([])
    const continued = text.match(/^Inventory \(continued\)$/gm)?.length ?? 0
    expect(continued).toBeGreaterThan(5)
    expect(text).toContain(`Page ${pageCount(pdf)} of ${pageCount(pdf)}`)
  })

  it('renders an empty review with a sentence for each empty section', async () => {
    const pdf = await render(makeEmptyReport())
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
    const text = pdfText(await render(report)).replace(/\n/g, ' ')
    let at = 0
    for (const word of words) {
      const found = text.indexOf(`${word} `, at)
      expect(found, word).toBeGreaterThanOrEqual(at)
      at = found
    }
    expect(pdfText(await render(report)).replace(/\n/g, '')).toContain('x'.repeat(1000))
  })

  it('prints characters beyond Latin-1 as themselves, in embedded fonts: arrows, CJK, Greek, Polish', async () => {
    const report = makeSampleReport()
    report.review.title = 'Zahlungen → Kafka 支付 ≥ 2026 – Überprüfung Ω Łódź'
    const text = pdfText(await render(report))
    expect(text).toContain('Zahlungen → Kafka 支付 ≥ 2026 – Überprüfung Ω Łódź')
  })
})

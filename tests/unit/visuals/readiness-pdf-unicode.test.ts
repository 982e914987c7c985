import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderReadinessPdf } from '@/lib/reports/readiness-pdf'
import { loadPdfFonts } from '@/lib/reports/pdf-font-files'
import { makeLargeReport, makeSampleReport } from '@/tests/fixtures/report-sample'
import { pdfAltTexts, pdfStreams, pdfinfo, pdftotext } from '@/tests/support/pdf-text'

const FONTS = loadPdfFonts()
const MIXED = '日本語 Кириллица العربية ✓'

function withMixedLocation() {
  const report = makeSampleReport()
  report.locations[0].name = `Broker ${MIXED}`
  report.map.bands[0].accounts[0].locations[0].title = `Broker ${MIXED}`
  return report
}

/** Uncompressed PDF objects (the structure tree, fonts, catalog) as text. */
const objects = (pdf: Buffer) => pdf.toString('latin1')

describe('readiness PDF: Unicode text in embedded fonts', () => {
  it('prints CJK, Cyrillic, Arabic and a check mark from a location name into the text layer', async () => {
    const text = pdftotext(await renderReadinessPdf(withMixedLocation(), FONTS), { mode: 'reading' })
    for (const word of ['日本語', 'Кириллица', 'العربية', '✓']) expect(text).toContain(word)
    expect(text).not.toContain('???')
  })

  it('embeds Noto fonts (a subset of each) and none of the standard 14', async () => {
    const file = path.join(os.tmpdir(), `keyproof-fonts-${process.pid}.pdf`)
    fs.writeFileSync(file, await renderReadinessPdf(withMixedLocation(), FONTS))
    const fonts = execFileSync('pdffonts', [file]).toString('utf8')
    fs.rmSync(file, { force: true })
    for (const family of ['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansArabic', 'NotoSansSC', 'NotoSansMono'])
      expect(fonts).toContain(family)
    expect(fonts).not.toMatch(/Helvetica|Courier|Times/)
    for (const row of fonts.split('\n').slice(2).filter(Boolean)) expect(row).toMatch(/\byes\s+yes\s+yes\b/) // emb sub uni
  })

  it('renders the same bytes twice with the fonts embedded', async () => {
    const [a, b] = await Promise.all([
      renderReadinessPdf(withMixedLocation(), FONTS),
      renderReadinessPdf(withMixedLocation(), FONTS),
    ])
    expect(a.equals(b)).toBe(true)
  })
})

describe('readiness PDF: tagged for accessibility', () => {
  it('is a tagged PDF with a language, a displayed title and a structure tree', async () => {
    const pdf = await renderReadinessPdf(makeSampleReport(), FONTS)
    expect(pdfinfo(pdf).Tagged).toBe('yes')
    const raw = objects(pdf)
    expect(raw).toMatch(/\/MarkInfo/)
    expect(raw).toMatch(/\/Lang \(en\)/)
    expect(raw).toMatch(/\/DisplayDocTitle true/)
    expect(raw).toMatch(/\/StructTreeRoot/)
  })

  it('tags the title, section headings, paragraphs, tables with header cells, and figures', async () => {
    const raw = objects(await renderReadinessPdf(makeSampleReport(), FONTS))
    for (const type of ['Document', 'Sect', 'H1', 'H2', 'H3', 'P', 'Table', 'TR', 'TH', 'TD', 'Figure'])
      expect(raw, type).toMatch(new RegExp(`/S /${type}\\b`))
    expect(raw).toMatch(/\/Scope \/Column/)
  })

  it('gives the charts and the map alt text with their numbers', async () => {
    const report = makeSampleReport()
    const alts = pdfAltTexts(await renderReadinessPdf(report, FONTS))
    const { charts } = report
    expect(alts).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^Gates: Signed ${charts.gateStatusCounts.SIGNED}, Ready to sign ${charts.gateStatusCounts.READY_TO_SIGN}, Blocked ${charts.gateStatusCounts.BLOCKED}`,
        ),
      ),
    )
    expect(alts).toContainEqual(
      expect.stringContaining(
        `Key coverage: Customer-controlled key ${charts.coverage.counts.CUSTOMER}, Provider-managed key ${charts.coverage.counts.PROVIDER}`,
      ),
    )
    expect(alts).toContainEqual(
      expect.stringContaining(
        `Findings by severity: Blockers ${charts.findings.counts.BLOCKER}, Warnings ${charts.findings.counts.WARNING}`,
      ),
    )
    expect(alts).toContainEqual(
      expect.stringMatching(/^Storage-boundary map: \d+ accounts? holding 9 in-scope locations, 3 keys/),
    )
  })

  it('marks running heads and footers as pagination artifacts and leaves no text outside marked content', async () => {
    const streams = pdfStreams(await renderReadinessPdf(makeSampleReport(), FONTS))
    expect(streams).toContain('/Artifact <<\n/Type /Pagination\n>> BDC')
    // Every BT…ET text object sits inside a BDC…EMC pair: count opens and closes around each one.
    let depth = 0
    let unmarked = 0
    for (const token of streams.matchAll(/\b(BDC|BMC|EMC|BT)\b/g)) {
      if (token[1] === 'EMC') depth--
      else if (token[1] === 'BT') unmarked += depth > 0 ? 0 : 1
      else depth++
    }
    expect(unmarked).toBe(0)
  })
})

describe('readiness PDF: the storage-boundary map', () => {
  it('draws every in-scope location of a small review into the map, and says so when a review is too large to print', async () => {
    const small = pdftotext(await renderReadinessPdf(makeSampleReport(), FONTS))
    expect(small).toContain('CLOUD ACCOUNTS')
    expect(small).toContain('ADMINISTERED BY')
    const large = pdftotext(await renderReadinessPdf(makeLargeReport(200), FONTS))
    expect(large).toContain('The map of 200 locations is too large to print legibly')
    expect(large).not.toContain('ADMINISTERED BY')
  })
})

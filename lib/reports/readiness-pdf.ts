// The readiness report as an A4 PDF (PDFKit): Unicode text in embedded Noto fonts, tagged for
// accessibility (structure tree, language, alt text on figures, artifacts for decoration). The same
// report and fonts render the same bytes: dates and file ID come from report.generatedAt, never the clock.
import PDFDocument from 'pdfkit'
import { PdfFonts, type PdfFontFiles } from './pdf-fonts'
import { COLOR, PAGE, STYLE, PdfLayout } from './pdf-layout'
import { fitText } from './pdf-text'
import { formatDateTime } from './pdf-format'
import { scopeSection, titleBlock } from './pdf-sections-overview'
import { overviewSection } from './pdf-sections-charts'
import { auditSection, evidenceSection, inventorySection, keyRegisterSection } from './pdf-sections-records'
import { exceptionsSection, findingsSection, gatesSection } from './pdf-sections-decisions'
import { frameworkAppendix, scansSection } from './pdf-sections-appendix'
import { openThreadsSection } from './pdf-sections-threads'
import type { ReadinessReport } from './report-types'

export async function renderReadinessPdf(report: ReadinessReport, fontFiles: PdfFontFiles): Promise<Buffer> {
  const generated = new Date(report.generatedAt)
  const created = Number.isNaN(generated.getTime()) ? new Date(0) : generated
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    compress: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en',
    displayTitle: true,
    info: {
      Title: `Readiness report: ${report.review.title}`,
      Author: report.organization.name,
      Subject: `${report.review.platform} key readiness review`,
      Creator: 'Keyproof',
      Producer: 'Keyproof (PDFKit)',
      CreationDate: created,
      ModDate: created,
    },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  try {
    const layout = new PdfLayout(doc, new PdfFonts(doc, fontFiles))
    layout.addPage()
    titleBlock(layout, report)
    const sections = [
      scopeSection,
      overviewSection,
      inventorySection,
      keyRegisterSection,
      findingsSection,
      gatesSection,
      exceptionsSection,
      evidenceSection,
      auditSection,
      scansSection,
      openThreadsSection,
      frameworkAppendix,
    ]
    for (const section of sections) layout.group('Sect', () => section(layout, report))
    stampPages(layout, report)
  } catch (error) {
    doc.end()
    throw error
  }
  doc.end()
  return done
}

/** Running header (from page 2) and footer with "Page N of M" on every page, drawn once all pages exist. */
function stampPages(layout: PdfLayout, report: ReadinessReport) {
  const { doc } = layout
  const { start, count } = doc.bufferedPageRange()
  const measure = (t: string) => layout.measure(STYLE.chrome, t)
  const right = `Readiness report · ${report.organization.name}`
  const footerLeft = `Keyproof · generated ${formatDateTime(report.generatedAt)}`
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i)
    const chrome = (text: string, x: number, top: number) =>
      layout.artifact(
        () =>
          layout.drawLine(
            { text, style: STYLE.chrome, color: COLOR.faint, gap: 0, height: STYLE.chrome.leading },
            x,
            top,
          ),
        'Pagination',
      )
    if (i > start) {
      const rightWidth = measure(fitText(right, layout.width * 0.4, measure))
      chrome(fitText(report.review.title, layout.width - rightWidth - 24, measure), layout.left, 28)
      chrome(fitText(right, layout.width * 0.4, measure), layout.left + layout.width - rightWidth, 28)
      layout.rule(40, COLOR.rule, 0.5)
    }
    const footerTop = PAGE.height - PAGE.bottom + 18
    layout.rule(footerTop - 5, COLOR.rule, 0.5)
    chrome(fitText(footerLeft, layout.width * 0.7, measure), layout.left, footerTop)
    const pageWords = `Page ${i - start + 1} of ${count}`
    chrome(pageWords, layout.left + layout.width - measure(pageWords), footerTop)
  }
}

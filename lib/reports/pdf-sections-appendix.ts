// The report's interchange sections: imported scanner results with Keyproof's re-grades, and, when the
// organization chose frameworks, the framework appendix (each clause, what covers it, status, open findings).
import { COLOR, PAGE, type Part, type PdfLayout } from './pdf-layout'
import { table, type TableRow } from './pdf-table'
import { formatDateTime, plural } from './pdf-format'
import type { ReadinessReport } from './report-types'

const CLAUSE_STATUS: Record<string, { text: string; color: string }> = {
  ACCEPTED: { text: 'Accepted', color: COLOR.good },
  PARTIAL: { text: 'Partly accepted', color: COLOR.warn },
  NOT_ACCEPTED: { text: 'Not accepted', color: COLOR.bad },
  NOT_MAPPED: { text: 'Not mapped', color: COLOR.muted },
}

export function scansSection(layout: PdfLayout, report: ReadinessReport) {
  const scans = report.scans
  if (!scans) return
  layout.heading('10  Scanner results', 60)
  layout.text(
    {
      text:
        `${plural(scans.files.length, 'file')} imported; ${plural(scans.regrades.length, 'pass', 'passes')} ` +
        `re-graded for key ownership, ${scans.unmatched} at-rest ${scans.unmatched === 1 ? 'finding' : 'findings'} ` +
        'on resources no in-scope location matches.',
      style: 'bodyMuted',
    },
    { after: 2 },
  )
  table(
    layout,
    [
      { header: 'Scanner', weight: 22 },
      { header: 'Passes accepted', weight: 13, align: 'right' },
      { header: 'Passes re-graded', weight: 13, align: 'right' },
      { header: 'Cannot re-grade', weight: 13, align: 'right' },
      { header: 'Fails', weight: 13, align: 'right' },
      { header: 'Other', weight: 13, align: 'right' },
      { header: 'Unmatched', weight: 13, align: 'right' },
    ],
    scans.perScanner.map((s) => ({
      cells: [
        { text: s.label, style: 'cellBold' },
        String(s.passesAccepted),
        s.passesRegraded ? { text: String(s.passesRegraded), style: 'cellBold', color: COLOR.warn } : '0',
        String(s.passesCannotRegrade),
        String(s.fails),
        String(s.other),
        String(s.unmatched),
      ],
    })),
    { continued: 'Scanner results (continued)' },
  )
  if (scans.regrades.length) {
    layout.subheading(`Passes re-graded (${scans.regrades.length})`)
    const rows: TableRow[] = scans.regrades.map((r) => ({
      cells: [
        [
          { text: r.location, style: 'cellBold' },
          { text: r.resourceRef, style: 'monoSmall' },
        ],
        [r.scanner, { text: r.checkId, style: 'monoSmall' }],
        { text: r.reason, color: COLOR.warn },
      ],
    }))
    table(
      layout,
      [
        { header: 'Location and resource', weight: 38 },
        { header: 'Scanner check', weight: 28 },
        { header: 'Keyproof re-grade', weight: 34 },
      ],
      rows,
      { continued: 'Passes re-graded (continued)' },
    )
  }
  layout.subheading('Files (kept as evidence)')
  for (const f of scans.files)
    layout.text([
      { text: `${f.fileName} · ${f.format} · ${plural(f.findings, 'finding')} · ${formatDateTime(f.importedAt)}` },
      { text: `SHA-256 ${f.sha256 ?? 'unknown'}`, style: 'monoSmall' },
    ])
}

export function frameworkAppendix(layout: PdfLayout, report: ReadinessReport) {
  const frameworks = report.frameworks ?? []
  if (!frameworks.length) return
  // An appendix starts on its own page.
  if (layout.y > PAGE.top) layout.addPage()
  layout.heading('Appendix  Framework mapping', 60)
  layout.text(
    {
      text:
        `How the review's accepted evidence, signed gates and open findings bear on each clause of the frameworks ` +
        `the organization chose (mapping ${frameworks[0].mappingVersion}). Clause texts are paraphrased in ` +
        "Keyproof's words, never the standards' own.",
      style: 'bodyMuted',
    },
    { after: 2 },
  )
  for (const f of frameworks) {
    layout.subheading(
      `${f.label} ${f.version}: ${f.counts.ACCEPTED} accepted, ${f.counts.PARTIAL} partly, ` +
        `${f.counts.NOT_ACCEPTED} not accepted, ${f.counts.NOT_MAPPED} not mapped`,
    )
    const rows: TableRow[] = f.clauses.map((c) => {
      const status = CLAUSE_STATUS[c.status]
      const findings: Part[] = c.openFindings.map((code) => ({ text: code, style: 'monoSmall' }))
      return {
        cells: [
          [
            { text: c.id, style: 'cellBold' },
            { text: c.title, style: 'cellMuted' },
          ],
          c.coveredBy.length ? c.coveredBy.join(', ') : { text: 'Gate sign-off only, or nothing', style: 'cellMuted' },
          { text: status.text, style: 'cellBold', color: status.color },
          findings.length ? findings : { text: 'None', style: 'cellMuted' },
        ],
      }
    })
    table(
      layout,
      [
        { header: 'Clause', weight: 34 },
        { header: 'Covered by', weight: 22 },
        { header: 'Status', weight: 16 },
        { header: 'Open findings', weight: 28 },
      ],
      rows,
      { continued: `${f.label} (continued)` },
    )
  }
}

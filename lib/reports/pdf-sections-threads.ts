// The report's appendix: discussion threads still open when it was generated, so a reader sees what was
// still being asked.
import type { PdfLayout } from './pdf-layout'
import { table, type TableRow } from './pdf-table'
import { formatDate } from './pdf-format'
import type { ReadinessReport } from './report-types'

export function openThreadsSection(layout: PdfLayout, report: ReadinessReport) {
  const threads = report.openThreads ?? []
  layout.heading('Appendix  Open questions', threads.length ? 60 : 16)
  if (threads.length === 0) {
    layout.text({ text: 'No unresolved discussion threads.', style: 'bodyMuted' }, { after: 6 })
    return
  }
  const rows: TableRow[] = threads.map((t) => ({
    cells: [
      t.target,
      [
        t.body,
        ...t.replies.map((r) => ({
          text: `${r.author}, ${formatDate(r.createdAt)}: ${r.body}`,
          style: 'cellMuted' as const,
          gap: 2,
        })),
      ],
      [t.author, { text: formatDate(t.createdAt), style: 'cellMuted' }],
    ],
  }))
  table(
    layout,
    [
      { header: 'About', weight: 24 },
      { header: 'Question and replies', weight: 56 },
      { header: 'Asked by', weight: 20 },
    ],
    rows,
    { continued: 'Open questions (continued)' },
  )
}

// The readable form of an import-scan report: one line per finding, then the counts per scanner and the
// at-rest findings no location in the review matches.
import type { ImportScanReport } from './import-scan'
import type { Scanner } from './finding'
import type { ScannerSummary } from './regrade'
import { plural } from '@/lib/domain/plural'

const MAX_CELL = 64

function cell(text: string): string {
  return text.length > MAX_CELL ? `…${text.slice(text.length - MAX_CELL + 1)}` : text
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')
  return [line(header), ...rows.map(line)]
}

export function formatSummaryLine(scanner: Scanner, s: ScannerSummary): string {
  return (
    `${scanner}: ${plural(s.passesAccepted, 'pass', 'passes')} accepted, ${s.passesRegraded} re-graded, ` +
    `${s.passesCannotRegrade} cannot be re-graded, ${plural(s.fails, 'fail')}, ${s.other} other; ` +
    `${s.unmatched} unmatched`
  )
}

export function formatImportScanTable(report: ImportScanReport): string {
  const out: string[] = []
  for (const f of report.files) out.push(`${f.file}: ${f.format}, ${plural(f.findings, 'finding')}`)
  out.push('')
  const rows = report.rows.map((r) => [r.scanner, r.checkId, cell(r.resourceRef), r.status, r.regrade, r.reason])
  out.push(...table(['SCANNER', 'CHECK', 'RESOURCE', 'STATUS', 'RE-GRADE', 'REASON'], rows))
  out.push('')
  for (const [scanner, s] of Object.entries(report.summary)) out.push(formatSummaryLine(scanner as Scanner, s))
  if (report.unmatched.length) {
    out.push('', 'Unmatched (at-rest findings on resources no location in the review matches):')
    for (const u of report.unmatched) out.push(`  ${u.scanner} ${u.checkId} ${u.resourceRef} (${u.file} ${u.path})`)
  }
  return out.join('\n')
}

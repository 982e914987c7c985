// Section 2's pictures: the overview charts and the storage-boundary map, each a tagged Figure whose
// alt text carries every number the picture shows.
import { GATE_LABELS, SEVERITIES, SEVERITY_LABELS } from '@/lib/domain/enums'
import {
  COVERAGE_MODELS,
  COVERAGE_MODEL_LABELS,
  FRESHNESS,
  FRESHNESS_LABELS,
  GATE_STATUS_ORDER,
} from '@/lib/domain/overview-charts'
import { COVERAGE_COLOR, FRESHNESS_COLOR, GATE_STATUS_COLOR, SEVERITY_COLOR } from './chart-palette'
import { COLOR, STYLE, type PdfLayout, type Style } from './pdf-layout'
import { GATE_STATUS_WORDS, plural } from './pdf-format'
import { describe, gateRows, legend, ring, stackedBar, type PdfSegment } from './pdf-charts'
import { coverageSection } from './pdf-sections-overview'
import { mapFigure } from './pdf-map'
import type { ReadinessReport } from './report-types'

/** Section 2: the coverage tiles, then the charts, then the map. */
export function overviewSection(layout: PdfLayout, report: ReadinessReport) {
  coverageSection(layout, report)
  chartsBlock(layout, report)
  layout.subheading('Storage-boundary map', 80)
  mapFigure(layout, report)
}

function chartsBlock(layout: PdfLayout, report: ReadinessReport) {
  const { charts } = report
  const line = (text: string, x: number, y: number, style: Style = STYLE.cellBold, color = COLOR.ink) =>
    layout.drawLine({ text, style, color, gap: 0, height: style.leading }, x, y)

  const statuses: PdfSegment[] = GATE_STATUS_ORDER.filter((s) => s !== 'STALE' || charts.gateStatusCounts.STALE).map(
    (s) => ({ label: GATE_STATUS_WORDS[s], count: charts.gateStatusCounts[s], color: GATE_STATUS_COLOR[s] }),
  )
  const legendWidth = 104
  const gateHeight = Math.max(7 * 12, 80 + statuses.length * (STYLE.cell.leading + 1))
  layout.subheading('Gates', gateHeight)
  layout.ensure(gateHeight)
  const top = layout.y
  const gateWords = charts.gates.map((g) => [
    GATE_LABELS[g.gate],
    GATE_STATUS_WORDS[g.status],
    plural(g.openBlockers, 'open blocker'),
    `${g.requiredSettled}/${g.requiredTotal} required settled`,
  ])
  const widest = (i: number, style: Style) => Math.max(...gateWords.map((r) => layout.measure(style, r[i])))
  const x = layout.left + legendWidth + 16
  const xs = [x]
  xs.push(xs[0] + widest(0, STYLE.cellBold) + 8)
  const barX = xs[1] + widest(1, STYLE.cellBold) + 8
  const barWidth = Math.max(24, layout.left + layout.width - barX - widest(2, STYLE.cell) - widest(3, STYLE.cell) - 16)
  xs.push(barX + barWidth + 6)
  xs.push(xs[2] + widest(2, STYLE.cell) + 10)
  layout.tag(
    'Figure',
    () => {
      ring(
        layout,
        layout.left + legendWidth / 2,
        top + 38,
        36,
        24,
        charts.gates.map((g) => ({ label: GATE_LABELS[g.gate], count: 1, color: GATE_STATUS_COLOR[g.status] })),
      )
      const centre = `${charts.gateStatusCounts.SIGNED}/7`
      line(centre, layout.left + legendWidth / 2 - layout.measure(STYLE.h1, centre) / 2, top + 30, STYLE.h1)
      legend(layout, layout.left, top + 80, legendWidth, statuses)
      charts.gates.forEach((g, i) => {
        const y = top + i * 12
        line(gateWords[i][0], xs[0], y)
        line(gateWords[i][1], xs[1], y, STYLE.cellBold, GATE_STATUS_COLOR[g.status])
        stackedBar(layout, barX, y + 3, barWidth, 5, [
          { label: 'blockers', count: g.openBlockers, color: GATE_STATUS_COLOR.BLOCKED },
          { label: '', count: maxBlockers(report) - g.openBlockers, color: COLOR.headFill },
        ])
        line(gateWords[i][2], xs[2], y, STYLE.cell)
        line(gateWords[i][3], xs[3], y, STYLE.cell, COLOR.muted)
      })
    },
    {
      alt: `Gates: ${describe(statuses)}. ${charts.gates
        .map(
          (g, i) =>
            `${gateWords[i][0]}: ${gateWords[i][1]}, ${gateWords[i][2]}, ${g.requiredSettled} of ` +
            `${g.requiredTotal} required settled`,
        )
        .join('; ')}.`,
    },
  )
  layout.y = top + gateHeight

  const half = (layout.width - 16) / 2
  const coverage = COVERAGE_MODELS.map((m) => ({
    label: COVERAGE_MODEL_LABELS[m],
    count: charts.coverage.counts[m],
    color: COVERAGE_COLOR[m],
  }))
  const freshness = FRESHNESS.map((f) => ({
    label: FRESHNESS_LABELS[f],
    count: charts.evidence.counts[f],
    color: FRESHNESS_COLOR[f],
  }))
  layout.ensure(70)
  layout.y += 6
  const pairTop = layout.y
  const pair: [string, string, PdfSegment[]][] = [
    [`Key coverage of ${plural(charts.coverage.inScope, 'in-scope location')}`, 'Key coverage', coverage],
    [`Evidence freshness (${plural(charts.evidence.total, 'current piece')})`, 'Evidence freshness', freshness],
  ]
  let pairHeight = 0
  pair.forEach(([title, name, segments], i) => {
    const x = layout.left + i * (half + 16)
    layout.tag('H3', () => line(title, x, pairTop, STYLE.h2))
    layout.tag(
      'Figure',
      () => {
        stackedBar(layout, x, pairTop + 16, half, 10, segments)
        pairHeight = Math.max(pairHeight, 30 + legend(layout, x, pairTop + 30, half, segments))
      },
      { alt: `${name}: ${describe(segments)}.` },
    )
  })
  layout.y = pairTop + pairHeight + 8

  const severity = SEVERITIES.map((s) => ({
    label: `${SEVERITY_LABELS[s]}s`,
    count: charts.findings.counts[s],
    color: SEVERITY_COLOR[s],
  }))
  const rows = charts.findings.byGate
    .filter((g) => SEVERITIES.some((s) => g.counts[s]))
    .map((g) => ({
      label: GATE_LABELS[g.gate],
      segments: severity.map((s, i) => ({ ...s, count: g.counts[SEVERITIES[i]] })),
    }))
  layout.subheading('Findings by severity', 30 + rows.length * 11.5)
  layout.ensure(20 + rows.length * 11.5)
  const fTop = layout.y
  layout.tag(
    'Figure',
    () => {
      const h = legend(layout, layout.left, fTop, layout.width, severity)
      gateRows(layout, layout.left, fTop + h + 4, Math.min(layout.width, 380), rows)
    },
    {
      alt:
        `Findings by severity: ${describe(severity)}. ` +
        `${rows.map((r) => `${r.label}: ${describe(r.segments)}`).join('; ')}.`,
    },
  )
  layout.y = fTop + 14 + rows.length * 11.5 + 8
}

const maxBlockers = (report: ReadinessReport) => Math.max(1, ...report.charts.gates.map((g) => g.openBlockers))

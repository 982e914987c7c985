// The report's opening: title block with status and decision, scope and boundaries, coverage.
import { COLOR, heightOf, type Line, type PdfLayout, type Rich } from './pdf-layout'
import { GATE_STATUS_WORDS, formatDate, formatDateTime, label, listWords, plural } from './pdf-format'
import type { ReadinessReport } from './report-types'

interface Fact {
  label: string
  value: Rich
}

const GUTTER = 14

/** A row of label-over-value facts in equal columns, optionally on a tinted band. */
function factRow(layout: PdfLayout, facts: Fact[], columns: number, options: { tint?: boolean; pad?: number } = {}) {
  const pad = options.pad ?? 0
  const width = (layout.width - 2 * pad - GUTTER * (columns - 1)) / columns
  const cells = facts.map((f) => [
    ...layout.lines({ text: f.label.toUpperCase(), style: 'label' }, width),
    ...layout.lines(f.value, width, 'body').map((l, i) => (i === 0 ? { ...l, gap: 1.5, height: l.height + 1.5 } : l)),
  ])
  const height = Math.max(...cells.map(heightOf)) + 2 * pad
  layout.ensure(height)
  if (options.tint) layout.fill(layout.left, layout.y, layout.width, height, COLOR.tint)
  const top = layout.y
  cells.forEach((lines, i) =>
    layout.tag('P', () => drawStack(layout, lines, layout.left + pad + i * (width + GUTTER), top + pad)),
  )
  layout.y += height
}

function drawStack(layout: PdfLayout, lines: Line[], x: number, top: number) {
  let y = top
  for (const line of lines) {
    layout.drawLine(line, x, y)
    y += line.height
  }
}

function facts(layout: PdfLayout, items: Fact[], columns: number) {
  for (let i = 0; i < items.length; i += columns) {
    factRow(layout, items.slice(i, i + columns), columns)
    layout.y += 7
  }
}

export function titleBlock(layout: PdfLayout, report: ReadinessReport) {
  const { review } = report
  layout.text({ text: 'READINESS REPORT', style: 'kicker' }, { after: 3 })
  layout.text({ text: review.title, style: 'title' }, { after: 2, tag: 'H1' })
  layout.text({ text: `${review.platform} · ${report.organization.name}`, style: 'subtitle' }, { after: 12 })
  layout.rule(layout.y, COLOR.rule, 0.5)
  layout.y += 8
  const decision = review.decision
  factRow(
    layout,
    [
      { label: 'Review status', value: { text: label.reviewStatus(review.status), style: 'bodyBold' } },
      {
        label: 'Decision',
        value: decision
          ? { text: label.decision(decision.outcome), style: 'bodyBold', color: decisionColor(decision.outcome) }
          : { text: 'Not decided yet', style: 'bodyMuted' },
      },
      { label: 'Due date', value: formatDate(review.dueDate, 'No due date') },
      { label: 'Generated', value: formatDateTime(report.generatedAt) },
    ],
    4,
    { tint: true, pad: 8 },
  )
  layout.y += 8
  factRow(
    layout,
    [
      { label: 'Gates', value: gateSummary(report) },
      { label: 'Findings', value: findingSummary(report) },
    ],
    2,
  )
  if (decision) {
    layout.y += 8
    layout.text(
      [
        { text: `Decided by ${decision.decidedBy} on ${formatDateTime(decision.decidedAt)}.`, style: 'bodyBold' },
        decision.reason
          ? { text: decision.reason, gap: 2 }
          : { text: 'No reason was recorded.', style: 'bodyMuted', gap: 2 },
      ],
      { after: 2 },
    )
  }
}

function gateSummary(report: ReadinessReport): string {
  if (report.gates.length === 0) return 'No gates.'
  const order = Object.keys(GATE_STATUS_WORDS) as (keyof typeof GATE_STATUS_WORDS)[]
  return order
    .flatMap((status) => {
      const n = report.gates.filter((g) => g.status === status).length
      return n ? [`${n} ${GATE_STATUS_WORDS[status].toLowerCase()}`] : []
    })
    .join(' · ')
}

function findingSummary(report: ReadinessReport): string {
  if (report.findings.length === 0) return 'No findings.'
  const count = (severity: string) => report.findings.filter((f) => f.severity === severity).length
  const accepted = report.findings.filter((f) => f.severity === 'BLOCKER' && f.acceptedRisk).length
  const blockers = `${plural(count('BLOCKER'), 'blocker')}${accepted ? ` (${accepted} accepted as risk)` : ''}`
  return [blockers, plural(count('WARNING'), 'warning'), `${count('INFO')} info`].join(' · ')
}

function decisionColor(outcome: string) {
  const word = label.decision(outcome).toLowerCase()
  return word.startsWith('rejected') ? COLOR.bad : word.startsWith('approved') ? COLOR.good : COLOR.ink
}

export function scopeSection(layout: PdfLayout, report: ReadinessReport) {
  const { review, boundaries } = report
  layout.heading('1  Scope')
  facts(
    layout,
    [
      { label: 'Platform', value: review.platform },
      { label: 'Deployment model', value: label.deploymentModel(review.deploymentModel) },
      { label: 'Template', value: review.template ?? 'No template' },
      { label: 'Environment', value: review.environment || '—' },
      { label: 'Regions', value: listWords(review.regions, 'None stated') },
      { label: 'Allowed jurisdictions', value: listWords(review.allowedJurisdictions, 'None stated') },
      { label: 'Data classification', value: label.dataClassification(review.dataClassification) },
      { label: 'Key requirement', value: label.keyRequirement(review.keyRequirement) },
      { label: 'Due date', value: formatDate(review.dueDate, 'No due date') },
    ],
    3,
  )
  layout.subheading('Boundaries')
  const statements: [string, string][] = [
    ['Control boundary — who can administer, disable or delete the keys', boundaries.control],
    ['Cryptographic boundary — where data is encrypted and who sees plaintext', boundaries.cryptographic],
    ['Operational boundary — who operates the platform and how access is controlled', boundaries.operational],
    ['Recovery boundary — how service and data come back after a key or region failure', boundaries.recovery],
  ]
  for (const [title, statement] of statements) {
    const rich: Rich = [
      { text: title, style: 'cellBold' },
      statement.trim() ? { text: statement, gap: 1 } : { text: 'Not stated.', style: 'bodyMuted', gap: 1 },
    ]
    layout.ensure(Math.min(heightOf(layout.lines(rich, layout.width)), 36))
    layout.text(rich, { after: 6 })
  }
}

export function coverageSection(layout: PdfLayout, report: ReadinessReport) {
  const c = report.coverage
  layout.heading('2  Coverage and status', 70)
  const tiles: [number, string, string][] = [
    [c.locations, 'Locations', 'inventoried'],
    [c.inScope, 'In scope', `of ${c.locations}`],
    [c.excluded, 'Excluded', 'with a reason'],
    [c.inScopeWithKey, 'In scope with a key', `of ${c.inScope} in scope`],
    [c.customerControlled, 'Customer-controlled', `of ${c.inScope} in scope`],
    [c.unknownOrNone, 'Unknown or none', 'encryption, in scope'],
  ]
  const gap = 8
  const width = (layout.width - gap * (tiles.length - 1)) / tiles.length
  const laid = tiles.map(([n, title, note]) =>
    layout.lines(
      [
        { text: String(n), style: 'stat', color: title === 'Unknown or none' && n > 0 ? COLOR.bad : undefined },
        { text: title, style: 'cellBold', gap: 2 },
        { text: note, style: 'cellMuted' },
      ],
      width - 12,
    ),
  )
  const height = Math.max(...laid.map(heightOf)) + 14
  layout.ensure(height)
  laid.forEach((lines, i) => {
    const x = layout.left + i * (width + gap)
    layout.fill(x, layout.y, width, height, COLOR.tint)
    layout.fill(x, layout.y, 2, height, i === tiles.length - 1 && c.unknownOrNone > 0 ? COLOR.bad : COLOR.strongRule)
    const top = layout.y
    layout.tag('P', () => drawStack(layout, lines, x + 8, top + 7))
  })
  layout.y += height + 4
}

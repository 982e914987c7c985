// The report's judgement: findings by severity, gates with their sign-offs, exceptions.
import { FINDING_CODES } from '@/lib/rules/finding-codes'
import { COLOR, type Part, type PdfLayout } from './pdf-layout'
import { table, type TableRow } from './pdf-table'
import { EXCEPTION_STATUS_WORDS, GATE_STATUS_WORDS, formatDateTime, label, plural } from './pdf-format'
import type { ExceptionStatus, GateStatus, ReadinessReport, ReportSignOff } from './report-types'

type Finding = ReadinessReport['findings'][number]

const SEVERITY_GROUPS: { severity: Finding['severity']; title: string }[] = [
  { severity: 'BLOCKER', title: 'Blockers' },
  { severity: 'WARNING', title: 'Warnings' },
  { severity: 'INFO', title: 'Info' },
]

const GATE_STATUS_COLOR: Record<GateStatus, string> = {
  SIGNED: COLOR.good,
  STALE: COLOR.warn,
  READY_TO_SIGN: COLOR.info,
  BLOCKED: COLOR.bad,
  IN_PROGRESS: COLOR.muted,
}
const EXCEPTION_STATUS_COLOR: Record<ExceptionStatus, string> = {
  LIVE: COLOR.good,
  EXPIRED: COLOR.bad,
  REQUESTED: COLOR.info,
  REVOKED: COLOR.muted,
}

/** Exceptions are numbered E1, E2… in report order so findings can point at them. */
export function exceptionNumbers(report: ReadinessReport): Map<string, string> {
  return new Map(report.exceptions.map((x, i) => [x.id, `E${i + 1}`]))
}

const codeTitle = (code: string) =>
  Object.hasOwn(FINDING_CODES, code) ? FINDING_CODES[code as keyof typeof FINDING_CODES].title : null

export function findingsSection(layout: PdfLayout, report: ReadinessReport) {
  layout.heading('5  Findings', report.findings.length ? 60 : 16)
  if (report.findings.length === 0) {
    layout.text({ text: 'No findings.', style: 'bodyMuted' }, { after: 6 })
    return
  }
  const numbers = exceptionNumbers(report)
  const counts = SEVERITY_GROUPS.map(
    ({ severity, title }) => `${report.findings.filter((f) => f.severity === severity).length} ${title.toLowerCase()}`,
  )
  const accepted = report.findings.filter((f) => f.acceptedRisk).length
  layout.text(
    {
      text: `${counts.join(', ')}; ${plural(accepted, 'accepted risk')} covered by a live exception.`,
      style: 'bodyMuted',
    },
    { after: 2 },
  )
  for (const { severity, title } of SEVERITY_GROUPS) {
    const group = report.findings.filter((f) => f.severity === severity)
    if (group.length === 0) continue
    const ordered = [...group.filter((f) => !f.acceptedRisk), ...group.filter((f) => f.acceptedRisk)]
    layout.subheading(`${title} (${group.length})`)
    const rows: TableRow[] = ordered.map((f) => ({
      cells: [
        [
          { text: f.code, style: 'monoSmall' },
          codeTitle(f.code) && { text: codeTitle(f.code)!, style: 'cellBold' },
          f.sourceStatus && { text: `Template fact: ${f.sourceStatus}`, style: 'cellMuted' },
          { text: f.message },
        ],
        label.gate(f.gate),
        f.target,
        f.acceptedRisk
          ? [
              { text: 'Accepted risk', style: 'cellBold', color: COLOR.warn },
              `Exception ${numbers.get(f.acceptedRisk.exceptionId) ?? f.acceptedRisk.exceptionId}`,
              `expires ${formatDateTime(f.acceptedRisk.expiresAt)}`,
            ]
          : { text: 'Open', style: 'cellBold', color: severity === 'BLOCKER' ? COLOR.bad : COLOR.ink },
      ],
    }))
    table(
      layout,
      [
        { header: 'Finding', weight: 47 },
        { header: 'Gate', weight: 14 },
        { header: 'Target', weight: 22 },
        { header: 'Status', weight: 17 },
      ],
      rows,
      { continued: `${title} (continued)` },
    )
  }
}

function signOffRow(s: ReportSignOff): Part[] {
  const parts: Part[] = [
    { text: `${s.signer.name} · ${s.signer.email} · signed ${formatDateTime(s.signedAt)}`, style: 'cellBold' },
    s.isCurrent
      ? { text: 'Current — the gate has not changed since this sign-off', style: 'cellBold', color: COLOR.good }
      : { text: 'Stale — changed since signed', style: 'cellBold', color: COLOR.warn },
    { text: `“${s.statement.trim()}”`, gap: 2 },
    { text: `Fingerprint ${s.fingerprint}`, style: 'mono', gap: 2 },
  ]
  if (!s.isCurrent) {
    parts.push({ text: 'What changed since signing:', style: 'cellBold', gap: 2 })
    if (s.changed.length === 0)
      parts.push({ text: 'The gate’s basis differs; no itemised change was recorded.', style: 'cellMuted' })
    for (const change of s.changed) parts.push({ text: `• ${change}` })
  }
  return parts
}

export function gatesSection(layout: PdfLayout, report: ReadinessReport) {
  layout.heading('6  Gates and sign-offs', report.gates.length ? 60 : 16)
  if (report.gates.length === 0) {
    layout.text({ text: 'No gates.', style: 'bodyMuted' }, { after: 6 })
    return
  }
  const rows: TableRow[] = report.gates.flatMap((g): TableRow[] => {
    const current = g.signOffs.filter((s) => s.isCurrent).length
    const gateRow: TableRow = {
      strong: true,
      joined: true,
      cells: [
        { text: g.label || label.gate(g.gate), style: 'cellBold' },
        { text: GATE_STATUS_WORDS[g.status] ?? g.status, style: 'cellBold', color: GATE_STATUS_COLOR[g.status] },
        `${g.requiredAccepted} of ${g.requiredTotal}`,
        g.openBlockers ? { text: `${g.openBlockers} open`, style: 'cellBold', color: COLOR.bad } : 'None',
        [`${g.quorum} needed`, { text: `${current} current`, style: 'cellMuted' }],
      ],
    }
    if (g.signOffs.length === 0) return [{ ...gateRow, joined: false }]
    // A stale sign-off is read against what the gate is now, so show the current fingerprint above them.
    const now: TableRow[] =
      current < g.signOffs.length
        ? [
            {
              span: { text: `Gate fingerprint now ${g.currentFingerprint}`, style: 'monoSmall' },
              indent: 14,
              joined: true,
            },
          ]
        : []
    return [gateRow, ...now, ...g.signOffs.map((s): TableRow => ({ span: signOffRow(s), indent: 14, tint: true }))]
  })
  table(
    layout,
    [
      { header: 'Gate', weight: 24 },
      { header: 'Status', weight: 30 },
      { header: 'Required accepted', weight: 16 },
      { header: 'Blockers', weight: 13 },
      { header: 'Quorum', weight: 17 },
    ],
    rows,
    { continued: 'Gates and sign-offs (continued)' },
  )
}

export function exceptionsSection(layout: PdfLayout, report: ReadinessReport) {
  layout.heading('7  Exceptions', report.exceptions.length ? 60 : 16)
  if (report.exceptions.length === 0) {
    layout.text({ text: 'No exceptions.', style: 'bodyMuted' }, { after: 6 })
    return
  }
  const numbers = exceptionNumbers(report)
  const rows: TableRow[] = report.exceptions.map((x) => ({
    cells: [
      [
        { text: numbers.get(x.id)!, style: 'cellBold' },
        { text: x.findingCode, style: 'monoSmall' },
      ],
      x.target,
      [
        x.justification,
        x.compensatingControls.trim() && {
          text: `Compensating controls: ${x.compensatingControls}`,
          style: 'cellMuted',
          gap: 2,
        },
      ],
      {
        text: EXCEPTION_STATUS_WORDS[x.status] ?? x.status,
        style: 'cellBold',
        color: EXCEPTION_STATUS_COLOR[x.status],
      },
      formatDateTime(x.expiresAt),
      x.approvedBy
        ? [x.approvedBy, x.grantNote ? { text: x.grantNote, style: 'cellMuted', gap: 2 } : null]
        : { text: 'Not approved', style: 'cellMuted' },
    ],
  }))
  table(
    layout,
    [
      { header: 'Exception', weight: 21 },
      { header: 'Target', weight: 17 },
      { header: 'Justification', weight: 32 },
      { header: 'Status', weight: 10 },
      { header: 'Expires', weight: 10 },
      { header: 'Approved by', weight: 12 },
    ],
    rows,
    { continued: 'Exceptions (continued)' },
  )
}

// The report's registers: storage inventory, key register, evidence list and the audit-chain head.
import { COLOR, type PdfLayout } from './pdf-layout'
import { table, type TableRow } from './pdf-table'
import { formatBytes, formatDate, label, listWords, plural } from './pdf-format'
import type { ReadinessReport } from './report-types'

const WEAK_ENCRYPTION = new Set(['unknown', 'none'])
const CMK_FULLY = new Set(['yes', 'supported'])

function empty(layout: PdfLayout, text: string) {
  layout.text({ text, style: 'bodyMuted' }, { after: 6 })
}

export function inventorySection(layout: PdfLayout, report: ReadinessReport) {
  layout.heading('3  Inventory', report.locations.length ? 60 : 16)
  if (report.locations.length === 0) return empty(layout, 'No storage locations inventoried.')
  const rows: TableRow[] = report.locations.map((l) => {
    const encryption = label.encryption(l.encryption)
    const isWeak = l.inScope && WEAK_ENCRYPTION.has(encryption.toLowerCase())
    const status = l.cmkStatus ? ` (${l.cmkStatus})` : ''
    const cmk =
      l.cmkSupported && (!CMK_FULLY.has(l.cmkSupported.toLowerCase()) || status)
        ? `CMK support: ${label.cmkSupport(l.cmkSupported).toLowerCase()}${status}`
        : null
    return {
      cells: [
        [
          l.name,
          l.holds.length
            ? { text: `Holds ${l.holds.map(label.holds).join(', ').toLowerCase()}`, style: 'cellMuted' }
            : null,
          l.controlledBy ? { text: `Controlled by ${l.controlledBy.toLowerCase()}`, style: 'cellMuted' } : null,
        ],
        label.kind(l.kind),
        l.region ?? { text: 'No region', style: 'cellMuted' },
        [
          { text: encryption, style: isWeak ? 'cellBold' : 'cell', color: isWeak ? COLOR.bad : undefined },
          cmk && { text: cmk, style: 'cellMuted' },
          l.provenance && { text: l.provenance.encryption, style: 'cellMuted' },
          l.keyChange && { text: l.keyChange, style: 'cellMuted' },
        ],
        l.key
          ? [l.key, l.provenance && { text: l.provenance.key, style: 'cellMuted' }]
          : {
              text: 'No key',
              style: l.inScope ? 'cellBold' : 'cellMuted',
              color: l.inScope ? COLOR.bad : undefined,
            },
        l.inScope
          ? { text: 'In scope', style: 'cellBold' }
          : [
              { text: 'Excluded', style: 'cellBold', color: COLOR.muted },
              { text: l.exclusionReason?.trim() || 'No reason given.', style: 'cellMuted' },
            ],
      ],
    }
  })
  table(
    layout,
    [
      { header: 'Location', weight: 21 },
      { header: 'Kind', weight: 11.5 },
      { header: 'Region', weight: 9.5 },
      { header: 'Encryption', weight: 22 },
      { header: 'Key', weight: 21 },
      { header: 'Scope', weight: 15 },
    ],
    rows,
    { continued: 'Inventory (continued)' },
  )
  const accounts = report.cloudAccounts ?? []
  const account = (a: (typeof accounts)[number]) =>
    `${a.provider} ${a.accountRef}${a.region ? ` (${a.region})` : ''}, controlled by ${a.controlledBy.toLowerCase()}`
  if (accounts.length)
    layout.text({ text: `Cloud accounts: ${accounts.map(account).join('; ')}.`, style: 'bodyMuted' }, { after: 6 })
}

export function keyRegisterSection(layout: PdfLayout, report: ReadinessReport) {
  layout.heading('4  Key register', report.keys.length ? 60 : 16)
  if (report.keys.length === 0) return empty(layout, 'No keys registered.')
  const rows: TableRow[] = report.keys.flatMap((k): TableRow[] => [
    {
      joined: true,
      cells: [
        [{ text: k.label, style: 'cellBold' }, k.keyRef !== k.label && { text: k.keyRef, style: 'monoSmall' }],
        label.service(k.service),
        label.ownership(k.ownership),
        k.administeredBy || '—',
        label.rotation(k.rotation),
        k.rotationValidatedAt ? formatDate(k.rotationValidatedAt) : { text: 'Not validated', style: 'cellMuted' },
        plural(k.protects, 'location'),
      ],
    },
    {
      span: {
        text: [
          `Stops if disabled: ${listWords(k.stopsIfDisabled, 'nothing that is in scope')}.`,
          k.provenance && `Model ${k.provenance.ownership}; rotation ${k.provenance.rotation}.`,
          k.whoCanDecrypt?.length &&
            `Who can decrypt: ${k.whoCanDecrypt
              .filter((p) => p.decrypt || p.grants)
              .map((p) => `${p.principal}${p.flags.length ? ` (${p.flags.join(', ')})` : ''}`)
              .join('; ')}.`,
        ]
          .filter(Boolean)
          .join(' '),
        style: 'cellMuted',
      },
      indent: 0,
    },
  ])
  table(
    layout,
    [
      { header: 'Key', weight: 30 },
      { header: 'Service', weight: 11 },
      { header: 'Model', weight: 14 },
      { header: 'Administered by', weight: 13 },
      { header: 'Rotation', weight: 10 },
      { header: 'Validated', weight: 10 },
      { header: 'Protects', weight: 11, align: 'right' },
    ],
    rows,
    { continued: 'Key register (continued)' },
  )
}

export function evidenceSection(layout: PdfLayout, report: ReadinessReport) {
  layout.heading('8  Evidence', report.evidence.length ? 60 : 16)
  if (report.evidence.length === 0) return empty(layout, 'No evidence uploaded.')
  const rows: TableRow[] = report.evidence.map((e) => ({
    cells: [
      [
        { text: e.title, style: e.isCurrent ? 'cellBold' : 'cell', color: e.isCurrent ? undefined : COLOR.muted },
        { text: e.kind === 'LINK' ? (e.url ?? 'Link') : (e.fileName ?? 'File'), style: 'cellMuted' },
        { text: `Uploaded by ${e.uploadedBy}`, style: 'cellMuted' },
      ],
      e.sha256
        ? { text: `${e.sha256.slice(0, 32)}\n${e.sha256.slice(32)}`, style: 'monoSmall', color: COLOR.ink }
        : { text: e.kind === 'LINK' ? 'Link, no file' : '—', style: 'cellMuted' },
      e.kind === 'LINK' ? '—' : formatBytes(e.sizeBytes),
      formatDate(e.effectiveDate),
      formatDate(e.expiresAt, 'No expiry'),
      e.isCurrent ? { text: 'Current', style: 'cellBold' } : { text: 'Superseded', style: 'cell', color: COLOR.muted },
    ],
  }))
  table(
    layout,
    [
      { header: 'Evidence', weight: 28 },
      { header: 'SHA-256', weight: 28 },
      { header: 'Size', weight: 9, align: 'right' },
      { header: 'Effective', weight: 11 },
      { header: 'Expires', weight: 11 },
      { header: 'State', weight: 11 },
    ],
    rows,
    { continued: 'Evidence (continued)' },
  )
}

export function auditSection(layout: PdfLayout, report: ReadinessReport) {
  layout.heading('9  Audit chain', 30)
  const head = report.auditHead
  if (!head) return empty(layout, 'No audit events recorded.')
  layout.text([
    { text: 'The latest event in the organization’s audit chain when this report was generated.', style: 'bodyMuted' },
    { text: `Sequence ${head.seq}`, style: 'bodyBold', gap: 4 },
    { text: `Head hash ${head.hash}`, style: 'mono', gap: 1 },
  ])
}

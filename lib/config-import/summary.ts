// A readable summary of a merged import, for the import-config command: one table per kind of fact.
import { USE_ACTIONS } from './aws/principal'
import type { MergedResult } from './result'

function table(title: string, header: string[], rows: string[][]): string {
  if (rows.length === 0) return `${title}: none`
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd()
  return [`${title} (${rows.length})`, line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join(
    '\n',
  )
}

function flags(p: MergedResult['principals'][number]): string {
  const f = [
    p.crossAccount && 'other account',
    !p.resolvable && 'does not resolve',
    p.delegatesToIam && 'whoever IAM allows',
    p.viaGrant && 'grant',
  ]
  return f.filter(Boolean).join(', ')
}

function actions(list: string[]): string {
  return list.length === USE_ACTIONS.length ? 'all use actions' : list.map((a) => a.replace(/^kms:/, '')).join(' ')
}

export function formatSummary(m: MergedResult): string {
  const parts = [
    `Read ${m.files.length} file${m.files.length === 1 ? '' : 's'}: ` +
      `${m.files.map((f) => `${f.file} (${f.source.command})`).join(', ')}`,
    table(
      'Locations',
      ['name', 'kind', 'state', 'model', 'key', 'key change'],
      m.locations.map((l) => [
        l.name,
        l.kind,
        l.encryption.state,
        l.encryption.model,
        l.encryption.keyRef ?? '-',
        l.keyChange?.mode ?? '-',
      ]),
    ),
    table(
      'Keys',
      ['key', 'manager', 'origin', 'state', 'rotation', 'aliases'],
      m.keys.map((k) => [
        k.ref,
        k.manager,
        k.origin ?? '-',
        k.state ? `${k.state}${k.deletionAt ? ` until ${k.deletionAt}` : ''}` : '-',
        k.rotation ? (k.rotation.enabled ? `every ${k.rotation.periodDays ?? '?'} days` : 'off') : '-',
        k.aliases?.join(' ') ?? '-',
      ]),
    ),
    table(
      'Who can use the keys',
      ['key', 'principal', 'actions', 'flags'],
      m.principals.map((p) => [p.keyRef, p.principal, actions(p.actions), flags(p)]),
    ),
    table(
      'Unresolved',
      ['ref', 'why'],
      m.unresolved.map((u) => [u.ref, u.why]),
    ),
  ]
  if (m.dropped.length) parts.push(`Dropped: ${m.dropped.length} item(s) (--json lists them)`)
  if (m.warnings.length) parts.push(['Warnings', ...m.warnings.map((w) => `- ${w.file}: ${w.message}`)].join('\n'))
  return parts.join('\n\n')
}

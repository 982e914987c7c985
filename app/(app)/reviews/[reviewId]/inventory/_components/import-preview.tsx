'use client'
// What an import would do, before it is applied: each file, each location and key to add, change or leave (with
// every change's source file and JSON path), who can use the keys, and what the files left unresolved or dropped.
import { StatusPill } from '@/components/ui/status-pill'
import { Button } from '@/components/ui/button'
import type { PlannedKey, PlannedLocation } from '@/lib/config-import/import-plan'
import { plural } from '@/lib/domain/plural'
import type { PreviewTotals } from '@/lib/config-import/import-preview'
import { FILE_STATUS, ROW_ACTION, fieldLabel, valueLabel } from './import-labels'
import type { PreviewAnswer } from './import-request'

function Rows({
  title,
  rows,
  totals,
}: {
  title: string
  rows: (PlannedKey | PlannedLocation)[]
  totals: PreviewTotals['keys']
}) {
  if (rows.length === 0) return null
  const all = totals.add + totals.change + totals.same
  const shown =
    rows.length < all ? ` (the first ${rows.length} of ${all.toLocaleString('en-US')} shown; all are applied)` : ''
  const caption = `${title}: ${totals.add} to add, ${totals.change} to change, ${totals.same} unchanged${shown}`
  return (
    <table className="w-full text-left text-xs">
      <caption className="pb-1 text-left text-xs font-semibold text-slate-700">{caption}</caption>
      <thead className="text-slate-500">
        <tr>
          <th scope="col" className="py-1 pr-2 font-medium">
            What
          </th>
          <th scope="col" className="py-1 pr-2 font-medium">
            Name
          </th>
          <th scope="col" className="py-1 font-medium">
            From the files
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 align-top">
        {rows.map((r) => (
          <tr key={`${r.action}-${r.ref}`}>
            <td className="py-1.5 pr-2">
              <StatusPill tone={ROW_ACTION[r.action].tone}>{ROW_ACTION[r.action].label}</StatusPill>
            </td>
            <td className="py-1.5 pr-2">
              <span className="font-medium break-all text-slate-900">{r.name}</span>
              {r.ref !== r.name && (
                <span className="block max-w-80 truncate font-mono text-[11px] text-slate-500" title={r.ref}>
                  {r.ref}
                </span>
              )}
            </td>
            <td className="py-1.5">
              <ul className="space-y-0.5">
                {r.changes.map((c) => (
                  <li key={c.field}>
                    <span className="font-medium">{fieldLabel(c.field)}:</span> {valueLabel(c.field, c.from)} →{' '}
                    <span className="font-medium text-slate-900" title={c.said || undefined}>
                      {valueLabel(c.field, c.to)}
                    </span>{' '}
                    <span className="font-mono text-[11px] text-slate-500">
                      {c.file} {c.path}
                    </span>
                  </li>
                ))}
                {r.verifies.length > 0 && (
                  <li className="text-emerald-800">Becomes verified: {r.verifies.map(fieldLabel).join(', ')}</li>
                )}
                {r.changes.length === 0 && r.verifies.length === 0 && (
                  <li className="text-slate-500">Matches the files</li>
                )}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const shortKey = (ref: string) => ref.split('/').pop()
const abilities = (actions: string[]) =>
  [
    actions.some((a) => a === 'kms:Decrypt' || a === 'kms:ReEncryptFrom') && 'decrypt',
    actions.some((a) => a.startsWith('kms:GenerateDataKey') || a === 'kms:ReEncryptTo') && 'make data keys',
    actions.includes('kms:CreateGrant') && 'create grants',
  ]
    .filter(Boolean)
    .join(', ')

function Listed({ title, items }: { title: string; items: { key: string; text: React.ReactNode }[] }) {
  if (items.length === 0) return null
  return (
    <details className="text-xs" open={items.length <= 5}>
      <summary className="cursor-pointer font-semibold text-slate-700">
        {title} ({items.length})
      </summary>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
        {items.map((i) => (
          <li key={i.key}>{i.text}</li>
        ))}
      </ul>
    </details>
  )
}

export function ImportPreviewView(props: {
  preview: PreviewAnswer
  busy: boolean
  onApply: () => void
  onCancel: () => void
}) {
  const p = props.preview
  const { keys, locations, principals, skipped } = p.rows
  const secrets = p.files.reduce((n, f) => n + f.redactedPaths.length, 0)
  return (
    <section aria-label="Import preview" className="space-y-4 rounded-md border border-sky-200 bg-sky-50/30 p-3">
      <table className="w-full text-left text-xs">
        <caption className="pb-1 text-left text-xs font-semibold text-slate-700">Files, stored as evidence</caption>
        <tbody className="divide-y divide-slate-100">
          {p.files.map((f) => (
            <tr key={f.name}>
              <td className="py-1 pr-2 font-mono">{f.name}</td>
              <td className="py-1 pr-2 text-slate-600">{f.command}</td>
              <td className="py-1 pr-2">
                <StatusPill tone={FILE_STATUS[f.status].tone}>{FILE_STATUS[f.status].label}</StatusPill>
              </td>
              <td className="py-1 text-slate-600">
                {f.redactedPaths.length > 0
                  ? `Stored redacted: ${plural(f.redactedPaths.length, 'sensitive value')} replaced`
                  : 'Stored as uploaded'}
                <span className="block font-mono text-[11px] text-slate-500">SHA-256 {f.sha256.slice(0, 16)}…</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Rows title="Locations" rows={locations} totals={p.totals.locations} />
      <Rows title="Keys" rows={keys} totals={p.totals.keys} />
      <Listed
        title="Who can use the keys"
        items={principals.flatMap((g) =>
          g.rows.map((r) => ({
            key: `${g.keyRef}-${r.principal}-${r.path}`,
            text: (
              <>
                <span className="font-mono">{r.principal}</span> on {shortKey(g.keyRef)}: {abilities(r.actions)}{' '}
                <span className="font-mono text-[11px] text-slate-500">
                  {r.file} {r.path}
                </span>
              </>
            ),
          })),
        )}
      />
      <Listed
        title="Unresolved"
        items={p.unresolved.map((u) => ({
          key: `${u.file}-${u.ref}-${u.why}`,
          text: (
            <>
              <span className="font-mono">{u.ref}</span>: {u.why}
            </>
          ),
        }))}
      />
      <Listed
        title={secrets ? 'Dropped: secrets and values not used' : 'Dropped'}
        items={p.dropped.map((d) => ({
          key: `${d.file}-${d.path}`,
          text: (
            <>
              <span className="font-mono">
                {d.file} {d.path}
              </span>
              : {d.why}
            </>
          ),
        }))}
      />
      <Listed
        title="Not imported"
        items={skipped.map((s) => ({
          key: s.ref,
          text: (
            <>
              <span className="font-mono">{s.ref}</span>: {s.why}
            </>
          ),
        }))}
      />
      <Listed title="Warnings" items={p.warnings.map((w, i) => ({ key: `${i}`, text: `${w.file}: ${w.message}` }))} />
      <div className="flex gap-2">
        <Button disabled={props.busy} onClick={props.onApply}>
          Apply these changes
        </Button>
        <Button variant="ghost" disabled={props.busy} onClick={props.onCancel}>
          Back
        </Button>
      </div>
    </section>
  )
}

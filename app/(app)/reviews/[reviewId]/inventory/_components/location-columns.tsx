'use client'
// The inventory table's columns: read-only cells (editing is in the drawer), so a page of rows stays light.
import {
  CMK_SUPPORT_LABELS,
  CONTROLLED_BY_LABELS,
  ENCRYPTION_LABELS,
  HOLDS_LABELS,
  type CmkSupport,
} from '@/lib/domain/enums'
import { SourceStatusPill } from '@/components/review/source-status-pill'
import { createDataTableColumnHelper } from '@/components/ui/data-table'
import { StatusPill, type Tone } from '@/components/ui/status-pill'
import { ENCRYPTION_TONE } from '@/components/review/labels'
import { FactBadge } from '@/components/review/fact-badge'
import { KEY_CHANGE_WORDS } from '@/lib/domain/template-key-change'
import { LOCATION_KIND_LABELS } from '@/lib/domain/enums'
import { plural } from '@/lib/domain/plural'
import type { LocationRow } from './types'

export type Row = LocationRow & { scope: LocationRow['scopeState']; keyFilter: string }
export type OpenEditor = (row: LocationRow, mode: 'edit' | 'exclude', opener: HTMLElement) => void

const CMK_TONE: Record<CmkSupport, Tone> = { yes: 'good', no: 'bad', partial: 'warn', unknown: 'neutral' }
const LINK = 'text-sky-800 hover:underline'

export function locationColumns(canEdit: boolean, open: OpenEditor) {
  const col = createDataTableColumnHelper<Row>()
  return [
    col.accessor('blockers', {
      header: 'Findings',
      cell: (c) => {
        const r = c.row.original
        if (!r.blockers && !r.warnings) return <StatusPill tone="good">OK</StatusPill>
        return (
          <span className="flex flex-wrap gap-0.5">
            {r.blockers > 0 && <StatusPill tone="bad">{plural(r.blockers, 'blocker')}</StatusPill>}
            {r.warnings > 0 && <StatusPill tone="warn">{r.warnings} warn.</StatusPill>}
          </span>
        )
      },
    }),
    col.accessor('name', {
      header: 'Location',
      meta: { className: 'min-w-52' },
      cell: (c) => {
        const r = c.row.original
        return (
          <span>
            <span className="font-medium">{r.name}</span>
            {r.resourceRef && (
              <span className="block max-w-64 truncate font-mono text-[11px] text-slate-500" title={r.resourceRef}>
                {r.resourceRef}
              </span>
            )}
            <span className="block text-[11px] text-slate-500">
              Holds: {r.holds.map((h) => HOLDS_LABELS[h]).join(', ') || '—'}
            </span>
            {r.keyChange && r.keyChange.mode !== 'UNKNOWN' && (
              <span className="block text-[11px] text-slate-500" title={`${r.keyChange.note} (${r.keyChange.source})`}>
                {KEY_CHANGE_WORDS[r.keyChange.mode]}
              </span>
            )}
            {canEdit && (
              <span className="mt-0.5 flex gap-2 text-xs">
                <button
                  type="button"
                  className={LINK}
                  aria-label={`Edit ${r.name}`}
                  onClick={(e) => open(r, 'edit', e.currentTarget)}
                >
                  Edit
                </button>
                {r.scopeState === 'IN_SCOPE' && (
                  <button
                    type="button"
                    className={LINK}
                    aria-label={`Propose excluding ${r.name}`}
                    onClick={(e) => open(r, 'exclude', e.currentTarget)}
                  >
                    Propose exclusion
                  </button>
                )}
              </span>
            )}
          </span>
        )
      },
    }),
    col.accessor('kind', {
      header: 'Kind',
      cell: (c) => {
        const by = c.row.original.controlledBy
        return (
          <span>
            {LOCATION_KIND_LABELS[c.getValue()]}
            {by && (
              <span className="mt-0.5 block">
                <StatusPill tone={by === 'CUSTOMER' ? 'good' : 'warn'}>
                  Controlled by {CONTROLLED_BY_LABELS[by].toLowerCase()}
                </StatusPill>
              </span>
            )}
          </span>
        )
      },
    }),
    col.accessor('region', {
      header: 'Region',
      cell: (c) => c.getValue() ?? <span className="text-slate-500">—</span>,
    }),
    col.accessor('encryption', {
      header: 'Encryption',
      cell: (c) => (
        <span className="flex flex-col items-start gap-0.5">
          <StatusPill tone={ENCRYPTION_TONE[c.getValue()]}>{ENCRYPTION_LABELS[c.getValue()]}</StatusPill>
          <FactBadge fact={c.row.original.provenance.encryption} />
        </span>
      ),
    }),
    col.accessor('keyFilter', {
      header: 'Key',
      // A long alias is cut with an ellipsis, not allowed to push the CMK column out of the card.
      meta: { className: 'max-w-44' },
      cell: (c) => {
        const r = c.row.original
        return (
          <span className="flex flex-col items-start gap-0.5">
            {r.keyLabel ? (
              <span className="block max-w-44 truncate font-mono text-xs" title={r.keyLabel}>
                {r.keyLabel}
              </span>
            ) : (
              <span className="text-slate-500">No key</span>
            )}
            {r.keyId && <FactBadge fact={r.provenance.keyId} />}
          </span>
        )
      },
    }),
    col.accessor('scope', {
      header: 'Scope',
      meta: { className: 'whitespace-nowrap' },
      cell: (c) =>
        c.getValue() === 'IN_SCOPE' ? (
          <StatusPill tone="info">In scope</StatusPill>
        ) : c.getValue() === 'PROPOSED' ? (
          <span title="A security reviewer has not accepted the exclusion yet, so the location still counts">
            <StatusPill tone="info">In scope</StatusPill>
            <span className="mt-0.5 block text-[11px] font-medium text-amber-800">Exclusion proposed</span>
          </span>
        ) : (
          <span title={c.row.original.exclusionReason ?? ''}>
            <StatusPill>Excluded</StatusPill>
          </span>
        ),
    }),
    col.accessor('cmkSupported', {
      header: 'CMK (template)',
      cell: (c) => {
        const v = c.getValue()
        const status = c.row.original.cmkStatus
        return v ? (
          <span className="flex flex-wrap gap-0.5">
            <StatusPill tone={CMK_TONE[v]}>{CMK_SUPPORT_LABELS[v]}</StatusPill>
            {status && <SourceStatusPill status={status} />}
          </span>
        ) : (
          <span className="text-slate-500">—</span>
        )
      },
    }),
  ]
}

import 'server-only'
// The inventory table's rows, built from the (cached) workspace: shared by the page and its CSV export.
import type { loadWorkspace } from '@/lib/dal/workspace'
import { locationController } from '@/lib/domain/controller'
import { getTemplate } from '@/lib/domain/templates'
import { keyChangeOf } from '@/lib/domain/template-key-change'
import { LOCATION_FIELDS } from '@/lib/domain/fields/location'
import { fieldNames, pickFields } from '@/lib/domain/fields/spec'
import type { LocationRow } from './_components/types'

type Workspace = Pick<
  Awaited<ReturnType<typeof loadWorkspace>>,
  'review' | 'cloudAccounts' | 'locations' | 'keys' | 'findings' | 'provenance' | 'snapshot'
>

// Notes are long free text the workspace does not load: withTexts adds them for the rows shown.
const NAMES = fieldNames(LOCATION_FIELDS).filter((n): n is Exclude<typeof n, 'notes'> => n !== 'notes')
// The workspace is cached per review revision, so its rows are too: a request at 5,000 locations then only
// filters, sorts and slices them.
const built = new WeakMap<object, LocationRow[]>()

/** Every location as a row without its free text (notes, source: fill them for the rows shown). */
export function locationRows(workspace: Workspace): LocationRow[] {
  const hit = built.get(workspace.locations)
  if (hit) return hit
  const rows = buildRows(workspace)
  built.set(workspace.locations, rows)
  return rows
}

function buildRows({ review, cloudAccounts, locations, keys, findings, provenance, snapshot }: Workspace) {
  const template = review.templateId ? getTemplate(review.templateId) : null
  const snapshotById = new Map(snapshot.locations.map((l) => [l.id, l]))
  const accountsById = new Map(cloudAccounts.map((a) => [a.id, a]))
  const keyLabels = new Map(keys.map((k) => [k.id, k.alias || k.keyRef]))
  const findingsByTarget = new Map<string, typeof findings>()
  for (const f of findings) {
    const list = findingsByTarget.get(f.targetRef)
    if (list) list.push(f)
    else findingsByTarget.set(f.targetRef, [f])
  }
  return locations.map((l): LocationRow => {
    const mine = findingsByTarget.get(`location:${l.id}`) ?? []
    const snap = snapshotById.get(l.id)
    return {
      ...pickFields(l, NAMES),
      id: l.id,
      version: l.version,
      reviewId: l.reviewId,
      cmkSupported: l.cmkSupported,
      cmkStatus: l.cmkStatus,
      controlledBy: locationController(l, accountsById),
      scopeState: !l.inScope ? 'EXCLUDED' : snap?.exclusionProposed ? 'PROPOSED' : 'IN_SCOPE',
      notes: '',
      keyLabel: (l.keyId && keyLabels.get(l.keyId)) || null,
      source: null,
      blockers: mine.filter((f) => f.severity === 'BLOCKER' && !f.acceptedRisk).length,
      warnings: mine.filter((f) => f.severity === 'WARNING').length,
      provenance: provenance.get(l.id) ?? {},
      keyChange: keyChangeOf(template, snap ?? l) ?? null,
    }
  })
}

/** The rows with their notes and template source filled in from `texts`. */
export function withTexts(rows: LocationRow[], texts: Map<string, { notes: string | null; source: string | null }>) {
  return rows.map((r) => ({ ...r, notes: texts.get(r.id)?.notes ?? '', source: texts.get(r.id)?.source ?? null }))
}

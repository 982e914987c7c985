// The whole preview of an import: what happens to each file (stored as new evidence, as a new version of an
// earlier import of the same file, or left because it is byte-identical), the row plan, and what the sources
// left unresolved or dropped. `fingerprintBasis` is what apply re-checks under the review lock.
import type { PlannedKey, PlannedLocation, RowPlan } from './import-plan'
import type { MergedResult } from './result'

export interface IncomingFile {
  name: string
  command: string
  /** SHA-256 of the bytes stored: the redacted bytes when secrets were found. */
  sha256: string
  sizeBytes: number
  /** Paths whose values were replaced before storing; empty when the file is stored as uploaded. */
  redactedPaths: string[]
  /** SHA-256 of the uploaded bytes when they were redacted (they are never stored). */
  originalSha256: string | null
}

export interface ExistingFile {
  evidenceId: string
  fileName: string
  sourceCommand: string
  sha256: string
}

export interface PlannedFile extends IncomingFile {
  status: 'new' | 'new-version' | 'unchanged'
  /** Unchanged: the evidence that already holds it; new version: the evidence it supersedes. */
  evidenceId: string | null
}

export interface ImportPreview {
  files: PlannedFile[]
  rows: RowPlan
  unresolved: MergedResult['unresolved']
  dropped: MergedResult['dropped']
  warnings: MergedResult['warnings']
}

/** The newest current evidence of the same file name and command is the version a re-import supersedes. */
export function planFiles(incoming: IncomingFile[], existing: ExistingFile[]): PlannedFile[] {
  return incoming.map((f) => {
    const same = existing.find((e) => e.fileName === f.name && e.sourceCommand === f.command)
    if (!same) return { ...f, status: 'new', evidenceId: null }
    return { ...f, status: same.sha256 === f.sha256 ? 'unchanged' : 'new-version', evidenceId: same.evidenceId }
  })
}

export function hasWork(p: ImportPreview): boolean {
  const rows = [...p.rows.keys, ...p.rows.locations]
  return p.files.some((f) => f.status !== 'unchanged') || rows.some((r) => r.action !== 'same' || r.verifies.length)
}

const rowBasis = (r: PlannedKey | PlannedLocation) => ({
  action: r.action,
  ref: r.ref,
  id: r.id,
  version: r.version,
  changes: r.changes.map((c) => [c.field, c.to, c.file, c.path]),
  verifies: r.verifies,
})

/** What the owner saw and approved: the same basis under the lock means the same writes. */
export function fingerprintBasis(p: ImportPreview) {
  return {
    files: p.files.map((f) => [f.name, f.sha256, f.status, f.evidenceId]),
    keys: p.rows.keys.map(rowBasis),
    locations: p.rows.locations.map(rowBasis),
    principals: p.rows.principals.map((g) => [g.keyRef, g.rows.map((r) => [r.principal, r.actions, r.path])]),
  }
}

export interface PreviewTotals {
  locations: Record<'add' | 'change' | 'same', number>
  keys: Record<'add' | 'change' | 'same', number>
  principals: number
}

/** Rows a screen can show: changes first, then additions, then the unchanged, at most `limit` of each kind. */
export function forDisplay(p: ImportPreview, limit = 200): ImportPreview & { totals: PreviewTotals } {
  const ORDER = { change: 0, add: 1, same: 2 } as const
  const count = (rows: { action: 'add' | 'change' | 'same' }[]) => ({
    add: rows.filter((r) => r.action === 'add').length,
    change: rows.filter((r) => r.action === 'change').length,
    same: rows.filter((r) => r.action === 'same').length,
  })
  const top = <R extends { action: 'add' | 'change' | 'same' }>(rows: R[]) =>
    [...rows].sort((a, b) => ORDER[a.action] - ORDER[b.action]).slice(0, limit)
  let budget = limit
  const principals = p.rows.principals.flatMap((g) => {
    if (budget <= 0) return []
    const rows = g.rows.slice(0, budget)
    budget -= rows.length
    return [{ ...g, rows }]
  })
  return {
    ...p,
    rows: { ...p.rows, keys: top(p.rows.keys), locations: top(p.rows.locations), principals },
    dropped: p.dropped.slice(0, limit),
    warnings: p.warnings.slice(0, limit),
    unresolved: p.unresolved.slice(0, limit),
    totals: {
      locations: count(p.rows.locations),
      keys: count(p.rows.keys),
      principals: p.rows.principals.reduce((n, g) => n + g.rows.length, 0),
    },
  }
}

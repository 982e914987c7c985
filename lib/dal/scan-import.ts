import 'server-only'
// Scanner results into a review: every file is parsed first (one malformed file refuses the import, and
// nothing is stored); then, in one transaction under the review lock, the review's facts are re-read, each
// finding is matched and re-graded, the raw files become evidence (linked to the locations they matched) and
// the per-finding results are stored. The re-grades become findings through lib/rules/scanners.ts.
import { db, type Tx } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { EXPECTED_FORMATS, ScanParseError, type ParsedScan } from '@/lib/scanners/finding'
import { factsFromReview } from '@/lib/scanners/facts-from-review'
import { SCANNER_LABELS } from '@/lib/scanners/labels'
import { parseScanFiles, planScanImport, type ScanImportPlan } from '@/lib/scanners/review-import'
import { safeFileName } from '@/lib/storage/content-type'
import { plural } from '@/lib/domain/plural'
import type { CmkSupport } from '@/lib/domain/enums'
import { assertCan, type Actor } from './actor'
import { storeFileEvidence } from './evidence'
import { findReviewForActor } from './review-access'
import type { ReviewChange } from './review-change'

/** At most this many files in one import. */
export const MAX_SCAN_FILES = 10

export interface ScanUpload {
  fileName: string
  bytes: Uint8Array
}

export interface ScanImportResult {
  files: { fileName: string; format: string; findings: number; evidenceId: string; sha256: string }[]
  summary: ScanImportPlan['summary']
  regraded: number
  unmatched: number
}

const ROWS_PER_INSERT = 1000
// A JSON string may carry an escaped NUL (\u0000), which PostgreSQL text cannot hold.
const clean = (s: string) => s.replaceAll('\u0000', '')
const cleanOrNull = (s: string | undefined) => (s === undefined ? null : clean(s))

function decodeText(file: ScanUpload, name: string): string {
  if (file.bytes.includes(0)) throw new ScanParseError(`${name}: not a text file; expected ${EXPECTED_FORMATS}`)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file.bytes)
  } catch {
    throw new ScanParseError(`${name}: not UTF-8 text; expected ${EXPECTED_FORMATS}`)
  }
}

/** Parses every file or refuses them all, with the parser's message naming each bad file. */
function parseUploads(files: ScanUpload[], names: string[]): ParsedScan[] {
  try {
    const texts = files.map((f, i) => ({ name: names[i], text: decodeText(f, names[i]) }))
    const parsed = parseScanFiles(texts)
    const empty = parsed.filter((p) => p.findings.length === 0).map((p) => `${p.file}: holds no findings to import.`)
    if (empty.length) throw new ScanParseError(empty.join('\n'))
    return parsed
  } catch (e) {
    if (e instanceof ScanParseError) throw new AppError('VALIDATION', `Nothing was imported. ${e.message}`)
    throw e
  }
}

async function reviewFacts(tx: Tx, change: ReviewChange) {
  const where = { reviewId: change.review.id, organizationId: change.review.organizationId }
  const [locations, keys] = await Promise.all([
    tx.storageLocation.findMany({
      where,
      select: {
        id: true,
        name: true,
        kind: true,
        resourceRef: true,
        encryption: true,
        keyId: true,
        inScope: true,
        cmkSupported: true,
      },
    }),
    tx.key.findMany({ where, select: { id: true, keyRef: true, ownership: true } }),
  ])
  return factsFromReview({
    templateId: change.review.templateId,
    locations: locations.map((l) => ({ ...l, cmkSupported: l.cmkSupported as CmkSupport | null })),
    keys,
  })
}

const evidenceTitle = (scan: ParsedScan) => {
  const scanner = scan.findings[0]?.scanner
  return `${scanner ? SCANNER_LABELS[scanner] : 'Scanner'} results (${scan.format}): ${scan.file}`
}

export async function importScans(
  actor: Actor,
  reviewId: string,
  files: ScanUpload[],
  now = new Date(),
): Promise<ScanImportResult> {
  assertCan(actor, 'scan:import')
  if (files.length === 0) throw new AppError('VALIDATION', 'Choose a scanner output file, or paste one.')
  if (files.length > MAX_SCAN_FILES)
    throw new AppError('VALIDATION', `Import at most ${MAX_SCAN_FILES} files at a time.`)
  const names = files.map((f) => safeFileName(f.fileName, 'scan.json'))
  const parsed = parseUploads(files, names)
  // Fail fast, before any byte is stored: the review must be this organization's and still editable.
  const review = await findReviewForActor(db as unknown as Tx, actor, reviewId)
  if (review.status === 'DECIDED')
    throw new AppError('CONFLICT', 'This review is decided and read-only. Start a re-review to change it.')

  const today = new Date(now.toISOString().slice(0, 10))
  let plan: ScanImportPlan | null = null
  const planFor = async (change: ReviewChange) =>
    (plan ??= planScanImport(parsed, await reviewFacts(change.tx, change)))
  return storeFileEvidence(
    actor,
    reviewId,
    'scan:import',
    parsed.map((scan, i) => ({
      body: (async function* () {
        yield files[i].bytes
      })(),
      fileName: names[i],
      title: evidenceTitle(scan),
      note: `${plural(scan.findings.length, 'finding')} imported on the scans page.`,
      effectiveDate: today,
    })),
    async (change, i) => {
      const located = (await planFor(change)).files[i].results.flatMap((r) => (r.locationId ? [r.locationId] : []))
      return [...new Set(located)].map((locationId) => ({ locationId }))
    },
    async (change, evidence) => {
      const done = await planFor(change)
      for (const [i, file] of done.files.entries()) {
        const rows = file.results.map((r) => ({
          organizationId: actor.organizationId,
          reviewId,
          evidenceId: evidence[i].id,
          scanner: r.scanner,
          format: file.format,
          checkId: clean(r.checkId),
          resourceRef: clean(r.resourceRef),
          resourceType: cleanOrNull(r.resourceType),
          region: cleanOrNull(r.region),
          title: cleanOrNull(r.title),
          status: r.status,
          rawStatus: cleanOrNull(r.rawStatus),
          regrade: r.regrade,
          reason: r.reason,
          atRest: r.atRest,
          locationId: r.locationId,
          path: clean(r.path),
          line: r.line ?? null,
          importedById: actor.userId,
          createdAt: now,
        }))
        for (let at = 0; at < rows.length; at += ROWS_PER_INSERT)
          await change.tx.scanResult.createMany({ data: rows.slice(at, at + ROWS_PER_INSERT) })
      }
      const results = done.files.flatMap((f) => f.results)
      const outcome: ScanImportResult = {
        files: done.files.map((f, i) => ({
          fileName: f.file,
          format: f.format,
          findings: f.results.length,
          evidenceId: evidence[i].id,
          sha256: evidence[i].sha256!,
        })),
        summary: done.summary,
        regraded: results.filter((r) => r.status === 'PASS' && r.regrade.startsWith('REGRADED_')).length,
        unmatched: results.filter((r) => r.atRest && !r.matched).length,
      }
      await change.audit('scan.imported', 'Review', reviewId, {
        files: outcome.files,
        summary: outcome.summary,
        regraded: outcome.regraded,
        unmatched: outcome.unmatched,
      })
      return outcome
    },
  )
}

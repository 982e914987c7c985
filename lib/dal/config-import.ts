import 'server-only'
// Importing configuration outputs into a review (issue 11): a preview of what the files would add, change and
// leave, then an apply that re-plans under the review lock and writes it all in one audited transaction (the
// files as evidence, redacted where they held secrets; the rows; each fact's provenance; keys' principals).
import { createHash } from 'node:crypto'
import { canonicalJson } from '@/lib/audit/canonical'
import { planRows } from '@/lib/config-import/import-plan'
import {
  fingerprintBasis,
  forDisplay,
  hasWork,
  planFiles,
  type ImportPreview,
  type PreviewTotals,
} from '@/lib/config-import/import-preview'
import { reviewFactsFrom } from '@/lib/config-import/review-facts'
import { db, type Tx } from '@/lib/db'
import { AppError, conflict } from '@/lib/errors'
import { evidenceLimits, getBlobStore, sealUpload, type BlobStore } from '@/lib/storage'
import { assertAllowedType } from '@/lib/storage/content-type'
import { assertCan, type Actor } from './actor'
import { prepareImport, type ImportFileInput, type PreparedImport } from './config-import-files'
import { readReviewRows, type ReviewRows } from './config-import-read'
import { writeImport, type StoredBlob } from './config-import-write'
import { findReviewForActor } from './review-access'
import { withReviewChange } from './review-change'

export type { ImportFileInput }
export interface ImportPreviewResult extends ImportPreview {
  /** Send it back with the apply: the import is applied only if it would still do exactly this. */
  fingerprint: string
}

function previewOf(prepared: PreparedImport, review: ReviewRows): ImportPreviewResult {
  const preview: ImportPreview = {
    files: planFiles(
      prepared.files.map(({ stored: _bytes, ...f }) => f),
      review.files,
    ),
    rows: planRows(reviewFactsFrom(prepared.merged, prepared.parsed), review),
    unresolved: prepared.merged.unresolved,
    dropped: prepared.merged.dropped,
    warnings: prepared.merged.warnings,
  }
  const fingerprint = createHash('sha256')
    .update(canonicalJson(fingerprintBasis(preview)))
    .digest('hex')
  return { ...preview, fingerprint }
}

async function editableReview(actor: Actor, reviewId: string) {
  const review = await findReviewForActor(db as unknown as Tx, actor, reviewId)
  if (review.status === 'DECIDED')
    throw new AppError('CONFLICT', 'This review is decided and read-only. Start a re-review to change it.')
}

/**
 * What importing these files would do; writes nothing. Lists at most `limit` rows of each kind (changes first):
 * the totals count them all, and an apply writes them all.
 */
export async function previewConfigImport(
  actor: Actor,
  reviewId: string,
  files: ImportFileInput[],
  now = new Date(),
  limit = 200,
): Promise<ImportPreviewResult & { totals: PreviewTotals }> {
  assertCan(actor, 'inventory:edit')
  await editableReview(actor, reviewId)
  const prepared = prepareImport(files)
  const preview = previewOf(prepared, await readReviewRows(db as unknown as Tx, actor.organizationId, reviewId, now))
  return { ...forDisplay(preview, limit), fingerprint: preview.fingerprint }
}

async function storeBlob(
  store: BlobStore,
  file: PreparedImport['files'][number],
  organizationId: string,
  tx?: Tx,
): Promise<StoredBlob> {
  const { maxBytes, allowedTypes } = evidenceLimits()
  let contentType = 'application/octet-stream'
  const blob = await store.write(
    (async function* () {
      yield file.stored
    })(),
    {
      tx,
      organizationId,
      maxBytes,
      inspect: (head) => void (contentType = assertAllowedType(head, file.name, allowedTypes)),
    },
  )
  return { storageKey: blob.storageKey, storageBackend: store.backend, contentType }
}

/**
 * Applies the import if, under the review lock, it still plans exactly what the preview showed (`fingerprint`);
 * otherwise nothing is written and the owner looks at a new preview.
 */
export async function applyConfigImport(
  actor: Actor,
  reviewId: string,
  files: ImportFileInput[],
  fingerprint: string,
  now = new Date(),
) {
  assertCan(actor, 'inventory:edit')
  await editableReview(actor, reviewId)
  const prepared = prepareImport(files)
  const store = getBlobStore()
  // S3 objects are written before the transaction and removed if it fails or does not use them.
  const early = new Map<string, StoredBlob>()
  if (store.backend === 'S3')
    for (const f of prepared.files) early.set(f.name, await storeBlob(store, f, actor.organizationId))
  const used = new Set<string>()
  let committed = false
  try {
    const result = await withReviewChange(
      actor,
      reviewId,
      'inventory:edit',
      async (c) => {
        const review = await readReviewRows(c.tx, actor.organizationId, reviewId, c.now)
        const preview = previewOf(prepared, review)
        if (preview.fingerprint !== fingerprint)
          throw conflict(
            'The review or its earlier imports changed since this preview: look at the new preview, then apply.',
          )
        if (!hasWork(preview))
          throw new AppError('VALIDATION', 'Nothing to import: the review already matches these files.')
        const blobs = new Map<string, StoredBlob>()
        for (const f of preview.files) {
          if (f.status === 'unchanged') continue
          const file = prepared.files.find((p) => p.name === f.name)!
          blobs.set(f.name, early.get(f.name) ?? (await storeBlob(store, file, actor.organizationId, c.tx)))
          used.add(f.name)
        }
        const written = await writeImport(c, reviewId, preview, review.keys, blobs)
        const rows = (list: typeof preview.rows.keys | typeof preview.rows.locations, action: string) =>
          list
            .filter((r) => r.action === action)
            .map((r) => ({ ref: r.ref, changes: r.changes.map(({ said: _s, ...x }) => x) }))
        await c.audit('config.imported', 'Review', reviewId, {
          reviewId,
          files: preview.files.map((f) => ({
            name: f.name,
            command: f.command,
            status: f.status,
            evidenceId: written.evidenceIds.get(f.name),
            sha256: f.sha256,
            originalSha256: f.originalSha256,
            redactedPaths: f.redactedPaths,
          })),
          keys: { added: rows(preview.rows.keys, 'add'), changed: rows(preview.rows.keys, 'change') },
          locations: { added: rows(preview.rows.locations, 'add'), changed: rows(preview.rows.locations, 'change') },
          facts: written.facts,
          principals: written.principals,
        })
        if (store.backend === 'POSTGRES') await sealUpload(c.tx)
        return {
          files: preview.files.length,
          keys: countActions(preview.rows.keys),
          locations: countActions(preview.rows.locations),
          principals: written.principals,
        }
      },
      { now, timeoutMs: 10 * 60_000 },
    )
    committed = true
    return result
  } finally {
    for (const [name, blob] of early)
      if (!committed || !used.has(name)) await store.remove(blob.storageKey).catch(() => {})
  }
}

function countActions(rows: { action: 'add' | 'change' | 'same' }[]) {
  return {
    added: rows.filter((r) => r.action === 'add').length,
    changed: rows.filter((r) => r.action === 'change').length,
    unchanged: rows.filter((r) => r.action === 'same').length,
  }
}

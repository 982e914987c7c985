import 'server-only'
// Each imported file as evidence: a new file or a new version of an earlier import of it (which supersedes that
// one and carries its links), stored by the evidence path of ./evidence.ts; then linked, in bulk, to the
// locations and keys it describes. A byte-identical file is not stored again; it only gains missing links.
import type { PlannedFile } from '@/lib/config-import/import-preview'
import { insertMany } from './bulk-insert'
import { writeEvidence, type LinkTarget } from './evidence'
import type { ReviewChange } from './review-change'
import { startOfUtcDay } from '@/lib/domain/dates'

export interface StoredBlob {
  storageKey: string
  storageBackend: 'POSTGRES' | 'S3'
  contentType: string
}

const LINK_COLUMNS = [
  'requestId',
  'locationId',
  'keyId',
  'drillId',
  'costLineId',
  'compatibilityCheckId',
  'migrationStepId',
] as const
const sameLink = (a: LinkTarget, b: LinkTarget) => LINK_COLUMNS.every((k) => (a[k] ?? null) === (b[k] ?? null))
const LINK_TABLE_COLUMNS = {
  organization_id: 'text',
  evidence_id: 'text',
  request_id: 'text',
  location_id: 'text',
  key_id: 'text',
  drill_id: 'text',
  cost_line_id: 'text',
  compatibility_check_id: 'text',
  migration_step_id: 'text',
  created_by_id: 'text',
} as const

/** Each new file becomes evidence (a new version supersedes the last and keeps its links); all get their links. */
export async function writeFiles(
  c: ReviewChange,
  reviewId: string,
  files: PlannedFile[],
  blobs: Map<string, StoredBlob>,
  linksOf: (file: string) => LinkTarget[],
) {
  const evidenceIds = new Map<string, string>()
  for (const f of files) {
    const kept = (f.evidenceId ? await c.tx.evidenceLink.findMany({ where: { evidenceId: f.evidenceId } }) : []).map(
      (l) => Object.fromEntries(LINK_COLUMNS.flatMap((k) => (l[k] ? [[k, l[k]]] : []))) as LinkTarget,
    )
    let evidenceId = f.evidenceId!
    let links = linksOf(f.name).filter((t) => !kept.some((k) => sameLink(k, t)))
    if (f.status !== 'unchanged') {
      const blob = blobs.get(f.name)!
      const redacted = f.redactedPaths.length
        ? ` ${f.redactedPaths.length} sensitive value(s) were replaced before storing ` +
          `(${f.redactedPaths.join(', ')}); the original's SHA-256 is ${f.originalSha256}.`
        : ''
      const evidence = await writeEvidence(
        c,
        reviewId,
        {
          organizationId: c.actor.organizationId,
          reviewId,
          kind: 'FILE',
          title: f.name,
          note: `Imported configuration output of \`${f.command}\`.${redacted}`,
          fileName: f.name,
          contentType: blob.contentType,
          sizeBytes: BigInt(f.sizeBytes),
          sha256: f.sha256,
          storageBackend: blob.storageBackend,
          storageKey: blob.storageKey,
          sourceCommand: f.command,
          originalSha256: f.originalSha256,
          effectiveDate: startOfUtcDay(c.now), // a calendar day: the day it was imported
          supersedesId: f.evidenceId,
          uploadedById: c.actor.userId,
        },
        [], // linked below, in bulk: a large state describes thousands of resources
      )
      evidenceId = evidence.id
      links = [...kept, ...links] // the new version carries the old one's links
    }
    evidenceIds.set(f.name, evidenceId)
    if (links.length === 0) continue
    const column = (t: LinkTarget, k: (typeof LINK_COLUMNS)[number]) => t[k] ?? null
    await insertMany(
      c.tx,
      'evidence_links',
      LINK_TABLE_COLUMNS,
      links.map((t) => ({
        organization_id: c.actor.organizationId,
        evidence_id: evidenceId,
        request_id: column(t, 'requestId'),
        location_id: column(t, 'locationId'),
        key_id: column(t, 'keyId'),
        drill_id: column(t, 'drillId'),
        cost_line_id: column(t, 'costLineId'),
        compatibility_check_id: column(t, 'compatibilityCheckId'),
        migration_step_id: column(t, 'migrationStepId'),
        created_by_id: c.actor.userId,
      })),
      { now: c.now, timestamps: ['created_at'] },
    )
    await c.audit('evidence.linked', 'Evidence', evidenceId, {
      reviewId,
      locations: links.filter((t) => t.locationId).length,
      keys: links.filter((t) => t.keyId).length,
      other: links.filter((t) => !t.locationId && !t.keyId).length,
    })
  }
  return evidenceIds
}

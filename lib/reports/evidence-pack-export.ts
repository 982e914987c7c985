import 'server-only'
// Assembles a review's evidence pack: the report, its PDF, every evidence file (all versions) streamed
// from the blob store, and the signed manifest. The export itself is audited with the manifest's hash.
import { createHash } from 'node:crypto'
import { db } from '@/lib/db'
import { getBlobStore } from '@/lib/storage'
import { assertCan, type Actor } from '@/lib/dal/actor'
import { recordEvent } from '@/lib/dal/record-event'
import { buildReadinessReport } from './readiness-data'
import { renderReadinessPdf } from './readiness-pdf'
import { buildEvidencePack } from './evidence-pack'
import { manifestBytes } from './pack-manifest'
import { packSigner } from './pack-signer'

export async function exportEvidencePack(actor: Actor, reviewId: string, now = new Date()) {
  assertCan(actor, 'review:read')
  const report = await buildReadinessReport(actor, reviewId, now)
  const files = await db.evidence.findMany({
    where: { reviewId, organizationId: actor.organizationId, kind: 'FILE' },
    orderBy: { createdAt: 'asc' },
  })
  const reportPdf = await renderReadinessPdf(report)
  const pack = buildEvidencePack({
    report,
    reportPdf,
    signer: packSigner(),
    files: files.map((e) => ({
      evidenceId: e.id,
      title: e.title,
      fileName: e.fileName ?? 'evidence',
      sizeBytes: Number(e.sizeBytes),
      sha256: e.sha256!,
      open: () => getBlobStore(e.storageBackend!).read(e.storageKey!),
    })),
  })
  const manifestSha256 = createHash('sha256').update(manifestBytes(pack.manifest)).digest('hex')
  await db.$transaction((tx) =>
    recordEvent(tx, actor, 'evidence_pack.exported', 'Review', reviewId, {
      manifestSha256,
      files: files.length,
      sizeBytes: pack.sizeBytes,
      keyId: packSigner().keyId,
    }),
  )
  return { ...pack, title: report.review.title, manifestSha256 }
}

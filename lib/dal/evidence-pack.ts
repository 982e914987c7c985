import 'server-only'
// Assembles a review's evidence pack: the report, its PDF, every evidence file (all versions) streamed
// from the blob store, and the signed manifest. The export itself is audited with the manifest's hash.
import { createHash } from 'node:crypto'
import { db } from '@/lib/db'
import { getBlobStore } from '@/lib/storage'
import { renderReadinessPdf } from '@/lib/reports/readiness-pdf'
import { loadPdfFonts } from '@/lib/reports/pdf-font-files'
import { buildEvidencePack } from '@/lib/reports/evidence-pack'
import { manifestBytes } from '@/lib/reports/pack-manifest'
import { packSigner } from '@/lib/reports/pack-signer'
import { assertCan, type Actor } from './actor'
import { recordEvent } from './record-event'
import { buildReadinessReport } from './report'

export async function exportEvidencePack(actor: Actor, reviewId: string, now = new Date()) {
  assertCan(actor, 'review:read')
  const report = await buildReadinessReport(actor, reviewId, now)
  const files = await db.evidence.findMany({
    where: { reviewId, organizationId: actor.organizationId, kind: 'FILE' },
    orderBy: { createdAt: 'asc' },
  })
  const reportPdf = await renderReadinessPdf(report, loadPdfFonts())
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

import 'server-only'
// Assembles a review's evidence pack: the report, its PDF, every evidence file (all versions) streamed
// from the blob store, the organization's audit chain with its signed checkpoints, and the signed manifest.
// The chain is verified (against the checkpoints) first: a pack is never signed over a broken or rewritten
// record. The export, or its refusal, is audited.
import { createHash } from 'node:crypto'
import { db } from '@/lib/db'
import { AppError, notFound } from '@/lib/errors'
import { chainLinksJsonl } from '@/lib/audit/chain-links'
import { checkpointLine, type ChainAnchor } from '@/lib/audit/checkpoint'
import { checkpointSigner } from '@/lib/audit/derived-key'
import { getBlobStore } from '@/lib/storage'
import { renderReadinessPdf } from '@/lib/reports/readiness-pdf'
import { loadPdfFonts } from '@/lib/reports/pdf-font-files'
import { buildEvidencePack } from '@/lib/reports/evidence-pack'
import { manifestBytes } from '@/lib/reports/pack-manifest'
import { packSigner } from '@/lib/reports/pack-signer'
import { assertCan, type Actor } from './actor'
import { ensureCheckpoint, recordRefusal, verifyAnchoredChain } from './audit-checkpoints'
import { recordEvent } from './record-event'
import { buildReadinessReport } from './report'

export async function exportEvidencePack(actor: Actor, reviewId: string, now = new Date()) {
  assertCan(actor, 'review:read')
  const review = await db.review.findFirst({
    where: { id: reviewId, organizationId: actor.organizationId },
    select: { id: true },
  })
  if (!review) throw notFound('That review')
  const links: ChainAnchor[] = []
  const { verification, stored } = await verifyAnchoredChain(db, actor.organizationId, {
    onLink: (link) => links.push(link),
  })
  if (!verification.ok) {
    await recordRefusal(actor.organizationId, 'evidence_pack.refused', verification, actor.userId, {
      type: 'Review',
      id: reviewId,
    })
    throw new AppError(
      'CONFLICT',
      `No evidence pack was exported: the audit log does not verify (${verification.reason}). ` +
        'An admin should check it (Audit log, Verify chain) before any pack is signed.',
    )
  }
  const head = verification.head
  // Exactly the checkpoints the chain was verified against, plus this head's: a checkpoint written meanwhile
  // by another request may be of a newer head than this pack's.
  let checkpoints = stored.text
  if (head) {
    const { checkpoint, written } = await ensureCheckpoint(actor.organizationId, head, stored, now)
    const separator = checkpoints && !checkpoints.endsWith('\n') ? '\n' : ''
    if (written) checkpoints = `${checkpoints}${separator}${checkpointLine(checkpoint)}`
  }

  // The pack names the head it verified, not whatever the chain reached since.
  const report = { ...(await buildReadinessReport(actor, reviewId, now)), auditHead: head }
  const files = await db.evidence.findMany({
    where: { reviewId, organizationId: actor.organizationId, kind: 'FILE' },
    orderBy: { createdAt: 'asc' },
  })
  const reportPdf = await renderReadinessPdf(report, loadPdfFonts())
  const pack = buildEvidencePack({
    report,
    reportPdf,
    signer: packSigner(),
    audit: {
      organizationId: actor.organizationId,
      links: Buffer.from(chainLinksJsonl(links)),
      checkpoints: Buffer.from(checkpoints),
      checkpointKey: checkpointSigner(),
    },
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
      auditHead: head,
    }),
  )
  return { ...pack, title: report.review.title, manifestSha256 }
}

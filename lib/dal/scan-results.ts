import 'server-only'
// A review's imported scanner results and the files they came from, tenant-scoped, for the scans page and
// the report (which judge them through lib/scanners/scan-overview.ts).
import { db } from '@/lib/db'
import { assertCan, type Actor } from './actor'
import { isIdLike } from './validate'

export async function loadScanResults(actor: Actor, reviewId: string) {
  assertCan(actor, 'review:read')
  if (!isIdLike(reviewId)) return { results: [], files: [] }
  const scope = { reviewId, organizationId: actor.organizationId }
  const rows = await db.scanResult.findMany({
    where: scope,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      evidenceId: true,
      scanner: true,
      format: true,
      checkId: true,
      resourceRef: true,
      resourceType: true,
      region: true,
      title: true,
      status: true,
      rawStatus: true,
      regrade: true,
      reason: true,
      locationId: true,
      path: true,
      createdAt: true,
    },
  })
  const evidence = await db.evidence.findMany({
    where: { ...scope, id: { in: [...new Set(rows.map((r) => r.evidenceId))] } },
    orderBy: { createdAt: 'desc' },
    select: { id: true, fileName: true, sha256: true, createdAt: true, uploadedBy: { select: { name: true } } },
  })
  const files = evidence.map((e) => {
    const mine = rows.filter((r) => r.evidenceId === e.id)
    return {
      evidenceId: e.id,
      fileName: e.fileName ?? 'scan',
      sha256: e.sha256,
      importedAt: e.createdAt,
      importedBy: e.uploadedBy.name,
      format: mine[0]?.format ?? 'empty',
      findings: mine.length,
    }
  })
  return {
    results: rows.map(({ createdAt, regrade, reason, ...r }) => ({
      ...r,
      importedAt: createdAt,
      importedRegrade: regrade,
      importedReason: reason,
    })),
    files,
  }
}

export type LoadedScanResults = Awaited<ReturnType<typeof loadScanResults>>

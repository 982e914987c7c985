// Evidence download: authorized per request, streamed, with a safe Content-Disposition.
import { requireRouteActor } from '@/lib/auth/session'
import { openEvidenceFile } from '@/lib/dal/evidence'
import { contentDisposition, downloadName } from '@/lib/storage/content-type'
import { errorResponse } from '@/lib/api-response'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ evidenceId: string }> }) {
  try {
    const actor = await requireRouteActor('download evidence')
    const file = await openEvidenceFile(actor, (await params).evidenceId)
    return new Response(file.stream, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Length': String(file.sizeBytes),
        'Content-Disposition': contentDisposition(downloadName(file.fileName, file.contentType)),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'X-Evidence-SHA256': file.sha256,
      },
    })
  } catch (e) {
    return errorResponse(e)
  }
}

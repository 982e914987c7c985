// The evidence pack: a ZIP streamed with constant memory, with a signed manifest that `npm run verify-pack` checks
// offline.
import { requireRouteActor } from '@/lib/auth/session'
import { exportEvidencePack } from '@/lib/dal/evidence-pack'
import { contentDisposition } from '@/lib/storage/content-type'
import { errorResponse } from '@/lib/api-response'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ reviewId: string }> }) {
  try {
    const actor = await requireRouteActor('download the evidence pack')
    const pack = await exportEvidencePack(actor, (await params).reviewId)
    return new Response(pack.stream, {
      headers: {
        'Content-Type': 'application/zip',
        'Content-Length': String(pack.sizeBytes),
        'Cache-Control': 'private, no-store',
        'Content-Disposition': contentDisposition(`keyproof-evidence-pack-${pack.title}.zip`),
        'X-Manifest-SHA256': pack.manifestSha256,
        'X-Signing-Key-Id': pack.manifest.signingKey.keyId,
      },
    })
  } catch (e) {
    return errorResponse(e)
  }
}

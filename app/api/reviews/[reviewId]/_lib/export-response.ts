// The download of one interchange export (OSCAL assessment results, OSCAL POA&M, CycloneDX CBOM) of a review.
import { requireRouteActor } from '@/lib/auth/session'
import { exportReviewDocument, type ExportKind } from '@/lib/dal/review-export'
import { contentDisposition } from '@/lib/storage/content-type'
import { errorResponse } from '@/lib/api-response'

export function exportHandler(kind: ExportKind, what: string) {
  return async function GET(_request: Request, { params }: { params: Promise<{ reviewId: string }> }) {
    try {
      const actor = await requireRouteActor(`download the ${what}`)
      const file = await exportReviewDocument(actor, (await params).reviewId, kind)
      return new Response(new Uint8Array(file.body), {
        headers: {
          'Content-Type': `${file.contentType}; charset=utf-8`,
          'Content-Length': String(file.body.length),
          'Cache-Control': 'private, no-store',
          'Content-Disposition': contentDisposition(file.fileName),
          'X-Content-SHA256': file.sha256,
        },
      })
    } catch (e) {
      return errorResponse(e)
    }
  }
}

// The readiness report as a PDF, rendered on the server with no browser (pdfkit, standard fonts).
import { getActor } from '@/lib/auth/session'
import { buildReadinessReport } from '@/lib/dal/report'
import { requestNow } from '@/lib/request-clock'
import { renderReadinessPdf } from '@/lib/reports/readiness-pdf'
import { contentDisposition } from '@/lib/storage/content-type'
import { AppError } from '@/lib/errors'
import { errorResponse } from '@/lib/api-response'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ reviewId: string }> }) {
  try {
    const actor = await getActor()
    if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in to download the report.')
    const report = await buildReadinessReport(actor, (await params).reviewId, await requestNow())
    const pdf = await renderReadinessPdf(report)
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Length': String(pdf.length),
        'Cache-Control': 'private, no-store',
        'Content-Disposition': contentDisposition(`keyproof-readiness-${report.review.title}.pdf`),
      },
    })
  } catch (e) {
    return errorResponse(e)
  }
}

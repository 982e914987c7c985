// The readiness report as a PDF, rendered on the server with no browser (pdfkit, embedded Noto fonts).
import { requireRouteActor } from '@/lib/auth/session'
import { buildReadinessReport } from '@/lib/dal/report'
import { renderReadinessPdf } from '@/lib/reports/readiness-pdf'
import { loadPdfFonts } from '@/lib/reports/pdf-font-files'
import { contentDisposition } from '@/lib/storage/content-type'
import { errorResponse } from '@/lib/api-response'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ reviewId: string }> }) {
  try {
    const actor = await requireRouteActor('download the report')
    const report = await buildReadinessReport(actor, (await params).reviewId)
    const pdf = await renderReadinessPdf(report, loadPdfFonts())
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

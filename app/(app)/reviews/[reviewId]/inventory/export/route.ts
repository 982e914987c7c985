// The inventory as CSV: every location the table's search and filters keep (all pages), in its order.
import { requireRouteActor } from '@/lib/auth/session'
import { loadLocationTexts, loadWorkspace } from '@/lib/dal/workspace'
import { errorResponse } from '@/lib/api-response'
import { requestNow } from '@/lib/request-clock'
import { contentDisposition } from '@/lib/storage/content-type'
import { locationsToCsv } from '@/lib/domain/location-csv'
import { applyLocationQuery, parseLocationQuery } from '@/lib/domain/location-query'
import { locationRows, withTexts } from '../location-rows'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ reviewId: string }> }) {
  try {
    const actor = await requireRouteActor('export the inventory')
    const { reviewId } = await params
    const workspace = await loadWorkspace(actor, reviewId, await requestNow())
    const query = parseLocationQuery(Object.fromEntries(new URL(request.url).searchParams))
    const { matching } = applyLocationQuery(locationRows(workspace), query)
    const keyRefs = new Map(workspace.keys.map((k) => [k.id, k.keyRef]))
    const rows = withTexts(matching, await loadLocationTexts(actor, reviewId)).map((r) => ({
      ...r,
      keyRef: (r.keyId && keyRefs.get(r.keyId)) || null,
    }))
    const slug =
      workspace.review.title
        .replace(/[^\w-]+/g, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase() || 'review'
    // The BOM makes spreadsheet apps read the file as UTF-8; the importer ignores it.
    return new Response(`\uFEFF${locationsToCsv(rows)}`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Cache-Control': 'private, no-store',
        'Content-Disposition': contentDisposition(`${slug}-locations.csv`),
      },
    })
  } catch (e) {
    return errorResponse(e)
  }
}

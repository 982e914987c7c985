// Streaming evidence upload: the body is the file itself (never buffered); metadata comes in the query string.
import { requireRouteActor } from '@/lib/auth/session'
import { uploadFileEvidence } from '@/lib/dal/evidence'
import { evidenceLimits } from '@/lib/storage'
import { AppError } from '@/lib/errors'
import { assertSameOriginWrite, errorResponse } from '@/lib/api-response'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

const LIST_PARAMS = [
  'requestIds',
  'locationIds',
  'keyIds',
  'drillIds',
  'costLineIds',
  'compatibilityCheckIds',
  'migrationStepIds',
]

export async function POST(request: Request, { params }: { params: Promise<{ reviewId: string }> }) {
  try {
    assertSameOriginWrite(request)
    const actor = await requireRouteActor('upload evidence (your session may have ended; sign in and retry)')
    const { maxBytes } = evidenceLimits()
    const declared = Number(request.headers.get('content-length') ?? NaN)
    if (declared > maxBytes)
      return errorResponse(
        new AppError('VALIDATION', `The file is larger than the limit of ${Math.round(maxBytes / 1048576)} MB.`),
        413,
      )
    if (!request.body) throw new AppError('VALIDATION', 'The upload has no file in it.')
    const query = new URL(request.url).searchParams
    const meta: Record<string, unknown> = { reviewId: (await params).reviewId }
    for (const [k, v] of query) if (!LIST_PARAMS.includes(k)) meta[k] = v
    for (const k of LIST_PARAMS) meta[k] = query.getAll(k)
    const evidence = await uploadFileEvidence(actor, meta, request.body)
    return Response.json({ evidence }, { status: 201 })
  } catch (e) {
    return errorResponse(e)
  }
}

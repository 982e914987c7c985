import 'server-only'
// JSON error answers for route handlers: an AppError's message is safe to show; anything else is not.
import { AppError } from '@/lib/errors'
import { appErrorFromDatabase } from '@/lib/db-errors'

const STATUS: Record<AppError['code'], number> = {
  VALIDATION: 422,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  UNAUTHENTICATED: 401,
}

export function errorResponse(e: unknown, status?: number) {
  const known = e instanceof AppError ? e : appErrorFromDatabase(e)
  if (known)
    return Response.json(
      { error: known.message, code: known.code, fieldErrors: known.fieldErrors },
      { status: status ?? STATUS[known.code] },
    )
  console.error('[keyproof] request failed', e)
  return Response.json(
    {
      error:
        'Something went wrong on our side and nothing was stored. Try again; if it keeps happening, tell an admin.',
      code: 'INTERNAL',
    },
    { status: 500 },
  )
}

/** The app's own host: from NEXTAUTH_URL when set; forwarded headers are trusted only behind TRUST_PROXY=1. */
function expectedHost(request: Request): string | null {
  if (process.env.NEXTAUTH_URL) {
    try {
      return new URL(process.env.NEXTAUTH_URL).host
    } catch {
      return null
    }
  }
  const forwarded = process.env.TRUST_PROXY === '1' ? request.headers.get('x-forwarded-host') : null
  return forwarded ?? request.headers.get('host')
}

/** Cookie-authenticated writes must come from our own pages: same origin, and a header a form cannot set. */
export function assertSameOriginWrite(request: Request) {
  const refused = new AppError('FORBIDDEN', 'This request did not come from a Keyproof page.')
  if (request.headers.get('x-keyproof-request') !== '1') throw refused
  const origin = request.headers.get('origin')
  if (!origin) return // same-origin fetches from older browsers; the custom header above is the CSRF guard
  let originHost: string
  try {
    originHost = new URL(origin).host // "null" (sandboxed frames, file:) is not a URL
  } catch {
    throw refused
  }
  if (originHost !== expectedHost(request)) throw refused
}

import 'server-only'
// JSON error answers for route handlers: an AppError's message is safe to show; anything else is not.
import { AppError } from '@/lib/errors'

const STATUS: Record<AppError['code'], number> = {
  VALIDATION: 422,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  UNAUTHENTICATED: 401,
}

export function errorResponse(e: unknown, status?: number) {
  if (e instanceof AppError)
    return Response.json(
      { error: e.message, code: e.code, fieldErrors: e.fieldErrors },
      { status: status ?? STATUS[e.code] },
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

/** Cookie-authenticated writes must come from our own pages: same origin, and a header a form cannot set. */
export function assertSameOriginWrite(request: Request) {
  const origin = request.headers.get('origin')
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  if (request.headers.get('x-keyproof-request') !== '1' || (origin && host && new URL(origin).host !== host)) {
    throw new AppError('FORBIDDEN', 'This request did not come from a Keyproof page.')
  }
}

import 'server-only'
// Builds a REST API route handler from its declaration (./routes.ts): the bearer token becomes an Actor (the DAL
// authorizes everything else), the token's rate limit is taken, the result is parsed through the declared
// response schema, reads are audited, and failures become JSON errors without internals.
import { AppError } from '@/lib/errors'
import { errorResponse } from '@/lib/api-response'
import { authenticateApiToken, recordApiRead } from '@/lib/dal/api-tokens'
import { takeRateToken, type RateDecision } from '@/lib/dal/rate-limit'
import type { Actor } from '@/lib/dal/actor'
import { evidenceLimits } from '@/lib/storage'
import { API_ROUTES, type ApiRouteId, type ApiRouteSpec } from './routes'

export interface ApiContext {
  actor: Actor
  params: Record<string, string>
  query: URLSearchParams
  /** The parsed JSON body, for routes that take one (validated by the DAL). */
  body: unknown
  request: Request
  now: Date
}

const MAX_JSON_BYTES = 64 * 1024

async function actorOf(request: Request, now: Date) {
  const header = request.headers.get('authorization') ?? ''
  const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1]
  const actor = bearer ? await authenticateApiToken(bearer, now) : null
  if (!actor)
    throw new AppError(
      'UNAUTHENTICATED',
      bearer ? 'This API token is not valid: it is unknown, expired or revoked.' : 'Send an API token: Bearer kp_….',
    )
  return actor
}

async function jsonBody(request: Request, maxBytes = MAX_JSON_BYTES) {
  const tooLarge = new AppError('VALIDATION', `The JSON body is larger than ${Math.round(maxBytes / 1024)} KiB.`)
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge
  const text = await request.text()
  if (text.length > maxBytes) throw tooLarge
  try {
    const value: unknown = JSON.parse(text || 'null')
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object')
    return value
  } catch {
    throw new AppError('VALIDATION', 'The body must be a JSON object.')
  }
}

function withHeaders(response: Response, rate: RateDecision | undefined) {
  if (rate) {
    response.headers.set('RateLimit-Limit', String(rate.limit))
    response.headers.set('RateLimit-Remaining', String(rate.remaining))
    if (!rate.allowed) response.headers.set('Retry-After', String(rate.resetSeconds))
  }
  response.headers.set('Cache-Control', 'no-store')
  return response
}

export function apiHandler(id: ApiRouteId, run: (ctx: ApiContext) => Promise<unknown>) {
  const route: ApiRouteSpec = API_ROUTES[id]
  return async (request: Request, { params }: { params?: Promise<Record<string, string>> }) => {
    const now = new Date()
    let rate: RateDecision | undefined
    try {
      const actor = await actorOf(request, now)
      rate = await takeRateToken(actor.apiToken!.id, now)
      if (!rate.allowed)
        return withHeaders(
          Response.json(
            { error: `Rate limit of ${rate.limit} requests a minute reached; retry shortly.`, code: 'RATE_LIMITED' },
            { status: 429 },
          ),
          rate,
        )
      const p: Record<string, string> = (await params) ?? {}
      if (route.body === 'binary') {
        const { maxBytes } = evidenceLimits()
        if (Number(request.headers.get('content-length') ?? NaN) > maxBytes)
          return withHeaders(
            errorResponse(
              new AppError('VALIDATION', `The file is larger than the limit of ${Math.round(maxBytes / 1048576)} MB.`),
              413,
            ),
            rate,
          )
      }
      const body = route.body && route.body !== 'binary' ? await jsonBody(request, route.maxBodyBytes) : undefined
      const data = await run({ actor, params: p, query: new URL(request.url).searchParams, body, request, now })
      const payload = route.response.parse(data)
      if (route.method === 'get') await recordApiRead(actor, `GET ${route.path}`, p.reviewId ?? null)
      return withHeaders(Response.json(payload, { status: route.status }), rate)
    } catch (e) {
      const response = withHeaders(errorResponse(e), rate)
      if (response.status === 401) response.headers.set('WWW-Authenticate', 'Bearer realm="keyproof"')
      return response
    }
  }
}

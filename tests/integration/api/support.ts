// Calls REST API handlers the way Next does (a Request and its params), by route id.
import { apiRoute } from '@/lib/api/route'
import { API_ROUTES, pathParamsOf, type ApiRouteId } from '@/lib/api/routes'

export interface CallOptions {
  token?: string
  params?: Record<string, string>
  query?: Record<string, string>
  json?: unknown
  bytes?: Buffer
  headers?: Record<string, string>
}

export async function call(id: ApiRouteId, { token, params = {}, query, json, bytes, headers = {} }: CallOptions = {}) {
  const route = API_ROUTES[id]
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name])
  const url = new URL(`http://keyproof.test/api/v1${path}`)
  for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, v)
  const body = bytes ? new Uint8Array(bytes) : json === undefined ? undefined : JSON.stringify(json)
  const request = new Request(url, {
    method: route.method.toUpperCase(),
    headers: {
      ...(token && { authorization: `Bearer ${token}` }),
      ...(json !== undefined && { 'content-type': 'application/json' }),
      ...(bytes && { 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) }),
      ...headers,
    },
    body,
  })
  // As Next calls it: a route without dynamic segments gets no params at all.
  const names = pathParamsOf(route.path)
  const context = names.length ? { params: Promise.resolve(Object.fromEntries(names.map((p) => [p, params[p]]))) } : {}
  const response = await apiRoute(id)(request, context)
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, any> }
}

/** A small real PDF (the upload checks content, not names). */
export const pdf = (label: string) =>
  Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${label}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1')

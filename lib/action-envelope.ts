// A server action's request as the browser sends it: React encodes the arguments either as multipart form data
// or as one JSON text (an array). Anything else, or a body over the limit, is refused before Next decodes it,
// with 400 or 413 and a message, instead of a 500 from inside the framework. Pure: the proxy passes the parts.
export const ACTION_BODY_LIMIT = 2 * 1024 * 1024 // matches experimental.serverActions.bodySizeLimit
const MAX_DEPTH = 32

export type EnvelopeVerdict = { ok: true } | { ok: false; status: 400 | 413; message: string }

function depthOf(value: unknown, depth = 0): number {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return depth
  let max = depth
  for (const v of Object.values(value)) {
    max = Math.max(max, depthOf(v, depth + 1))
    if (max > MAX_DEPTH) break
  }
  return max
}

/** Judges the headers (and, for a JSON envelope, the text) of a POST that names a server action. */
export function judgeActionEnvelope(
  contentType: string | null,
  contentLength: number | null,
  text?: string,
): EnvelopeVerdict {
  if (contentLength !== null && contentLength > ACTION_BODY_LIMIT)
    return { ok: false, status: 413, message: 'This request is too large (the limit is 2 MB).' }
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase()
  if (type === 'multipart/form-data') return { ok: true }
  if (type !== 'text/plain') return { ok: false, status: 400, message: 'This request is malformed.' }
  if (text === undefined) return { ok: true }
  if (text.length > ACTION_BODY_LIMIT)
    return { ok: false, status: 413, message: 'This request is too large (the limit is 2 MB).' }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { ok: false, status: 400, message: 'This request is malformed.' }
  }
  if (!Array.isArray(parsed) || depthOf(parsed) > MAX_DEPTH)
    return { ok: false, status: 400, message: 'This request is malformed.' }
  return { ok: true }
}

// Where a sign-in may send the browser afterwards: only a path on this app. Parsed the way a browser parses it
// (backslashes, tabs and newlines are folded or dropped by WHATWG URL), so `/\evil.example` is refused too.
const BASE = 'http://keyproof.invalid'

export function safeCallbackPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/')) return '/'
  let url: URL
  try {
    url = new URL(raw, BASE)
  } catch {
    return '/'
  }
  if (url.origin !== BASE) return '/'
  return `${url.pathname}${url.search}${url.hash}`
}

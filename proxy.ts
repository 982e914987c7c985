// Sends anonymous visitors to sign-in, and turns away server-action requests no browser would send (too large,
// or not an envelope React makes) with 413/400 before Next decodes them. It decides no permission: the DAL does
// (STYLE.md rule 6).
import { NextResponse, type NextRequest } from 'next/server'
import { judgeActionEnvelope } from '@/lib/action-envelope'

const PUBLIC_PREFIXES = ['/signin', '/api/auth', '/_next', '/favicon', '/invite']
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token']

async function refuseBadAction(request: NextRequest) {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return null
  const contentType = request.headers.get('content-type')
  const length = request.headers.get('content-length')
  const contentLength = length === null || !/^\d+$/.test(length) ? null : Number(length)
  let verdict = judgeActionEnvelope(contentType, contentLength)
  if (verdict.ok && contentType?.toLowerCase().startsWith('text/plain'))
    verdict = judgeActionEnvelope(contentType, contentLength, await request.clone().text())
  if (verdict.ok) return null
  return NextResponse.json({ error: verdict.message, code: 'VALIDATION' }, { status: verdict.status })
}

export async function proxy(request: NextRequest) {
  const refused = await refuseBadAction(request)
  if (refused) return refused
  const { pathname, search } = request.nextUrl
  if (PUBLIC_PREFIXES.some((p) => pathname.startsWith(p))) return NextResponse.next()
  if (SESSION_COOKIES.some((c) => request.cookies.has(c))) return NextResponse.next()
  const url = new URL('/signin', request.url)
  if (pathname !== '/') url.searchParams.set('callbackUrl', pathname + search)
  return NextResponse.redirect(url)
}

// API routes authenticate themselves; keeping them out of the proxy also keeps upload bodies unbuffered.
// The icon is public: the sign-in page shows it.
export const config = { matcher: ['/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)'] }

// Sends anonymous visitors to sign-in. It decides no permission: the DAL does (STYLE.md rule 6).
import { NextResponse, type NextRequest } from 'next/server'

const PUBLIC_PREFIXES = ['/signin', '/api/auth', '/_next', '/favicon']
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token']

export function proxy(request: NextRequest) {
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

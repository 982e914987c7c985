// next-auth configuration: email + password (argon2id, throttled) and optional generic OIDC SSO.
import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import { z } from 'zod'
import { db } from '@/lib/db'
import { verifyAgainstDummy, verifyPassword } from './password'
import { clientAddress, lockedUntil, normalizeEmail, recordAttempt } from './throttle'
import { SIGNIN_ERRORS } from './signin-errors'
import { authSecret } from './secret'

export const SESSION_MAX_AGE_S = 8 * 60 * 60

const credentialsSchema = z.object({ email: z.email().max(320), password: z.string().min(1).max(1024) })

async function findActiveUser(email: string) {
  const user = await db.user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { id: true, email: true, name: true, passwordHash: true, memberships: { select: { deactivatedAt: true } } },
  })
  if (!user) return null
  return { ...user, isActive: user.memberships.some((m) => m.deactivatedAt === null) }
}

const KNOWN_CODES = new Set<string>(Object.values(SIGNIN_ERRORS).map((e) => e.code))

/** next-auth puts a thrown error's message in the URL: only our codes may get there, never a database error. */
async function authorizeCredentials(raw: unknown, request?: { headers?: Record<string, unknown> }) {
  try {
    return await checkCredentials(raw, clientAddress(request?.headers))
  } catch (e) {
    if (e instanceof Error && KNOWN_CODES.has(e.message)) throw e
    console.error('[keyproof] sign-in failed', e)
    throw new Error(SIGNIN_ERRORS.Unavailable.code, { cause: e })
  }
}

async function checkCredentials(raw: unknown, address: string | null) {
  const parsed = credentialsSchema.safeParse(raw)
  if (!parsed.success) throw new Error(SIGNIN_ERRORS.CredentialsSignin.code)
  const email = normalizeEmail(parsed.data.email)
  if (await lockedUntil(db, email, address)) {
    await recordAttempt(db, email, 'THROTTLED', address)
    throw new Error(SIGNIN_ERRORS.Throttled.code)
  }
  const user = await findActiveUser(email)
  const isValid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, parsed.data.password)
    : await verifyAgainstDummy(parsed.data.password)
  if (!user || !isValid) {
    await recordAttempt(db, email, 'FAILURE', address)
    throw new Error(SIGNIN_ERRORS.CredentialsSignin.code)
  }
  if (!user.isActive) {
    await recordAttempt(db, email, 'FAILURE', address)
    throw new Error(SIGNIN_ERRORS.Deactivated.code)
  }
  await recordAttempt(db, email, 'SUCCESS', address)
  return { id: user.id, email: user.email, name: user.name }
}

export function oidcConfig() {
  const issuer = process.env.OIDC_ISSUER,
    clientId = process.env.OIDC_CLIENT_ID,
    clientSecret = process.env.OIDC_CLIENT_SECRET
  if (!issuer || !clientId || !clientSecret) return null
  return { issuer: issuer.replace(/\/$/, ''), clientId, clientSecret, name: process.env.OIDC_NAME || 'Single sign-on' }
}

function providers(): NextAuthOptions['providers'] {
  const list: NextAuthOptions['providers'] = [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: {}, password: {} },
      authorize: authorizeCredentials,
    }),
  ]
  const oidc = oidcConfig()
  if (oidc) {
    list.push({
      id: 'oidc',
      name: oidc.name,
      type: 'oauth',
      wellKnown: `${oidc.issuer}/.well-known/openid-configuration`,
      clientId: oidc.clientId,
      clientSecret: oidc.clientSecret,
      idToken: true,
      checks: ['pkce', 'state'],
      authorization: { params: { scope: 'openid email profile' } },
      profile: (p: { sub: string; email?: string; name?: string }) => ({
        id: p.sub,
        email: p.email ?? null,
        name: p.name ?? p.email ?? null,
      }),
    })
  }
  return list
}

export const authOptions: NextAuthOptions = {
  // A getter: next-auth reads it per request, so importing this module needs no secret.
  get secret() {
    return authSecret()
  },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
  jwt: { maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: '/signin', error: '/signin', signOut: '/signout' },
  providers: providers(),
  callbacks: {
    // SSO never creates an account: the email must already belong to an active member.
    async signIn({ user, account }) {
      if (account?.provider !== 'oidc') return true
      const found = user.email ? await findActiveUser(user.email) : null
      if (!found) return `/signin?error=${SIGNIN_ERRORS.NoMembership.code}`
      if (!found.isActive) return `/signin?error=${SIGNIN_ERRORS.Deactivated.code}`
      return true
    },
    async jwt({ token, user, account }) {
      if (user && account) {
        const found = user.email ? await findActiveUser(user.email) : null
        if (found) {
          token.sub = found.id
          token.email = found.email
          token.name = found.name
        }
      }
      return token
    },
    async session({ session, token }) {
      if (session.user) Object.assign(session.user, { id: token.sub })
      return session
    },
  },
}

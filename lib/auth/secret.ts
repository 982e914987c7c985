// The deployment secret behind session tokens and the evidence-pack signing key, read when first needed (not at
// import, so `next build` needs none). Production refuses to run without one rather than sign with a known value.
const DEVELOPMENT_SECRET = 'keyproof-development-secret-not-for-production'

export function authSecret(env: Record<string, string | undefined> = process.env): string {
  const secret = env.AUTH_SECRET || env.NEXTAUTH_SECRET
  if (secret) return secret
  if (env.NODE_ENV === 'production' && env.NEXT_PHASE !== 'phase-production-build')
    throw new Error('AUTH_SECRET is not set: generate one with `openssl rand -base64 32`.')
  return DEVELOPMENT_SECRET
}

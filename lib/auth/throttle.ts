// Login throttle kept in PostgreSQL so it holds across app instances. Failures count per email *and client
// address*: after MAX_FAILURES within WINDOW from one address, that address is refused for LOCK, so a stranger
// cannot lock someone out from elsewhere. Failures from all addresses together lock the email at
// MAX_FAILURES_ANY_ADDRESS (a distributed guess). The address is known only behind a proxy that sets
// X-Forwarded-For and TRUST_PROXY=1; without it every attempt shares one address and the per-email limit applies.
import type { Db } from '@/lib/db'

export const MAX_FAILURES = 5
export const MAX_FAILURES_ANY_ADDRESS = 50
export const WINDOW_MS = 15 * 60_000
export const LOCK_MS = 15 * 60_000

export const normalizeEmail = (email: string) => email.trim().toLowerCase()

/** The client's address from a trusted proxy's X-Forwarded-For (its first entry), else null. */
export function clientAddress(
  headers: Record<string, unknown> | Headers | undefined,
  env: Record<string, string | undefined> = process.env,
) {
  if (env.TRUST_PROXY !== '1' || !headers) return null
  const raw = headers instanceof Headers ? headers.get('x-forwarded-for') : headers['x-forwarded-for']
  const first = String(Array.isArray(raw) ? raw[0] : (raw ?? ''))
    .split(',')[0]
    .trim()
  return first && first.length <= 64 && /^[0-9a-f.:]+$/i.test(first) ? first : null
}

async function lockedBy(db: Db, email: string, address: string | null | undefined, max: number, now: Date) {
  const recent = await db.loginAttempt.findMany({
    where: {
      email: normalizeEmail(email),
      ...(address !== undefined && { clientAddress: address }),
      createdAt: { gte: new Date(now.getTime() - WINDOW_MS - LOCK_MS) },
      outcome: { not: 'THROTTLED' },
    },
    orderBy: { createdAt: 'desc' },
    take: max + 1,
    select: { outcome: true, createdAt: true },
  })
  const failures = []
  for (const a of recent) {
    if (a.outcome === 'SUCCESS') break
    failures.push(a.createdAt)
  }
  if (failures.length < max) return null
  const last = failures[0],
    oldest = failures[max - 1]
  if (last.getTime() - oldest.getTime() > WINDOW_MS) return null
  const until = new Date(last.getTime() + LOCK_MS)
  return until > now ? until : null
}

/** Until when sign-in for this email from this address is refused, or null. */
export async function lockedUntil(db: Db, email: string, address: string | null = null, now = new Date()) {
  return (
    (await lockedBy(db, email, address, MAX_FAILURES, now)) ??
    (await lockedBy(db, email, undefined, MAX_FAILURES_ANY_ADDRESS, now))
  )
}

export async function recordAttempt(
  db: Db,
  email: string,
  outcome: 'SUCCESS' | 'FAILURE' | 'THROTTLED',
  address: string | null = null,
) {
  await db.loginAttempt.create({ data: { email: normalizeEmail(email), outcome, clientAddress: address } })
}

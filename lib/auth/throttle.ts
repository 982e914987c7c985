// Login throttle kept in PostgreSQL so it holds across app instances: after MAX_FAILURES failed
// attempts for one email within WINDOW, refuse that email for LOCK after the last failure.
import type { Db } from '@/lib/db'

export const MAX_FAILURES = 5
export const WINDOW_MS = 15 * 60_000
export const LOCK_MS = 15 * 60_000

export const normalizeEmail = (email: string) => email.trim().toLowerCase()

export async function lockedUntil(db: Db, email: string, now = new Date()): Promise<Date | null> {
  const recent = await db.loginAttempt.findMany({
    where: {
      email: normalizeEmail(email),
      createdAt: { gte: new Date(now.getTime() - WINDOW_MS - LOCK_MS) },
      outcome: { not: 'THROTTLED' },
    },
    orderBy: { createdAt: 'desc' },
    take: MAX_FAILURES + 1,
    select: { outcome: true, createdAt: true },
  })
  const failures = []
  for (const a of recent) {
    if (a.outcome === 'SUCCESS') break
    failures.push(a.createdAt)
  }
  if (failures.length < MAX_FAILURES) return null
  const last = failures[0],
    fifthLast = failures[MAX_FAILURES - 1]
  if (last.getTime() - fifthLast.getTime() > WINDOW_MS) return null
  const until = new Date(last.getTime() + LOCK_MS)
  return until > now ? until : null
}

export async function recordAttempt(db: Db, email: string, outcome: 'SUCCESS' | 'FAILURE' | 'THROTTLED') {
  await db.loginAttempt.create({ data: { email: normalizeEmail(email), outcome } })
}

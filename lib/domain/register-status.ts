// Where an exception or a piece of evidence stands against the clock, for the organization-wide registers.
import { daysUntil } from './reminders'

export type ExceptionStanding = 'PENDING' | 'LIVE' | 'LAPSING' | 'EXPIRED' | 'REVOKED'
export const LAPSING_DAYS = 30

export function exceptionStanding(
  x: { approvedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): { standing: ExceptionStanding; daysLeft: number } {
  const daysLeft = daysUntil(x.expiresAt, now)
  const standing: ExceptionStanding = x.revokedAt
    ? 'REVOKED'
    : x.expiresAt.getTime() <= now.getTime()
      ? 'EXPIRED'
      : !x.approvedAt
        ? 'PENDING'
        : daysLeft <= LAPSING_DAYS
          ? 'LAPSING'
          : 'LIVE'
  return { standing, daysLeft }
}

export type ExpiryStanding = 'EXPIRED' | 'WITHIN_7_DAYS' | 'WITHIN_30_DAYS' | 'LATER'

export function expiryStanding(expiresAt: Date, now: Date): { standing: ExpiryStanding; daysLeft: number } {
  const daysLeft = daysUntil(expiresAt, now)
  const standing: ExpiryStanding =
    daysLeft < 0 ? 'EXPIRED' : daysLeft <= 7 ? 'WITHIN_7_DAYS' : daysLeft <= 30 ? 'WITHIN_30_DAYS' : 'LATER'
  return { standing, daysLeft }
}

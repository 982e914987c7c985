// Day arithmetic on instants, for rules and next steps. UTC throughout; `now` is always passed in.

export const DAY_MS = 86_400_000

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS)
}

/** True when `date` lies strictly more than `days` days before `now`. */
export function isOlderThanDays(date: Date, days: number, now: Date): boolean {
  return now.getTime() - date.getTime() > days * DAY_MS
}

/** Midnight UTC of the instant's calendar day: date-only columns (due dates) compare against it. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
}

/** `2026-11-26`: how dates appear in finding messages. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

// The earliest time zone is UTC+14: no one is living a later calendar day than the UTC day 14 hours ahead.
const EARLIEST_ZONE_MS = 14 * 3_600_000

/** True when a calendar day (midnight UTC) has not begun anywhere on Earth at `now`: a date still to come. */
export function isFutureDay(day: Date, now: Date): boolean {
  return day.getTime() > startOfUtcDay(new Date(now.getTime() + EARLIEST_ZONE_MS)).getTime()
}

/** `2026-12-01 23:59:59 UTC`: an instant with its time and zone, e.g. an exception's expiry. */
export function formatInstant(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`
}

/** A due date (a calendar day) is overdue once that day has passed in UTC; due today is not overdue. */
export function isOverdue(dueDate: Date, now: Date): boolean {
  return dueDate.getTime() < startOfUtcDay(now).getTime()
}

/** The latest calendar day anyone is living at `now` (UTC+14), as YYYY-MM-DD: the `max` of a past-only date. */
export function latestCalendarDay(now: Date): string {
  return isoDate(new Date(now.getTime() + EARLIEST_ZONE_MS))
}

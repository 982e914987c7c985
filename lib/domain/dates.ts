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

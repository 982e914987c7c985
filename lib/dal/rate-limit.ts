import 'server-only'
// Requests per API token per minute, counted in PostgreSQL (one upsert per request) so the limit holds across
// every app instance. A fixed one-minute window: simple, and at most twice the limit across a window edge.
import { db } from '@/lib/db'

export const rateLimitPerMinute = (env: Record<string, string | undefined> = process.env) =>
  Math.max(1, Number(env.API_RATE_LIMIT_PER_MINUTE) || 120)

export interface RateDecision {
  allowed: boolean
  limit: number
  remaining: number
  /** Seconds until the window resets. */
  resetSeconds: number
}

export async function takeRateToken(tokenId: string, now: Date, limit = rateLimitPerMinute()): Promise<RateDecision> {
  const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000)
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO api_rate_windows (token_id, window_start, count) VALUES (${tokenId}, ${windowStart}, 1)
    ON CONFLICT (token_id, window_start) DO UPDATE SET count = api_rate_windows.count + 1
    RETURNING count`
  const count = Number(row.count)
  return {
    allowed: count <= limit,
    limit,
    remaining: Math.max(0, limit - count),
    resetSeconds: Math.ceil((windowStart.getTime() + 60_000 - now.getTime()) / 1000),
  }
}

export async function purgeRateWindows(now: Date) {
  await db.apiRateWindow.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 3_600_000) } } })
}

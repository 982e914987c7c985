// A pg.Pool for the worker that waits out a database restart instead of failing: a connection refused (or
// "the database system is starting up / shutting down") is retried with backoff for up to `waitMs`. Without
// it, a job that finishes while PostgreSQL is down cannot be marked complete; graphile-worker then stops and
// the job stays locked for four hours (measured; see tests/integration/jobs/postgres-restart.test.ts).
import pg from 'pg'

const TRANSIENT_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', '57P01', '57P02', '57P03'])

export const isTransientConnectionError = (e: unknown) =>
  TRANSIENT_CODES.has(String((e as { code?: unknown } | null)?.code)) ||
  /Connection terminated|terminating connection|the database system is (starting up|shutting down)/.test(
    String((e as { message?: unknown } | null)?.message),
  )

export interface ResilientPoolConfig extends pg.PoolConfig {
  /** How long a connect may wait for the database to come back (default 5 minutes). */
  waitMs?: number
  onRetry?: (error: unknown, attempt: number) => void
}

export class ResilientPool extends pg.Pool {
  private readonly waitMs: number
  private readonly onRetry?: ResilientPoolConfig['onRetry']

  constructor({ waitMs = 5 * 60_000, onRetry, ...config }: ResilientPoolConfig) {
    super(config)
    this.waitMs = waitMs
    this.onRetry = onRetry
    // A client that loses its server is dropped by pg-pool (idle) or fails its next query (checked out); without
    // these listeners the error event would crash the process.
    this.on('error', () => {})
    this.on('connect', (client) => client.on('error', () => {}))
  }

  // Both forms retry: pool.query() and graphile-worker's LISTEN client use the callback form.
  override connect(): Promise<pg.PoolClient>
  override connect(
    callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void,
  ): void
  override connect(callback?: Parameters<pg.Pool['connect']>[0]): Promise<pg.PoolClient> | void {
    if (!callback) return this.connectWithRetry()
    this.connectWithRetry().then(
      (client) => callback(undefined, client, (release?: unknown) => client.release(release as Error | undefined)),
      (error: Error) => callback(error, undefined, () => {}),
    )
  }

  private async connectWithRetry(): Promise<pg.PoolClient> {
    const deadline = Date.now() + this.waitMs
    for (let attempt = 1; ; attempt++) {
      try {
        return await super.connect()
      } catch (e) {
        if (!isTransientConnectionError(e) || Date.now() > deadline) throw e
        this.onRetry?.(e, attempt)
        await new Promise((resolve) => setTimeout(resolve, Math.min(250 * 1.5 ** attempt, 5_000)))
      }
    }
  }
}

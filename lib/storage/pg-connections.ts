import 'server-only'
// Lets the PostgreSQL blob store send chunk bytes straight down the pg connection that runs a Prisma
// interactive transaction. Prisma 6's WASM query compiler carries every bytes parameter as base64 inside
// JSON (~25 ms per MiB): through `tx` 1 MiB chunks go at 20-30 MB/s, on the same connection with `pg` at
// 80-140 MB/s (bench/evidence-insert-paths.ts). Works only when the Prisma adapter's pool went through trackPool().
import type pg from 'pg'
import type { Tx } from '@/lib/db'

export interface JoinedTransaction {
  client: pg.PoolClient
  /** pg_current_xact_id() of the transaction: every raw statement checks it, so none can run outside it. */
  xid: string
}

export class PgConnections {
  private readonly byBackendPid = new Map<number, pg.PoolClient>()

  constructor(readonly pool: pg.Pool) {
    pool.on('connect', (client) => {
      const pid = (client as unknown as { processID: number | null }).processID
      if (pid) this.byBackendPid.set(pid, client)
    })
    pool.on('remove', (client) => {
      for (const [pid, c] of this.byBackendPid) if (c === client) this.byBackendPid.delete(pid)
    })
  }

  /**
   * The pool connection running `tx` and its transaction id, or null if `tx` runs on a connection this pool does not
   * know.
   */
  async join(tx: Tx): Promise<JoinedTransaction | null> {
    const [row] = await tx.$queryRaw<
      { pid: number; xid: string }[]
    >`SELECT pg_backend_pid() AS pid, pg_current_xact_id()::text AS xid`
    const client = this.byBackendPid.get(Number(row.pid))
    return client ? { client, xid: row.xid } : null
  }
}

const globalForPools = globalThis as unknown as { keyproofPgConnections?: PgConnections }

/**
 * Call with the pool the app's Prisma adapter uses (`new PrismaPg(trackPool(new pg.Pool(...)))`), before
 * its first query, so getBlobStore() can use the fast path. Returns the pool.
 */
export function trackPool(pool: pg.Pool): pg.Pool {
  globalForPools.keyproofPgConnections = new PgConnections(pool)
  return pool
}

export const trackedConnections = (): PgConnections | undefined => globalForPools.keyproofPgConnections

// The one Prisma client of the process. Only lib/dal, lib/audit's callers in the DAL, the seed and tests use it.
// It is created on first use, not at import, so `next build` (which loads every route's modules) needs no database.
import pg from 'pg'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/lib/generated/prisma/client'
import { trackPool } from '@/lib/storage/pg-connections'

export function createPrismaClient(
  connectionString = process.env.DATABASE_URL,
  makePool = (config: pg.PoolConfig) => new pg.Pool(config),
) {
  if (!connectionString)
    throw new Error('DATABASE_URL is not set: start the app with `npm run dev` (embedded database) or set it.')
  // A pool the evidence store can see, so upload chunks go down the transaction's own connection
  // instead of through Prisma's base64-in-JSON parameter path (about 5x faster; see lib/storage).
  const pool = trackPool(makePool({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE || 10) }))
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) })
}

// On globalThis so dev's module reloads and several server chunks share one client and one pool.
const globalForPrisma = globalThis as unknown as { keyproofPrisma?: PrismaClient }

/** The process's client, created from DATABASE_URL on the first call. */
export function getDb(): PrismaClient {
  return (globalForPrisma.keyproofPrisma ??= createPrismaClient())
}

/** Makes `client` the process's client (the worker's, whose pool waits out a database restart). */
export function setDb(client: PrismaClient) {
  globalForPrisma.keyproofPrisma = client
}

// `db.user.findMany(...)` works as before; the first property read creates the client. Methods are bound
// to the real client so Prisma's own `this` (and any private fields) are never the proxy.
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_, prop) {
    const client = getDb()
    const value: unknown = Reflect.get(client, prop, client)
    return typeof value === 'function' ? value.bind(client) : value
  },
  has: (_, prop) => Reflect.has(getDb(), prop),
  set: (_, prop, value) => Reflect.set(getDb(), prop, value),
})

export type Db = PrismaClient
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]

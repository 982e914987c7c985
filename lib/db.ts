// The one Prisma client of the process. Only lib/dal, lib/audit's callers in the DAL, the seed and tests use it.
import pg from 'pg'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/lib/generated/prisma/client'
import { trackPool } from '@/lib/storage/pg-connections'

export function createPrismaClient(connectionString = process.env.DATABASE_URL) {
  if (!connectionString)
    throw new Error('DATABASE_URL is not set: start the app with `npm run dev` (embedded database) or set it.')
  // A pool the evidence store can see, so upload chunks go down the transaction's own connection
  // instead of through Prisma's base64-in-JSON parameter path (about 5x faster; see lib/storage).
  const pool = trackPool(new pg.Pool({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE || 10) }))
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) })
}

const globalForPrisma = globalThis as unknown as { keyproofPrisma?: PrismaClient }

export const db: PrismaClient = globalForPrisma.keyproofPrisma ?? createPrismaClient()
if (process.env.NODE_ENV !== 'production') globalForPrisma.keyproofPrisma = db

export type Db = PrismaClient
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]

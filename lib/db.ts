// The one Prisma client of the process. Only lib/dal, lib/audit's callers in the DAL, the seed and tests use it.
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/lib/generated/prisma/client'

export function createPrismaClient(connectionString = process.env.DATABASE_URL) {
  if (!connectionString) throw new Error('DATABASE_URL is not set: start the app with `npm run dev` (embedded database) or set it.')
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE || 10) }) })
}

const globalForPrisma = globalThis as unknown as { keyproofPrisma?: PrismaClient }

export const db: PrismaClient = globalForPrisma.keyproofPrisma ?? createPrismaClient()
if (process.env.NODE_ENV !== 'production') globalForPrisma.keyproofPrisma = db

export type Db = PrismaClient
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]

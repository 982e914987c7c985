// `next build` imports every route's modules with no DATABASE_URL and no AUTH_SECRET: importing must not need them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { authSecret } from '@/lib/auth/secret'

const globalForPrisma = globalThis as unknown as { keyproofPrisma?: { $disconnect(): Promise<void> } }

beforeEach(() => {
  vi.resetModules()
  delete globalForPrisma.keyproofPrisma
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await globalForPrisma.keyproofPrisma?.$disconnect()
  delete globalForPrisma.keyproofPrisma
})

describe('lib/db', () => {
  it('imports without DATABASE_URL and names the variable only when the client is first used', async () => {
    vi.stubEnv('DATABASE_URL', '')
    const { db } = await import('@/lib/db')
    expect(globalForPrisma.keyproofPrisma).toBeUndefined()
    expect(() => db.user).toThrow(/DATABASE_URL is not set/)
  })

  it('creates one client on first use and hands the same one to db and getDb()', async () => {
    vi.stubEnv('DATABASE_URL', 'postgresql://nobody@127.0.0.1:1/none')
    const { db, getDb } = await import('@/lib/db')
    expect(typeof db.$transaction).toBe('function')
    const created = globalForPrisma.keyproofPrisma
    expect(created).toBeDefined()
    expect(getDb()).toBe(created)
    expect(getDb()).toBe(getDb())
  })
})

describe('authSecret', () => {
  it('prefers AUTH_SECRET, then NEXTAUTH_SECRET', () => {
    expect(authSecret({ AUTH_SECRET: 'a', NEXTAUTH_SECRET: 'b' })).toBe('a')
    expect(authSecret({ NEXTAUTH_SECRET: 'b' })).toBe('b')
  })

  it('refuses to serve production without a secret', () => {
    expect(() => authSecret({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET is not set/)
  })

  it('lets next build and development run without a secret', () => {
    expect(authSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toMatch(/not-for-production/)
    expect(authSecret({ NODE_ENV: 'development' })).toMatch(/not-for-production/)
  })
})

describe('lib/auth/options', () => {
  it('imports in production with no AUTH_SECRET and throws only when the secret is read', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('AUTH_SECRET', '')
    vi.stubEnv('NEXTAUTH_SECRET', '')
    vi.stubEnv('NEXT_PHASE', '')
    const { authOptions } = await import('@/lib/auth/options')
    expect(() => authOptions.secret).toThrow(/AUTH_SECRET is not set/)
  })
})

import { describe, expect, it } from 'vitest'
import { randomUUID } from 'node:crypto'
import { db } from '@/lib/db'
import { LOCK_MS, MAX_FAILURES_ANY_ADDRESS, clientAddress, lockedUntil, recordAttempt } from '@/lib/auth/throttle'

const email = () => `throttle-${randomUUID()}@test.example`
async function attempts(address: string, outcomes: ('SUCCESS' | 'FAILURE' | 'THROTTLED')[], at: Date[]) {
  await db.loginAttempt.createMany({
    data: outcomes.map((outcome, i) => ({ email: address, outcome, createdAt: at[i] })),
  })
}
const minutesAgo = (now: Date, m: number) => new Date(now.getTime() - m * 60_000)

describe('login throttle (stored in PostgreSQL)', () => {
  const now = new Date()
  it('locks an email after 5 failures within 15 minutes, for 15 minutes after the last failure', async () => {
    const e = email()
    await attempts(
      e,
      ['FAILURE', 'FAILURE', 'FAILURE', 'FAILURE'],
      [10, 8, 6, 4].map((m) => minutesAgo(now, m)),
    )
    expect(await lockedUntil(db, e, null, now)).toBeNull()
    await recordAttempt(db, e, 'FAILURE')
    const until = await lockedUntil(db, e, null, now)
    expect(until).not.toBeNull()
    expect(Math.abs(until!.getTime() - (Date.now() + LOCK_MS))).toBeLessThan(5_000)
    expect(await lockedUntil(db, e, null, new Date(Date.now() + LOCK_MS + 1000))).toBeNull()
  })

  it('does not lock for 5 failures spread over more than 15 minutes', async () => {
    const e = email()
    await attempts(
      e,
      Array(5).fill('FAILURE'),
      [20, 14, 10, 6, 2].map((m) => minutesAgo(now, m)),
    )
    expect(await lockedUntil(db, e, null, now)).toBeNull()
  })

  it('a success resets the count; refused (throttled) attempts do not extend the lock', async () => {
    const e = email()
    await attempts(
      e,
      ['FAILURE', 'FAILURE', 'FAILURE', 'SUCCESS', 'FAILURE', 'FAILURE'],
      [12, 11, 10, 9, 8, 7].map((m) => minutesAgo(now, m)),
    )
    expect(await lockedUntil(db, e, null, now)).toBeNull()
    const f = email()
    await attempts(
      f,
      [...Array(5).fill('FAILURE'), 'THROTTLED', 'THROTTLED'],
      [16, 15, 14, 13, 12, 2, 1].map((m) => minutesAgo(now, m)),
    )
    expect((await lockedUntil(db, f, null, now))?.getTime()).toBe(minutesAgo(now, 12).getTime() + LOCK_MS)
  })

  it('normalizes the email so case and spaces do not dodge the lock', async () => {
    const e = email()
    for (let i = 0; i < 5; i++) await recordAttempt(db, i % 2 ? e.toUpperCase() : ` ${e} `, 'FAILURE')
    expect(await lockedUntil(db, e)).not.toBeNull()
  })

  it('counts failures per client address, so guesses from one address do not lock the owner out elsewhere', async () => {
    const e = email()
    for (let i = 0; i < 5; i++) await recordAttempt(db, e, 'FAILURE', '203.0.113.7')
    expect(await lockedUntil(db, e, '203.0.113.7')).not.toBeNull()
    expect(await lockedUntil(db, e, '198.51.100.20')).toBeNull()
    expect(await lockedUntil(db, e, null)).toBeNull()
  })

  it('locks the email for every address after many failures spread over many addresses', async () => {
    const e = email()
    for (let i = 0; i < MAX_FAILURES_ANY_ADDRESS; i++) await recordAttempt(db, e, 'FAILURE', `192.0.2.${i + 1}`)
    expect(await lockedUntil(db, e, '198.51.100.20')).not.toBeNull()
  })

  it('reads the client address only behind a trusted proxy, and only a well-formed one', () => {
    const headers = { 'x-forwarded-for': '203.0.113.7, 10.0.0.1' }
    expect(clientAddress(headers, { TRUST_PROXY: '1' })).toBe('203.0.113.7')
    expect(clientAddress(headers, {})).toBeNull()
    expect(clientAddress({ 'x-forwarded-for': '<script>' }, { TRUST_PROXY: '1' })).toBeNull()
  })
})

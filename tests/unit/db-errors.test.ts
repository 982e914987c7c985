// Contention reaches the user as one clear "busy" message and the server log as its kind, so a recurring one
// (a deadlock, a lock timeout, a pool wait) can be found.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { appErrorFromDatabase } from '@/lib/db-errors'

afterEach(() => vi.restoreAllMocks())

describe('database contention', () => {
  it('is "busy" to the user and names its kind in the server log', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const deadlock = Object.assign(new Error('deadlock detected\nDETAIL: Process 1 waits for ShareLock'), {
      cause: { originalCode: '40P01' },
    })
    expect(appErrorFromDatabase(deadlock)).toMatchObject({
      code: 'CONFLICT',
      message: 'Someone else is changing this review right now — nothing was saved. Try again in a moment.',
    })
    expect(appErrorFromDatabase(Object.assign(new Error('Transaction API error'), { code: 'P2028' }))).toMatchObject({
      code: 'CONFLICT',
    })
    expect(warn.mock.calls.map(([line]) => line)).toEqual([
      '[keyproof] change refused as busy (40P01): deadlock detected',
      '[keyproof] change refused as busy (P2028): Transaction API error',
    ])
  })
})

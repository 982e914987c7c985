import { describe, expect, it } from 'vitest'
import { canonicalJson } from '@/lib/audit/canonical'
import { GENESIS_HASH, hashEvent } from '@/lib/audit/chain'

describe('canonical JSON and event hashing', () => {
  it('is independent of key order at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}',
    )
  })
  it('writes dates as ISO and drops undefined', () => {
    expect(canonicalJson({ at: new Date('2026-01-02T03:04:05.678Z'), gone: undefined })).toBe(
      '{"at":"2026-01-02T03:04:05.678Z"}',
    )
  })
  it('changes the hash when any field or the previous hash changes', () => {
    const e = {
      organizationId: 'o',
      actorId: 'u',
      action: 'a',
      entityType: 't',
      entityId: 'i',
      data: { x: 1 },
      seq: 1,
      createdAt: new Date(0),
    }
    const h = hashEvent(GENESIS_HASH, e)
    expect(h).toMatch(/^[0-9a-f]{64}$/)
    expect(hashEvent(GENESIS_HASH, { ...e, data: { x: 2 } })).not.toBe(h)
    expect(hashEvent(GENESIS_HASH, { ...e, seq: 2 })).not.toBe(h)
    expect(hashEvent('f'.repeat(64), e)).not.toBe(h)
    expect(hashEvent(GENESIS_HASH, { ...e, data: { x: 1 } })).toBe(h)
  })
})

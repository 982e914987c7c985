// A sign-off's fingerprint is compared under the canonical JSON version it was made with.
import { describe, expect, it } from 'vitest'
import { fingerprint, isFingerprintCurrent } from '@/lib/audit/fingerprint'

// Integer-like keys: the one place versions 1 and 2 give different bytes, so different fingerprints.
const basis = { gate: 'COST_MODEL', records: [{ id: 'r1', fields: { '10': 'ten', '2': 'two', '': 'none' } }] }

describe('versioned fingerprints', () => {
  it('differ between version 1 and RFC 8785 when a key is integer-like', () => {
    expect(fingerprint(basis, 1)).not.toBe(fingerprint(basis, 2))
    expect(fingerprint(basis)).toBe(fingerprint(basis, 2))
  })

  it('keep a version-1 sign-off current when nothing changed, though its fingerprint differs from today’s', () => {
    const old = { fingerprint: fingerprint(basis, 1), hashVersion: 1 }
    expect(isFingerprintCurrent(old, basis)).toBe(true)
    expect(old.fingerprint === fingerprint(basis)).toBe(false) // compared under version 2 it would look stale
    expect(isFingerprintCurrent({ fingerprint: fingerprint(basis), hashVersion: 2 }, basis, fingerprint(basis))).toBe(
      true,
    )
  })

  it('makes a sign-off of either version stale when the basis changes, and one of an unknown version never current', () => {
    const changed = { ...basis, gate: 'MIGRATION_SAFETY' }
    expect(isFingerprintCurrent({ fingerprint: fingerprint(basis, 1), hashVersion: 1 }, changed)).toBe(false)
    expect(isFingerprintCurrent({ fingerprint: fingerprint(basis, 2), hashVersion: 2 }, changed)).toBe(false)
    expect(isFingerprintCurrent({ fingerprint: fingerprint(basis, 2), hashVersion: 3 }, basis)).toBe(false)
    expect(isFingerprintCurrent({ fingerprint: fingerprint(basis, 1), hashVersion: 2 }, basis)).toBe(false)
  })
})

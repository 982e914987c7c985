// Issue 10, item 4: the stale sign-off's "what changed" names exactly what changed. A stored basis comes back
// from jsonb with its object keys reordered (shorter keys first, then bytewise), which must not read as a change.
import { describe, expect, it } from 'vitest'
import { diffBasis, gateBasis, type BasisInput, type GateBasis } from '@/lib/domain/gate-basis'
import { isStructurallyEqual } from '@/lib/domain/structural-equal'

/** What PostgreSQL's jsonb does to an object's keys on the way in and out. */
function asJsonb(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asJsonb)
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))
    return Object.fromEntries(keys.map((k) => [k, asJsonb((value as Record<string, unknown>)[k])]))
  }
  return value
}

const evidence = (id: string, requestId: string) => ({
  id,
  title: `Evidence ${id}`,
  sha256: `${id}`.padEnd(64, '0'),
  url: null,
  expiresAt: new Date('2027-06-30T00:00:00Z'),
  isCurrent: true,
  requestIds: [requestId],
  locationIds: [],
  keyIds: [],
  recordIds: [],
})

function input(records: BasisInput['records']): BasisInput {
  return {
    review: {
      keyRequirement: 'CMK',
      deploymentModel: 'SELF_MANAGED',
      allowedJurisdictions: [],
      regions: [],
      templateId: null,
    },
    requests: [
      { id: 'q1', gate: 'COMPATIBILITY', code: 'CO-01', status: 'ACCEPTED', required: true },
      { id: 'q4', gate: 'COMPATIBILITY', code: 'CO-04', status: 'ACCEPTED', required: true },
      { id: 'q5', gate: 'COST_MODEL', code: 'CM-01', status: 'ACCEPTED', required: true },
    ],
    evidence: [evidence('e1', 'q1'), evidence('e4', 'q4'), evidence('e5', 'q5')],
    locations: [],
    keys: [],
    records,
    liveExceptions: [],
  }
}

const check = {
  id: 'c1',
  gate: 'COMPATIBILITY' as const,
  label: 'Java client 3.9.1',
  fields: { component: 'Java client', componentVersion: '3.9.1', result: 'PASS', notes: '' },
}
const librdkafka = {
  id: 'c2',
  gate: 'COMPATIBILITY' as const,
  label: 'librdkafka 2.6.1',
  fields: { component: 'librdkafka', componentVersion: '2.6.1', result: 'PASS', notes: '' },
}
const storageCost = {
  id: 'l1',
  gate: 'COST_MODEL' as const,
  label: 'Tiered storage',
  fields: { category: 'STORAGE', monthlyAmount: '120.00', currency: 'EUR', pricingVerifiedOn: '2026-11-01' },
}
const kmsCost = {
  id: 'l2',
  gate: 'COST_MODEL' as const,
  label: 'KMS requests',
  fields: { category: 'KEY_REQUESTS', monthlyAmount: '8.40', currency: 'EUR', pricingVerifiedOn: '2026-11-01' },
}

const stored = (basis: GateBasis) => asJsonb(JSON.parse(JSON.stringify(basis))) as GateBasis

describe('diffBasis against a basis stored as jsonb', () => {
  it('reads a reordered basis as unchanged', () => {
    const basis = gateBasis(input([check]), 'COMPATIBILITY')
    expect(JSON.stringify(stored(basis))).not.toBe(JSON.stringify(basis)) // the keys really moved
    expect(diffBasis(stored(basis), basis)).toEqual([])
  })

  it('signed Compatibility, then one compatibility check added: the change list is exactly that record', () => {
    const signed = stored(gateBasis(input([check]), 'COMPATIBILITY'))
    expect(diffBasis(signed, gateBasis(input([check, librdkafka]), 'COMPATIBILITY'))).toEqual([
      'record “librdkafka 2.6.1” added',
    ])
  })

  it('signed Cost model, then one cost line added: the change list is exactly that record', () => {
    const signed = stored(gateBasis(input([storageCost]), 'COST_MODEL'))
    expect(diffBasis(signed, gateBasis(input([storageCost, kmsCost]), 'COST_MODEL'))).toEqual([
      'record “KMS requests” added',
    ])
  })

  it('a corrected record (same first-version id) is "changed", a withdrawn one "withdrawn"', () => {
    const signed = stored(gateBasis(input([check, librdkafka]), 'COMPATIBILITY'))
    const corrected = { ...librdkafka, fields: { ...librdkafka.fields, result: 'PARTIAL' } }
    expect(diffBasis(signed, gateBasis(input([check, corrected]), 'COMPATIBILITY'))).toEqual([
      'record “librdkafka 2.6.1” changed',
    ])
    expect(diffBasis(signed, gateBasis(input([check]), 'COMPATIBILITY'))).toEqual([
      'record “librdkafka 2.6.1” withdrawn',
    ])
  })

  it('names a cloud account whose controller changed, on the inventory gates only', () => {
    const account = {
      id: 'a1',
      provider: 'AWS' as const,
      accountRef: '1111',
      controlledBy: 'CUSTOMER' as const,
      region: null,
    }
    const before = { ...input([]), cloudAccounts: [account] }
    const after = { ...input([]), cloudAccounts: [{ ...account, controlledBy: 'VENDOR' as const }] }
    for (const gate of ['STORAGE_BOUNDARY', 'KEY_ADMINISTRATION'] as const)
      expect(diffBasis(stored(gateBasis(before, gate)), gateBasis(after, gate))).toEqual([
        'cloud account “AWS 1111” changed',
      ])
    expect(gateBasis(after, 'COMPATIBILITY').cloudAccounts).toBeUndefined()
  })
})

describe('isStructurallyEqual', () => {
  it.each<[unknown, unknown, boolean]>([
    [{ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }, true],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [[1, 2], [2, 1], false],
    [{ a: null }, { a: undefined }, false],
    [{ a: '1' }, { a: 1 }, false],
    [[], {}, false],
    [null, null, true],
  ])('%j vs %j: %s', (a, b, expected) => {
    expect(isStructurallyEqual(a, b)).toBe(expected)
  })
})

import { describe, expect, it } from 'vitest'
import { addDays } from '@/lib/domain/dates'
import type { Encryption, KeyOwnership } from '@/lib/domain/enums'
import type { CostCategory } from '@/lib/domain/gate-enums'
import type { SnapshotCostLine } from '@/lib/domain/review-snapshot'
import { evaluate } from '@/lib/rules'
import { buildCostLine, buildKey, buildLocation, buildSnapshot, codesAndTargets, NOW } from './snapshot-builders'

const cost = (snapshot: ReturnType<typeof buildSnapshot>) => codesAndTargets(evaluate(snapshot, NOW), 'CM-')

describe('cost model rules: key-service cost', () => {
  it.each<[string, Encryption, KeyOwnership | null, boolean, CostCategory, string[]]>([
    ['CMK location and key, KMS line', 'CUSTOMER_MANAGED', 'CUSTOMER_MANAGED', true, 'KEY_REQUESTS', []],
    [
      'CMK location and key, storage line only',
      'CUSTOMER_MANAGED',
      'CUSTOMER_MANAGED',
      true,
      'STORAGE',
      ['CM-NO-KEY-REQUEST-COST review:r1'],
    ],
    ['BYOK location, no key mapped', 'BYOK', null, true, 'STORAGE', ['CM-NO-KEY-REQUEST-COST review:r1']],
    ['EXTERNAL location, no key mapped', 'EXTERNAL', null, true, 'STORAGE', ['CM-NO-KEY-REQUEST-COST review:r1']],
    [
      'client-side location under a CMK in the register',
      'CLIENT_SIDE',
      'CUSTOMER_MANAGED',
      true,
      'STORAGE',
      ['CM-NO-KEY-REQUEST-COST review:r1'],
    ],
    ['provider-managed location and key', 'PROVIDER_MANAGED', 'PROVIDER_MANAGED', true, 'STORAGE', []],
    ['excluded CMK location, no key', 'CUSTOMER_MANAGED', null, false, 'STORAGE', []],
  ])('%s gives %j', (_, encryption, ownership, inScope, category, expected) => {
    const snapshot = buildSnapshot({
      keyRequirement: 'PROVIDER_MANAGED',
      locations: [
        buildLocation({ id: 'pm', encryption: 'PROVIDER_MANAGED', keyId: null }),
        buildLocation({
          id: 'l1',
          encryption,
          keyId: ownership ? 'k1' : null,
          inScope,
          exclusionReason: 'Holds only synthetic load-test data',
        }),
      ],
      keys: ownership ? [buildKey({ ownership })] : [],
      costLines: [buildCostLine({ id: 'c1', category })],
    })
    expect(cost(snapshot)).toEqual(expected)
  })

  it('tells the user what the key-service line should contain', () => {
    const [finding] = evaluate(buildSnapshot({ costLines: [] }), NOW)
    expect(finding).toMatchObject({ code: 'CM-NO-KEY-REQUEST-COST', severity: 'WARNING', gate: 'COST_MODEL' })
    expect(finding.message).toContain('monthly fee per key')
  })
})

describe('cost model rules: pricing verification', () => {
  it.each<[string, Date | null, string[]]>([
    ['checked a month ago', addDays(NOW, -30), []],
    ['checked exactly 180 days ago', addDays(NOW, -180), []],
    [
      'checked 180 days and a millisecond ago',
      new Date(addDays(NOW, -180).getTime() - 1),
      ['CM-PRICING-UNVERIFIED cost-line:c-kms'],
    ],
    ['checked a year ago', addDays(NOW, -365), ['CM-PRICING-UNVERIFIED cost-line:c-kms']],
    ['never checked', null, ['CM-PRICING-UNVERIFIED cost-line:c-kms']],
  ])('a cost line %s gives %j', (_, pricingVerifiedOn, expected) => {
    expect(cost(buildSnapshot({ costLines: [buildCostLine({ id: 'c-kms', pricingVerifiedOn })] }))).toEqual(expected)
  })

  it('names the line and the date in the message', () => {
    const line = buildCostLine({
      id: 'c1',
      description: 'KMS requests for tiered storage',
      pricingVerifiedOn: new Date('2026-01-15T00:00:00Z'),
    })
    const [finding] = evaluate(buildSnapshot({ costLines: [line] }), NOW)
    expect(finding.message).toBe(
      '"KMS requests for tiered storage" (Key-service requests and key fees): its pricing was last checked on 2026-01-15, over 180 days ago. Check the provider\'s current pricing page and record the date.',
    )
    const [unnamed] = evaluate(
      buildSnapshot({ costLines: [buildCostLine({ id: 'c1', pricingVerifiedOn: null })] }),
      NOW,
    )
    expect(unnamed.message).toMatch(
      /^The key-service requests and key fees cost line: its pricing has never been checked/,
    )
  })
})

describe('cost model rules: currencies', () => {
  const lines = (...currencies: string[]): SnapshotCostLine[] =>
    currencies.map((currency, i) => buildCostLine({ id: `c${i}`, currency }))

  it.each<[string[], string[]]>([
    [['EUR'], []],
    [['EUR', 'EUR'], []],
    [['EUR', 'eur ', ' Eur'], []],
    [['EUR', 'USD'], ['CM-MIXED-CURRENCY review:r1']],
    [['EUR', 'USD', 'GBP'], ['CM-MIXED-CURRENCY review:r1']],
  ])('cost lines in %j give %j', (currencies, expected) => {
    expect(cost(buildSnapshot({ costLines: lines(...currencies) }))).toEqual(expected)
  })

  it('is information, listing the currencies', () => {
    const finding = evaluate(buildSnapshot({ costLines: lines('USD', 'EUR') }), NOW).find(
      (f) => f.code === 'CM-MIXED-CURRENCY',
    )!
    expect(finding.severity).toBe('INFO')
    expect(finding.message).toContain('2 currencies (EUR, USD)')
  })
})

import { describe, expect, it } from 'vitest'
import type { Encryption } from '@/lib/domain/enums'
import { evaluate } from '@/lib/rules'
import { buildKey, buildLocation, buildSnapshot, codesAndTargets, NOW } from './snapshot-builders'

const storageBoundary = (snapshot = buildSnapshot()) => codesAndTargets(evaluate(snapshot, NOW), 'SB-')

describe('storage boundary rules', () => {
  it('reports nothing for the clean baseline review', () => {
    expect(evaluate(buildSnapshot(), NOW)).toEqual([])
  })

  it('blocks a review with no in-scope location', () => {
    const snapshot = buildSnapshot({
      locations: [
        buildLocation({ id: 'l1', inScope: false, exclusionReason: 'Decommissioned in 2025; volume deleted' }),
      ],
    })
    expect(storageBoundary(snapshot)).toEqual(['SB-INVENTORY-EMPTY review:r1'])
  })

  it.each<[Encryption, string[]]>([
    ['NONE', ['SB-ENCRYPTION-MISSING location:l1']],
    ['UNKNOWN', ['SB-ENCRYPTION-MISSING location:l1']],
    ['PROVIDER_MANAGED', []],
    ['CUSTOMER_MANAGED', []],
    ['BYOK', []],
    ['EXTERNAL', []],
    ['CLIENT_SIDE', []],
  ])('in-scope location encrypted %s with a key gives %j', (encryption, expected) => {
    const snapshot = buildSnapshot({
      keyRequirement: 'PROVIDER_MANAGED',
      locations: [buildLocation({ id: 'l1', encryption })],
    })
    expect(storageBoundary(snapshot)).toEqual(expected)
  })

  it.each<[Encryption, string[]]>([
    ['CUSTOMER_MANAGED', ['SB-NO-KEY location:l1']],
    ['BYOK', ['SB-NO-KEY location:l1']],
    ['EXTERNAL', ['SB-NO-KEY location:l1']],
    ['CLIENT_SIDE', ['SB-NO-KEY location:l1']],
    ['PROVIDER_MANAGED', []],
  ])('in-scope location encrypted %s with no key gives %j', (encryption, expected) => {
    const snapshot = buildSnapshot({
      keyRequirement: 'PROVIDER_MANAGED',
      locations: [buildLocation({ id: 'l1', encryption, keyId: null })],
    })
    expect(storageBoundary(snapshot)).toEqual(expected)
  })

  it('treats a key id missing from the register as no key', () => {
    const snapshot = buildSnapshot({ locations: [buildLocation({ id: 'l1', keyId: 'gone' })], keys: [buildKey()] })
    const findings = evaluate(snapshot, NOW)
    expect(codesAndTargets(findings, 'SB-')).toEqual(['SB-NO-KEY location:l1'])
    expect(findings[0].message).toContain('missing from the key register')
  })

  it('does not judge encryption or keys of excluded locations', () => {
    const snapshot = buildSnapshot({
      locations: [
        buildLocation({ id: 'l1' }),
        buildLocation({
          id: 'l2',
          inScope: false,
          encryption: 'NONE',
          keyId: null,
          exclusionReason: 'Holds only synthetic load-test data',
        }),
      ],
    })
    expect(evaluate(snapshot, NOW)).toEqual([])
  })

  it.each([
    [null, 'has no exclusion reason'],
    ['', 'has no exclusion reason'],
    ['   ', 'has no exclusion reason'],
    ['n/a', 'placeholder'],
    ['N/A', 'placeholder'],
    ['na', 'placeholder'],
    ['none', 'placeholder'],
    ['TBD', 'placeholder'],
    ['todo', 'placeholder'],
    ['-', 'placeholder'],
    ['ok', 'placeholder'],
    ['not needed', 'placeholder'],
    ['Out of scope.', 'placeholder'],
    ['out of scope - tbd', 'placeholder'],
    ['cache', 'too thin'],
    ['legacy volume', 'too thin'],
  ])('blocks an exclusion with reason %j', (exclusionReason, messagePart) => {
    const snapshot = buildSnapshot({
      locations: [buildLocation({ id: 'l1' }), buildLocation({ id: 'l2', inScope: false, exclusionReason })],
    })
    const findings = evaluate(snapshot, NOW)
    expect(codesAndTargets(findings)).toEqual(['SB-EXCLUSION-REASON location:l2'])
    expect(findings[0]).toMatchObject({ severity: 'BLOCKER', gate: 'STORAGE_BOUNDARY' })
    expect(findings[0].message).toContain(messagePart)
  })

  it.each([
    'Holds only metrics without payloads; covered by the monitoring review',
    'Out of scope: the DR cluster is reviewed separately in review R-12',
    'Decommissioned in 2025, volumes deleted',
  ])('accepts an exclusion with reason %j', (exclusionReason) => {
    const snapshot = buildSnapshot({
      locations: [buildLocation({ id: 'l1' }), buildLocation({ id: 'l2', inScope: false, exclusionReason })],
    })
    expect(evaluate(snapshot, NOW)).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { evaluate } from '@/lib/rules'
import { buildLocation, buildSnapshot, codesAndTargets, NOW } from './snapshot-builders'

const residency = (snapshot: ReturnType<typeof buildSnapshot>) =>
  codesAndTargets(evaluate(snapshot, NOW)).filter((f) => /SB-(JURISDICTION|REGION)/.test(f))

describe('jurisdiction rules', () => {
  it.each([
    [['EU'], 'eu-west-1', []],
    [['EU'], 'us-east-1', ['SB-JURISDICTION location:l1']],
    [['EU'], 'europe-west1', []],
    [['EU'], 'westeurope', []],
    [['EU'], 'eu-west-2', ['SB-JURISDICTION location:l1']],
    [['EU', 'UK'], 'eu-west-2', []],
    [['eu'], 'eu-central-1', []],
    [['US'], 'eastus', []],
    [['EU'], 'mars-north-1', ['SB-JURISDICTION-UNKNOWN location:l1']],
    [[], 'us-east-1', []],
    [[], 'mars-north-1', []],
  ])('allowed %j, location in %s gives %j', (allowedJurisdictions, region, expected) => {
    const snapshot = buildSnapshot({ allowedJurisdictions, locations: [buildLocation({ id: 'l1', region })] })
    expect(residency(snapshot)).toEqual(expected)
  })

  it('says which jurisdiction the location is in', () => {
    const snapshot = buildSnapshot({
      allowedJurisdictions: ['EU'],
      locations: [buildLocation({ id: 'l1', region: 'us-east-1' })],
    })
    const [finding] = evaluate(snapshot, NOW)
    expect(finding).toMatchObject({ code: 'SB-JURISDICTION', severity: 'BLOCKER', gate: 'STORAGE_BOUNDARY' })
    expect(finding.message).toContain('us-east-1 (US)')
  })

  it('falls back to the cloud account region when the location has none', () => {
    const account = {
      id: 'a1',
      provider: 'AWS' as const,
      accountRef: '111122223333',
      controlledBy: 'CUSTOMER' as const,
      region: 'us-east-1',
    }
    const snapshot = buildSnapshot({
      allowedJurisdictions: ['EU'],
      cloudAccounts: [account],
      locations: [buildLocation({ id: 'l1', region: null, cloudAccountId: 'a1' })],
    })
    expect(residency(snapshot)).toEqual(['SB-JURISDICTION location:l1'])
  })

  it('prefers the location region over its account region', () => {
    const account = {
      id: 'a1',
      provider: 'AWS' as const,
      accountRef: '111122223333',
      controlledBy: 'CUSTOMER' as const,
      region: 'us-east-1',
    }
    const snapshot = buildSnapshot({
      allowedJurisdictions: ['EU'],
      cloudAccounts: [account],
      locations: [buildLocation({ id: 'l1', region: 'eu-west-1', cloudAccountId: 'a1' })],
    })
    expect(residency(snapshot)).toEqual([])
  })

  it('warns when neither the location nor its account has a region', () => {
    const snapshot = buildSnapshot({
      allowedJurisdictions: ['EU'],
      locations: [buildLocation({ id: 'l1', region: null })],
    })
    expect(residency(snapshot)).toEqual(['SB-REGION-MISSING location:l1'])
  })

  it('ignores excluded locations', () => {
    const snapshot = buildSnapshot({
      allowedJurisdictions: ['EU'],
      locations: [
        buildLocation({ id: 'l1' }),
        buildLocation({
          id: 'l2',
          region: 'us-east-1',
          inScope: false,
          exclusionReason: 'DR copy reviewed in the US programme, review R-7',
        }),
      ],
    })
    expect(residency(snapshot)).toEqual([])
  })

  it('checks the regions the review declares', () => {
    const snapshot = buildSnapshot({ allowedJurisdictions: ['EU'], regions: ['eu-west-1', 'us-east-1', 'atlantis-1'] })
    expect(residency(snapshot)).toEqual([
      'SB-JURISDICTION region:us-east-1',
      'SB-JURISDICTION-UNKNOWN region:atlantis-1',
    ])
  })
})

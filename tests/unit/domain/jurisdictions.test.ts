import { describe, expect, it } from 'vitest'
import { JURISDICTIONS, JURISDICTION_LABELS, isJurisdiction, jurisdictionOf } from '@/lib/domain/jurisdictions'

describe('jurisdictionOf', () => {
  it.each([
    ['eu-west-1', 'EU'],
    ['eu-central-1', 'EU'],
    ['eu-west-2', 'UK'],
    ['eu-central-2', 'CH'],
    ['us-east-1', 'US'],
    ['us-gov-west-1', 'US'],
    ['ca-central-1', 'CA'],
    ['ap-southeast-2', 'AU'],
    ['ap-northeast-1', 'JP'],
    ['ap-southeast-1', 'SG'],
    ['ap-south-1', 'IN'],
    ['sa-east-1', 'BR'],
    ['europe-west1', 'EU'],
    ['europe-west2', 'UK'],
    ['europe-west6', 'CH'],
    ['us-central1', 'US'],
    ['australia-southeast1', 'AU'],
    ['northamerica-northeast1', 'CA'],
    ['asia-northeast1', 'JP'],
    ['westeurope', 'EU'],
    ['northeurope', 'EU'],
    ['uksouth', 'UK'],
    ['switzerlandnorth', 'CH'],
    ['eastus', 'US'],
    ['canadacentral', 'CA'],
    ['australiaeast', 'AU'],
    ['japaneast', 'JP'],
    ['southeastasia', 'SG'],
    ['centralindia', 'IN'],
    ['brazilsouth', 'BR'],
    ['norwayeast', 'NO'],
  ])('%s is in %s', (region, jurisdiction) => {
    expect(jurisdictionOf(region)).toBe(jurisdiction)
  })

  it.each([
    ['EU-WEST-1', 'EU'],
    [' eu-west-1 ', 'EU'],
    ['eu-west-1a', 'EU'],
    ['us-east-1f', 'US'],
    ['europe-west1-b', 'EU'],
    ['us-central1-a', 'US'],
  ])('reads the region of %j as %s', (code, jurisdiction) => {
    expect(jurisdictionOf(code)).toBe(jurisdiction)
  })

  it.each(['', 'eu-west-99', 'eu-mars-1', 'westmars', 'on-prem-dc1', 'europe'])('does not guess %j', (region) => {
    expect(jurisdictionOf(region)).toBeNull()
  })

  it('labels every jurisdiction code', () => {
    expect(Object.keys(JURISDICTION_LABELS).sort()).toEqual([...JURISDICTIONS].sort())
    expect(isJurisdiction('EU')).toBe(true)
    expect(isJurisdiction('XX')).toBe(false)
  })
})

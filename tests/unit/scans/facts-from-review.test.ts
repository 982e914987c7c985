import { describe, expect, it } from 'vitest'
import type { Encryption, KeyOwnership } from '@/lib/domain/enums'
import {
  factsFromReview,
  regradeOnLocation,
  type ReviewFactLocation,
  type ReviewFactsInput,
} from '@/lib/scanners/facts-from-review'
import type { ScanFinding } from '@/lib/scanners/finding'

const MSK_ARN = 'arn:aws:kafka:eu-west-1:111122223333:cluster/orders-prod/2f1d7e3a-8c4b-4e8a-9d7c-1a2b3c4d5e6f-3'
const KEY_ARN = 'arn:aws:kms:eu-west-1:111122223333:key/6d7e8f90-1a2b-4c3d-8e4f-5a6b7c8d9e0f'

function location(overrides: Partial<ReviewFactLocation> = {}): ReviewFactLocation {
  return {
    id: 'l1',
    name: 'Broker data volumes',
    kind: 'BLOCK_VOLUME',
    resourceRef: MSK_ARN,
    encryption: 'CUSTOMER_MANAGED',
    keyId: 'k1',
    inScope: true,
    cmkSupported: 'yes',
    ...overrides,
  }
}

function review(loc: Partial<ReviewFactLocation> = {}, ownership: KeyOwnership = 'CUSTOMER_MANAGED'): ReviewFactsInput {
  return {
    templateId: 'amazon-msk-provisioned',
    locations: [location(loc)],
    keys: [{ id: 'k1', keyRef: KEY_ARN, ownership }],
  }
}

const mskPass: ScanFinding = {
  scanner: 'prowler',
  checkId: 'kafka_cluster_encryption_at_rest_uses_cmk',
  resourceRef: MSK_ARN,
  status: 'PASS',
  path: '$[0]',
}

const verdict = (input: ReviewFactsInput) => {
  const [fact] = factsFromReview(input)
  return regradeOnLocation(mskPass, fact ?? null)
}

describe('factsFromReview', () => {
  it('gives an in-scope location its resource reference, key model, key and location id', () => {
    expect(factsFromReview(review())).toEqual([
      {
        refs: [MSK_ARN],
        locationId: 'l1',
        locationName: 'Broker data volumes',
        model: 'CUSTOMER_MANAGED',
        keySelectable: true,
        keyRef: KEY_ARN,
      },
    ])
  })

  it('leaves out locations that are excluded or have no resource reference', () => {
    expect(factsFromReview(review({ inScope: false }))).toEqual([])
    expect(factsFromReview(review({ resourceRef: '  ' }))).toEqual([])
  })

  it.each<[Encryption, KeyOwnership | null, string]>([
    ['CUSTOMER_MANAGED', 'CUSTOMER_MANAGED', 'CUSTOMER_MANAGED'],
    ['CUSTOMER_MANAGED', 'PROVIDER_MANAGED', 'PROVIDER_MANAGED'],
    ['PROVIDER_MANAGED', null, 'PROVIDER_MANAGED'],
    ['BYOK', 'BYOK', 'BYOK'],
    ['EXTERNAL', 'EXTERNAL', 'HYOK'],
    ['CUSTOMER_MANAGED', null, 'UNKNOWN'],
    ['UNKNOWN', null, 'UNKNOWN'],
    ['NONE', null, 'UNKNOWN'],
  ])('reads encryption %s with a %s key as model %s', (encryption, ownership, model) => {
    const input = review({ encryption, keyId: ownership ? 'k1' : null }, ownership ?? 'CUSTOMER_MANAGED')
    expect(factsFromReview(input)[0].model).toBe(model)
  })

  it('marks a location the template says takes no customer key (MSK Serverless) as not selectable', () => {
    const serverless = {
      ...review({ kind: 'MANAGED_STORAGE', encryption: 'PROVIDER_MANAGED', keyId: null, cmkSupported: null }),
      templateId: 'amazon-msk-serverless',
    }
    expect(factsFromReview(serverless)[0].keySelectable).toBe(false)
    expect(factsFromReview(review({ cmkSupported: 'no' }))[0].keySelectable).toBe(false)
    expect(factsFromReview(review({ encryption: 'UNKNOWN', keyId: null }))[0].keySelectable).toBeNull()
  })
})

describe('regradeOnLocation: the three re-grades of a Prowler MSK pass', () => {
  it('accepts the pass on a customer key', () => {
    expect(verdict(review())).toMatchObject({ regrade: 'ACCEPTED', atRest: true })
  })

  it('re-grades the pass on the AWS-managed key as not customer-owned', () => {
    expect(verdict(review({}, 'PROVIDER_MANAGED'))).toEqual({
      regrade: 'REGRADED_PROVIDER_KEY',
      reason: 'PASS — encrypted, but under a provider-managed key: not customer-owned',
      atRest: true,
    })
  })

  it('re-grades the pass on MSK Serverless as a key that is not customer-selectable', () => {
    const serverless = {
      ...review({ kind: 'MANAGED_STORAGE', cmkSupported: 'no' }),
      templateId: 'amazon-msk-serverless',
    }
    expect(verdict(serverless)).toMatchObject({
      regrade: 'REGRADED_NOT_SELECTABLE',
      reason: 'PASS — key not customer-selectable',
    })
  })

  it('cannot re-grade when Keyproof does not know the key', () => {
    expect(verdict(review({ encryption: 'UNKNOWN', keyId: null }))).toMatchObject({
      regrade: 'CANNOT_REGRADE',
      reason: 'cannot re-grade: key unknown',
    })
  })

  it('cannot re-grade a pass whose resource matches no location', () => {
    expect(regradeOnLocation(mskPass, null)).toMatchObject({ regrade: 'CANNOT_REGRADE', atRest: true })
  })

  it('keeps a pass of a check that is not about encryption at rest', () => {
    const transit = { ...mskPass, checkId: 'kafka_cluster_in_transit_encryption_enabled' }
    expect(regradeOnLocation(transit, null)).toMatchObject({ regrade: 'ACCEPTED', atRest: false })
  })
})

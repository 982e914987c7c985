import { describe, expect, it } from 'vitest'
import { decisionMap } from '@/lib/domain/decision-map'
import { getTemplate } from '@/lib/domain/templates'

const input = {
  keyRequirement: 'CMK' as const,
  dataClassification: 'RESTRICTED' as const,
  allowedJurisdictions: ['EU'],
}
const template = (map: ReturnType<typeof decisionMap>, id: string) =>
  map.options.flatMap((o) => o.templates).find((t) => t.id === id)!

describe('decisionMap', () => {
  it('compares the four options of the seed article in order, each with every catalog template of its model', () => {
    const map = decisionMap(input)
    expect(map.options.map((o) => o.model)).toEqual(['SELF_MANAGED', 'PROVIDER_MANAGED', 'BYOC', 'SHARED_STORAGE'])
    expect(map.options.find((o) => o.model === 'BYOC')!.templates.map((t) => t.id)).toEqual([
      'automq-byoc',
      'redpanda-byoc',
      'warpstream-byoc',
    ])
    expect(map.options.flatMap((o) => o.templates)).toHaveLength(11)
    for (const o of map.options) expect(o.mainTradeOff.source).toMatch(/Seed article/)
  })

  it('keeps the catalog word for every location and flags what the catalog calls an inference', () => {
    const serverless = template(decisionMap(input), 'amazon-msk-serverless')
    const storage = serverless.locations.find((l) => l.name === 'Serverless cluster storage')!
    expect([storage.sourceWord, storage.status, storage.isInferred]).toEqual(['no', 'IMPOSSIBLE', true])
    const source = getTemplate('amazon-msk-serverless')!.locations
    expect(serverless.locations.map((l) => l.sourceWord)).toEqual(source.map((l) => l.cmkSupported))
  })

  it('judges a template impossible when any location cannot take a customer key, unproven when any is unknown', () => {
    const map = decisionMap(input)
    expect(template(map, 'automq-byoc').verdict).toBe('IMPOSSIBLE')
    expect(template(map, 'amazon-msk-provisioned').verdict).toBe('UNPROVEN')
    expect(template(map, 'gcp-managed-kafka').verdict).toBe('POSSIBLE')
    expect(template(map, 'automq-software').verdict).toBe('CONDITIONAL')
  })

  it('needs no customer key when provider-managed keys are acceptable, and says so for every template', () => {
    const map = decisionMap({ ...input, keyRequirement: 'PROVIDER_MANAGED' })
    expect(map.needsCustomerKey).toBe(false)
    expect(new Set(map.options.flatMap((o) => o.templates.map((t) => t.verdict)))).toEqual(new Set(['NOT_REQUIRED']))
  })

  it('warns that the catalog does not speak to BYOK import or HYOK, and has no caveat for CMK', () => {
    expect(decisionMap(input).requirementCaveat).toBeNull()
    expect(decisionMap({ ...input, keyRequirement: 'BYOK' }).requirementCaveat).toMatch(/imported key material/)
    expect(decisionMap({ ...input, keyRequirement: 'EXTERNAL' }).requirementCaveat).toMatch(/external key manager/)
  })

  it('places provider-managed locations in the provider account and vendor control planes outside the customer account', () => {
    const map = decisionMap(input)
    expect(new Set(template(map, 'confluent-cloud').locations.map((l) => l.placement))).toEqual(
      new Set(['PROVIDER_ACCOUNT']),
    )
    const warp = template(map, 'warpstream-byoc')
    expect(warp.locations.find((l) => l.kind === 'VENDOR_CONTROL_PLANE')!.placement).toBe('VENDOR_ACCOUNT')
    expect(warp.outsideAccount).toBe(1)
    const automq = template(map, 'automq-byoc').locations.find((l) => l.kind === 'VENDOR_CONTROL_PLANE')!
    expect([automq.placement, automq.placementSource]).toEqual([
      'CUSTOMER_ACCOUNT',
      expect.stringMatching(/Seed article/),
    ])
  })

  it('names what is fixed at creation, with its source, for the templates whose key cannot change later', () => {
    const map = decisionMap(input)
    expect(template(map, 'amazon-msk-provisioned').fixedAtCreation[0].source).toMatch(/G4/)
    expect(template(map, 'gcp-managed-kafka').fixedAtCreation[0].text).toMatch(/immutable/)
    expect(template(map, 'apache-kafka-self-managed').fixedAtCreation).toEqual([])
  })

  it('counts record-, offset- and credential-holding locations without a documented customer key', () => {
    const redpanda = template(decisionMap(input), 'redpanda-byoc')
    const expected = redpanda.locations.filter(
      (l) =>
        l.sourceWord !== 'yes' &&
        l.holds.some((h) => ['RECORDS', 'OFFSETS', 'TRANSACTIONS', 'CREDENTIALS'].includes(h)),
    ).length
    expect(redpanda.sensitiveWithoutKey).toBe(expected)
    expect(expected).toBeGreaterThan(0)
  })
})

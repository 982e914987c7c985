import { describe, expect, it } from 'vitest'
import { factsFromConfig } from '@/lib/scanners/facts-from-config'
import type { MergedResult } from '@/lib/config-import/result'
import { ORDERS_ARN, SERVERLESS_ARN, mergedFixture } from './fixtures'

const byName = (merged: MergedResult) => new Map(factsFromConfig(merged).map((f) => [f.locationName, f]))

describe('factsFromConfig', () => {
  it('turns each location into a fact with its ref and name, model and key', () => {
    const facts = byName(mergedFixture())
    expect(facts.size).toBe(7)
    expect(facts.get('orders-prod')).toEqual({
      refs: [ORDERS_ARN, 'orders-prod'],
      locationName: 'orders-prod',
      model: 'CUSTOMER_MANAGED',
      keySelectable: true,
      keyRef: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    })
    expect(facts.get('acme-kafka-wal-prod')).toMatchObject({
      refs: ['acme-kafka-wal-prod'],
      model: 'UNKNOWN',
      keySelectable: null,
    })
  })

  it('marks MSK Serverless, by its CloudFormation or Terraform resource type, as not customer-selectable', () => {
    const facts = byName(mergedFixture())
    expect(facts.get('events-serverless')).toMatchObject({
      refs: [SERVERLESS_ARN, 'events-serverless'],
      keySelectable: false,
    })
    expect(facts.get('aws_msk_serverless_cluster.events')?.keySelectable).toBe(false)
    expect(facts.get('aws_msk_cluster.orders')?.keySelectable).toBe(true)
  })

  it('caps a CUSTOMER_MANAGED location to PROVIDER_MANAGED when the merge reports its key as provider-managed', () => {
    const facts = byName(mergedFixture())
    expect(facts.get('acme-kafka-tiered-prod')).toMatchObject({ model: 'PROVIDER_MANAGED', keySelectable: null })
  })

  it('caps a key given as an AWS managed alias even when no key file describes it', () => {
    const merged = mergedFixture()
    merged.keys = []
    merged.locations[0].encryption.keyRef = 'arn:aws:kms:eu-west-1:111122223333:alias/aws/kafka'
    expect(factsFromConfig(merged)[0]).toMatchObject({ model: 'PROVIDER_MANAGED', keySelectable: null })
    merged.locations[0].encryption.keyRef = 'alias/aws-kafka-team'
    expect(factsFromConfig(merged)[0].model).toBe('CUSTOMER_MANAGED')
  })

  it('returns no facts for an empty merge', () => {
    const empty: MergedResult = {
      files: [],
      locations: [],
      keys: [],
      principals: [],
      unresolved: [],
      dropped: [],
      warnings: [],
    }
    expect(factsFromConfig(empty)).toEqual([])
  })
})

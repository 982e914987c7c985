import { describe, expect, it } from 'vitest'
import { confluentKafkaClusterDescribeParser as parser } from '@/lib/config-import/confluent/kafka-cluster'
import { fixture, parseError, run } from './parser-fixtures'

const load = (name: string) => fixture('confluent', name)

describe('confluent kafka cluster describe -o json', () => {
  it('treats a Basic cluster as Confluent-managed only (G6), fixed at provisioning', () => {
    const { locations, warnings } = run(parser, load('kafka-cluster-basic.json'))
    expect(locations).toEqual([
      {
        ref: 'lkc-0jq5n2',
        kind: 'MANAGED_STORAGE',
        name: 'Confluent Cloud basic cluster dev-sandbox',
        region: 'us-west-2',
        provider: 'CONFLUENT',
        resourceType: 'confluent:kafka-cluster:BASIC',
        encryption: { state: 'ENCRYPTED', model: 'PROVIDER_MANAGED', note: expect.stringContaining('G6') },
        keyChange: { mode: 'REPLACEMENT', note: expect.stringContaining('cannot be switched') },
        path: '$.type',
      },
    ])
    expect(warnings).toEqual([expect.stringContaining('Schema Registry')])
  })

  it('does not take a Dedicated cluster without a key id for Confluent-managed: the CLI hides BYOK ids', () => {
    const [location] = run(parser, load('kafka-cluster-dedicated.json')).locations
    expect(location.encryption.model).toBe('UNKNOWN')
    expect(location.encryption.keyRef).toBeUndefined()
    expect(location.encryption.note).toContain('does not print a self-managed key id')
  })

  it('reads a legacy encryption_key_id as a customer-managed key, noting that Confluent BYOK is a CMK', () => {
    const { locations, unresolved } = run(parser, load('kafka-cluster-dedicated-encryption.json'))
    expect(locations[0].encryption).toEqual({
      state: 'ENCRYPTED',
      model: 'CUSTOMER_MANAGED',
      keyRef: 'arn:aws:kms:eu-central-1:381492076655:key/5d1f0c3a-9e82-4b7e-a1c6-3f4d2e8b9a70',
      note: expect.stringContaining('not imported key material'),
    })
    expect(locations[0].path).toBe('$.encryption_key_id')
    expect(unresolved).toHaveLength(1)
  })

  it('reads byok_key_id when a CLI prints it, leaving the Confluent key id for the byok file to resolve', () => {
    const json = { ...load('kafka-cluster-dedicated.json'), byok_key_id: 'cck-7x2k9q' }
    const { locations, unresolved } = run(parser, json)
    expect(locations[0].encryption).toMatchObject({ model: 'CUSTOMER_MANAGED', keyRef: 'cck-7x2k9q' })
    expect(unresolved[0]).toEqual({ ref: 'cck-7x2k9q', why: expect.stringContaining('confluent byok describe') })
  })

  it('rejects a type of the wrong type, naming file and path', () => {
    const json = { ...load('kafka-cluster-basic.json'), type: 2 }
    expect(parseError(parser, json, 'cluster.json').message).toBe(
      'cluster.json: $.type: expected a string, found a number',
    )
  })
})

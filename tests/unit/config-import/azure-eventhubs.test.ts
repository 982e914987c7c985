import { describe, expect, it } from 'vitest'
import { azEventHubsNamespaceParser as parser } from '@/lib/config-import/azure/eventhubs-namespace'
import { fixture, parseError, run } from './parser-fixtures'

const load = (name: string) => fixture('azure', name)
const SUB = '5f3a2c1e-8b7d-4e61-9a0f-2c4d6e8b1a3f'

describe('az eventhubs namespace show', () => {
  it('reads a Key Vault key as a customer-managed key that cannot be removed, keyed by its versionless id', () => {
    const { locations, unresolved } = run(parser, load('namespace-cmk.json'))
    expect(locations).toEqual([
      {
        ref: `/subscriptions/${SUB}/resourceGroups/rg-streaming/providers/Microsoft.EventHub/namespaces/ehns-orders-prod`,
        kind: 'MANAGED_STORAGE',
        name: 'Event Hubs namespace ehns-orders-prod',
        region: 'westeurope',
        account: SUB,
        provider: 'AZURE',
        resourceType: 'Microsoft.EventHub/namespaces',
        encryption: {
          state: 'ENCRYPTED',
          model: 'CUSTOMER_MANAGED',
          keyRef: 'https://kv-streaming-prod.vault.azure.net/keys/ehns-orders-cmk',
          note: expect.stringMatching(/2 keys are listed.*Infrastructure \(double\) encryption/),
        },
        keyChange: { mode: 'CANNOT_REMOVE', note: expect.stringContaining('cannot be removed') },
        path: '$.encryption.keyVaultProperties[0]',
      },
    ])
    expect(unresolved.map((u) => u.ref)).toEqual([
      'https://kv-streaming-prod.vault.azure.net/keys/ehns-orders-cmk',
      'https://kv-streaming-dr.vault.azure.net/keys/ehns-orders-cmk-dr',
    ])
  })

  it('treats a namespace without encryption as Microsoft-managed keys and names the tier rule', () => {
    const [location] = run(parser, load('namespace-microsoft-managed.json')).locations
    expect(location.encryption).toEqual({
      state: 'ENCRYPTED',
      model: 'PROVIDER_MANAGED',
      note: expect.stringContaining('Tier: Standard'),
    })
    expect(location.keyChange).toEqual({ mode: 'UNKNOWN', note: expect.stringContaining('Premium and Dedicated') })
    expect(location.path).toBe('$')
  })

  it('reads the ARM REST body, where encryption sits under properties', () => {
    const [location] = run(parser, load('namespace-rest-cmk.json')).locations
    expect(location.encryption.keyRef).toBe('https://kv-payments.vault.azure.net/keys/payments-cmk')
    expect(location.encryption.note).not.toContain('double')
    expect(location.path).toBe('$.properties.encryption.keyVaultProperties[0]')
  })

  it('does not call a key source without any Key Vault key customer-managed', () => {
    const json = load('namespace-cmk.json')
    ;(json.encryption as Record<string, unknown>).keyVaultProperties = []
    const { locations, warnings } = run(parser, json)
    expect(locations[0].encryption.model).toBe('UNKNOWN')
    expect(warnings).toEqual(['$.encryption.keySource is Microsoft.KeyVault but no Key Vault key is listed.'])
  })

  it('rejects keyVaultProperties of the wrong type without a TypeError', () => {
    const json = load('namespace-cmk.json')
    ;(json.encryption as Record<string, unknown>).keyVaultProperties = { keyName: 'x' }
    expect(parseError(parser, json, 'ns.json').message).toBe(
      'ns.json: $.encryption.keyVaultProperties: expected an array, found an object',
    )
  })

  it('rejects a key name of the wrong type inside the list', () => {
    const json = load('namespace-cmk.json')
    const props = (json.encryption as Record<string, unknown>).keyVaultProperties as Record<string, unknown>[]
    props[1].keyName = 42
    expect(parseError(parser, json, 'ns.json').message).toBe(
      'ns.json: $.encryption.keyVaultProperties[1].keyName: expected a string, found a number',
    )
  })

  it('claims Event Hubs namespaces only', () => {
    expect(parser.detect(load('namespace-cmk.json'))).toBe(true)
    expect(
      parser.detect({
        ...load('namespace-cmk.json'),
        id: '/subscriptions/x/providers/Microsoft.ServiceBus/namespaces/a',
      }),
    ).toBe(false)
    expect(parser.detect(fixture('gcp', 'managed-kafka-cluster-cmek.json'))).toBe(false)
  })
})

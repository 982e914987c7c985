import { describe, expect, it } from 'vitest'
import { GCP_PARSERS } from '@/lib/config-import/gcp'
import { gcloudManagedKafkaClusterParser as parser } from '@/lib/config-import/gcp/managed-kafka-cluster'
import { fixture, parseError, run } from './parser-fixtures'

const load = (name: string) => fixture('gcp', name)

describe('gcloud managed-kafka clusters describe', () => {
  it('reads a CMEK cluster: customer-managed key, immutable key, project number kept as the account', () => {
    const { locations, unresolved } = run(parser, load('managed-kafka-cluster-cmek.json'), 'orders.json')
    expect(locations).toEqual([
      {
        ref: 'projects/731402568112/locations/us-central1/clusters/orders',
        kind: 'MANAGED_STORAGE',
        name: 'Managed Kafka cluster orders (3 vCPU, 3 GiB): broker disks and tiered storage',
        region: 'us-central1',
        account: '731402568112',
        provider: 'GCP',
        resourceType: 'managedkafka.googleapis.com/Cluster',
        encryption: {
          state: 'ENCRYPTED',
          model: 'CUSTOMER_MANAGED',
          keyRef: 'projects/acme-streaming-prod/locations/us-central1/keyRings/kafka/cryptoKeys/orders-cmek',
          note: expect.stringContaining('CMEK'),
        },
        keyChange: { mode: 'REPLACEMENT', note: expect.stringContaining('G15') },
        path: '$.gcpConfig.kmsKey',
      },
    ])
    expect(unresolved.map((u) => u.ref)).toEqual([
      'projects/acme-streaming-prod/locations/us-central1/keyRings/kafka/cryptoKeys/orders-cmek',
    ])
  })

  it('warns that the cluster names a project number and its key a project id, without assuming they match', () => {
    const { warnings } = run(parser, load('managed-kafka-cluster-cmek.json'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('731402568112 (a project number)')
    expect(warnings[0]).toContain('acme-streaming-prod (a project id)')
    expect(warnings[0]).toContain('mapping')
  })

  it('does not warn when the key names the same project as the cluster', () => {
    const json = load('managed-kafka-cluster-cmek.json')
    ;(json.gcpConfig as Record<string, unknown>).kmsKey =
      'projects/731402568112/locations/us-central1/keyRings/kafka/cryptoKeys/orders-cmek'
    expect(run(parser, json).warnings).toEqual([])
  })

  it('treats a cluster without kmsKey as Google-owned encryption with no unresolved key', () => {
    const { locations, unresolved, warnings } = run(parser, load('managed-kafka-cluster-default.json'))
    expect(locations[0].encryption).toEqual({
      state: 'ENCRYPTED',
      model: 'PROVIDER_OWNED',
      note: expect.stringContaining('Google-owned'),
    })
    expect(locations[0].keyChange?.mode).toBe('REPLACEMENT')
    expect(locations[0].name).toContain('(6 vCPU, 12 GiB)')
    expect(locations[0].path).toBe('$')
    expect(unresolved).toEqual([])
    expect(warnings).toEqual([])
  })

  it('reads int64 capacity given as JSON strings and rejects one that is not an integer', () => {
    const json = load('managed-kafka-cluster-default.json')
    ;(json.capacityConfig as Record<string, unknown>).memoryBytes = '12 GiB'
    expect(parseError(parser, json, 'c.json').message).toBe(
      'c.json: $.capacityConfig.memoryBytes: expected an int64 as a decimal string such as "3221225472", found a string',
    )
  })

  it('rejects a kmsKey of the wrong type without a TypeError', () => {
    const json = load('managed-kafka-cluster-cmek.json')
    ;(json.gcpConfig as Record<string, unknown>).kmsKey = { name: 'x' }
    expect(parseError(parser, json, 'c.json').message).toBe(
      'c.json: $.gcpConfig.kmsKey: expected a string, found an object',
    )
  })

  it('is the only GCP parser that claims a cluster, and claims no key', () => {
    const cluster = load('managed-kafka-cluster-cmek.json')
    expect(GCP_PARSERS.filter((p) => p.detect(cluster)).map((p) => p.id)).toEqual([parser.id])
    expect(parser.detect(load('kms-key-rotating.json'))).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { redactTerraformJson } from '@/lib/config-import/iac'
import { terraformStateParser as parser } from '@/lib/config-import/iac/terraform-parser'
import type { ParseResult } from '@/lib/config-import/result'
import { fixture, fixtureText, parseError, run } from './parser-fixtures'

type Json = Record<string, any>
const load = () => fixture('terraform', 'state-multicloud.json') as Json
const byName = (result: ParseResult, name: string) => result.locations.find((l) => l.name === name)!
const GCP_KEY = 'projects/acme-streaming-prod/locations/us-central1/keyRings/kafka/cryptoKeys/orders-cmek'
const AWS_KEY = 'arn:aws:kms:us-east-1:381492076655:key/0e2609e3-a0bf-4f39-aedf-8b1f63b16d81'

describe('Terraform state: Google Managed Kafka and Cloud KMS', () => {
  it('resolves the cluster kms_key to the google_kms_crypto_key in the file, immutable (G15)', () => {
    const result = run(parser, load())
    const orders = byName(result, 'Managed Kafka cluster orders: broker disks and tiered storage')
    expect(orders).toMatchObject({
      ref: 'projects/731402568112/locations/us-central1/clusters/orders',
      region: 'us-central1',
      account: 'acme-streaming-prod',
      provider: 'GCP',
      encryption: { state: 'ENCRYPTED', model: 'CUSTOMER_MANAGED', keyRef: GCP_KEY },
      keyChange: { mode: 'REPLACEMENT', note: expect.stringContaining('G15') },
      path: '$.values.root_module.resources[1].values.gcp_config[0].kms_key',
    })
    expect(result.keys.find((k) => k.ref === GCP_KEY)).toEqual({
      ref: GCP_KEY,
      region: 'us-central1',
      account: 'acme-streaming-prod',
      provider: 'GCP',
      manager: 'CUSTOMER',
      origin: 'PROVIDER_GENERATED',
      state: 'ENABLED',
      rotation: { enabled: true, periodDays: 90 },
      path: '$.values.root_module.resources[0].values',
    })
  })

  it('treats an empty kms_key as Google-owned keys', () => {
    const analytics = byName(run(parser, load()), 'Managed Kafka cluster analytics: broker disks and tiered storage')
    expect(analytics.encryption.model).toBe('PROVIDER_OWNED')
  })

  it('warns that the cluster name carries the project number while the project attribute is the id', () => {
    const { warnings } = run(parser, load())
    expect(warnings.filter((w) => w.includes('731402568112') && w.includes('acme-streaming-prod'))).toHaveLength(2)
  })
})

describe('Terraform state: Azure Event Hubs', () => {
  it('joins the customer-managed-key resource to its namespace despite id casing: CMK that cannot be removed', () => {
    const ns = byName(run(parser, load()), 'Event Hubs namespace ehns-orders-prod')
    expect(ns).toMatchObject({
      region: 'westeurope',
      account: '5f3a2c1e-8b7d-4e61-9a0f-2c4d6e8b1a3f',
      encryption: {
        model: 'CUSTOMER_MANAGED',
        keyRef: 'https://kv-streaming-prod.vault.azure.net/keys/ehns-orders-cmk',
        note: expect.stringContaining('double'),
      },
      keyChange: { mode: 'CANNOT_REMOVE' },
      path: '$.values.root_module.resources[5].values.key_vault_key_ids',
    })
  })

  it('does not claim Microsoft-managed keys for a namespace with no CMK resource in this state', () => {
    const result = run(parser, load())
    expect(byName(result, 'Event Hubs namespace ehns-telemetry').encryption.model).toBe('UNKNOWN')
    expect(result.unresolved.map((u) => u.ref)).toContain(
      '/subscriptions/5f3a2c1e-8b7d-4e61-9a0f-2c4d6e8b1a3f/resourceGroups/rg-telemetry/providers/Microsoft.EventHub/namespaces/ehns-telemetry',
    )
  })

  it('still reports a CMK whose namespace is managed elsewhere', () => {
    const json = load()
    json.values.root_module.resources = json.values.root_module.resources.filter(
      (r: Json) => r.address !== 'azurerm_eventhub_namespace.orders',
    )
    const ns = byName(run(parser, json), 'Event Hubs namespace ehns-orders-prod')
    expect(ns.encryption.model).toBe('CUSTOMER_MANAGED')
  })

  it('drops the namespace connection strings and keys the provider marks sensitive', () => {
    const result = run(parser, load())
    const serialized = JSON.stringify(result)
    expect(serialized).not.toContain('SharedAccessKey=')
    expect(result.dropped.filter((d) => d.path.includes('default_primary_key'))).toHaveLength(2)
  })
})

describe('Terraform state: Confluent Cloud', () => {
  it('resolves byok_key to the confluent_byok_key in the file, a customer-managed key in your own KMS', () => {
    const result = run(parser, load())
    const cluster = byName(result, 'Confluent Cloud dedicated cluster orders-prod')
    expect(cluster).toMatchObject({
      ref: 'lkc-7wz3rd',
      account: 'env-3g9k0p',
      provider: 'CONFLUENT',
      encryption: {
        model: 'CUSTOMER_MANAGED',
        keyRef: AWS_KEY,
        note: expect.stringContaining('not imported key material'),
      },
      keyChange: { mode: 'REPLACEMENT', note: expect.stringContaining('G6') },
    })
    expect(result.keys.find((k) => k.ref === AWS_KEY)).toMatchObject({ aliases: ['cck-7x2k9q'], manager: 'CUSTOMER' })
  })

  it('treats Standard as Confluent-managed only and Enterprise without byok_key as Automatic', () => {
    const result = run(parser, load())
    expect(byName(result, 'Confluent Cloud standard cluster dev-sandbox').encryption.note).toContain('G6')
    expect(byName(result, 'Confluent Cloud enterprise cluster ledger').encryption).toMatchObject({
      model: 'PROVIDER_MANAGED',
      note: expect.stringContaining('Automatic'),
    })
  })

  it('claims no coverage for Schema Registry and other Confluent services (G8)', () => {
    expect(run(parser, load()).warnings).toContain(
      'Confluent Schema Registry, ksqlDB, Flink and managed connectors keep their own storage; no source says the ' +
        'cluster key covers it, so Keyproof claims no coverage for them (facts G8).',
    )
  })
})

describe('Terraform state: AutoMQ', () => {
  it('reads CPMK as the cloud provider’s key, NONE as unknown, both fixed at creation with no BYOK (G9)', () => {
    const result = run(parser, load())
    const cpmk = byName(result, 'AutoMQ analytics data bucket acme-automq-data-use1')
    expect(cpmk).toMatchObject({
      ref: 'automq:env-abc123/kf-x7q2m9p4',
      kind: 'OBJECT_STORAGE',
      provider: 'AUTOMQ',
      encryption: { state: 'ENCRYPTED', model: 'PROVIDER_MANAGED', note: expect.stringContaining('BYOK') },
      keyChange: { mode: 'REPLACEMENT', note: expect.stringContaining('G9') },
      path: '$.values.root_module.resources[10].values.features.security.data_encryption_mode',
    })
    expect(byName(result, 'AutoMQ legacy data bucket (chosen by AutoMQ)').encryption).toMatchObject({
      state: 'UNKNOWN',
      model: 'UNKNOWN',
    })
  })

  it('adds the write-ahead log as its own location, by WAL mode', () => {
    const result = run(parser, load())
    expect(byName(result, 'AutoMQ analytics write-ahead log on object storage').kind).toBe('OBJECT_STORAGE')
    expect(byName(result, 'AutoMQ legacy write-ahead log on block storage').kind).toBe('BLOCK_VOLUME')
  })

  it('drops and redacts the TLS private key AutoMQ does not mark sensitive', () => {
    const result = run(parser, load())
    expect(result.dropped.map((d) => d.path)).toContain(
      '$.values.root_module.resources[10].values.features.security.private_key',
    )
    const { text } = redactTerraformJson(fixtureText('terraform', 'state-multicloud.json'))
    expect(text).not.toContain('PRIVATE KEY-----')
    expect(text).toContain('BEGIN CERTIFICATE')
  })

  it('rejects a features attribute that is a list, as an SDKv2 block would be, naming the path', () => {
    const json = load()
    const instance = json.values.root_module.resources[10]
    instance.values.features = [instance.values.features]
    expect(parseError(parser, json, 's.json').message).toBe(
      's.json: $.values.root_module.resources[10].values.features: expected an object, found an array',
    )
  })
})

import { describe, expect, it } from 'vitest'
import { CONFLUENT_PARSERS } from '@/lib/config-import/confluent'
import {
  confluentByokDescribeParser as cli,
  confluentCloudApiByokKeyParser as api,
} from '@/lib/config-import/confluent/byok-key'
import { fixture, parseError, run } from './parser-fixtures'

const load = (name: string) => fixture('confluent', name)
const AWS_KEY = 'arn:aws:kms:us-east-1:381492076655:key/0e2609e3-a0bf-4f39-aedf-8b1f63b16d81'

describe('confluent byok describe -o json', () => {
  it('reads an AWS key as customer-managed, under its ARN, with the Confluent id as a second name', () => {
    const { keys, warnings } = run(cli, load('byok-describe-aws.json'))
    expect(keys).toEqual([
      {
        ref: AWS_KEY,
        arn: AWS_KEY,
        region: 'us-east-1',
        account: '381492076655',
        aliases: ['cck-7x2k9q'],
        provider: 'AWS',
        manager: 'CUSTOMER',
        path: '$.key',
      },
    ])
    expect(warnings).toEqual([expect.stringContaining('not imported key material')])
  })

  it('drops the version from a GCP key so it joins the gcloud key description', () => {
    const [key] = run(cli, load('byok-describe-gcp.json')).keys
    expect(key.ref).toBe('projects/acme-streaming-prod/locations/us-central1/keyRings/confluent/cryptoKeys/clickstream')
    expect(key).toMatchObject({ provider: 'GCP', region: 'us-central1', manager: 'CUSTOMER' })
    expect(key.arn).toBeUndefined()
  })

  it('drops the version from an Azure key and warns when Confluent cannot validate it', () => {
    const { keys, warnings } = run(cli, load('byok-describe-azure-invalid.json'))
    expect(keys[0]).toMatchObject({
      ref: 'https://kv-confluent-ledger.vault.azure.net/keys/ledger-byok',
      provider: 'AZURE',
    })
    expect(warnings[0]).toBe(
      'https://kv-confluent-ledger.vault.azure.net/keys/ledger-byok: Confluent reports the key validation phase INVALID: key access denied.',
    )
  })

  it('rejects roles that are not strings, naming the file and path', () => {
    const json = { ...load('byok-describe-aws.json'), roles: [{ arn: 'x' }] }
    expect(parseError(cli, json, 'byok.json').message).toBe('byok.json: $.roles[0]: expected a string, found an object')
  })
})

describe('Confluent Cloud API byok/v1 keys', () => {
  it('reads the AwsKey variant of a single key and agrees with the CLI on its identity', () => {
    const fromApi = run(api, load('cloud-api-byok-key-aws.json')).keys
    const fromCli = run(cli, load('byok-describe-aws.json')).keys
    expect(fromApi).toEqual([{ ...fromCli[0], path: '$.key.key_arn' }])
  })

  it('reads every key of a list, by the field its kind names', () => {
    const { keys, warnings } = run(api, load('cloud-api-byok-key-list.json'))
    expect(keys.map((k) => [k.provider, k.ref, k.aliases, k.path])).toEqual([
      ['AZURE', 'https://kv-confluent-ledger.vault.azure.net/keys/ledger-byok', ['cck-9c3v6n'], '$.data[0].key.key_id'],
      [
        'GCP',
        'projects/acme-streaming-prod/locations/us-central1/keyRings/confluent/cryptoKeys/clickstream',
        ['cck-4m8p1z'],
        '$.data[1].key.key_id',
      ],
    ])
    expect(keys[1].region).toBe('us-central1')
    expect(warnings[0]).toContain('INVALID: key access denied')
  })

  it('rejects a key kind it does not know, naming the path', () => {
    const json = load('cloud-api-byok-key-aws.json')
    ;(json.key as Record<string, unknown>).kind = 'OciKey'
    expect(parseError(api, json, 'k.json').message).toBe(
      'k.json: $.key.kind: expected AwsKey, AzureKey or GcpKey, found a string',
    )
  })

  it('rejects a key_arn of the wrong type without a TypeError', () => {
    const json = load('cloud-api-byok-key-aws.json')
    ;(json.key as Record<string, unknown>).key_arn = null
    expect(parseError(api, json, 'k.json').message).toBe('k.json: $.key.key_arn: expected a string, found null')
  })

  it('has exactly one Confluent parser for each shape', () => {
    for (const name of [
      'byok-describe-aws.json',
      'cloud-api-byok-key-aws.json',
      'cloud-api-byok-key-list.json',
      'kafka-cluster-basic.json',
    ]) {
      expect(CONFLUENT_PARSERS.filter((p) => p.detect(load(name)))).toHaveLength(1)
    }
  })
})

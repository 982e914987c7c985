import { describe, expect, it } from 'vitest'
import { gcloudKmsKeyListParser, gcloudKmsKeyParser } from '@/lib/config-import/gcp/kms-key'
import { fixture, parseError, run } from './parser-fixtures'

const load = (name: string) => fixture('gcp', name)

describe('gcloud kms keys describe', () => {
  it('reads a software key that rotates every 90 days, its state taken from the primary version', () => {
    const { keys, warnings } = run(gcloudKmsKeyParser, load('kms-key-rotating.json'))
    expect(keys).toEqual([
      {
        ref: 'projects/acme-streaming-prod/locations/us-central1/keyRings/kafka/cryptoKeys/orders-cmek',
        region: 'us-central1',
        account: 'acme-streaming-prod',
        provider: 'GCP',
        manager: 'CUSTOMER',
        origin: 'PROVIDER_GENERATED',
        state: 'ENABLED',
        rotation: { enabled: true, periodDays: 90, nextAt: '2026-09-01T00:00:00Z' },
        path: '$',
      },
    ])
    expect(warnings).toEqual([])
  })

  it('treats a key without rotationPeriod as not rotating, and reads DISABLED from the primary version', () => {
    const [key] = run(gcloudKmsKeyParser, load('kms-key-hsm-no-rotation.json')).keys
    expect(key.rotation).toEqual({ enabled: false })
    expect(key.state).toBe('DISABLED')
    expect(key.origin).toBe('PROVIDER_GENERATED')
  })

  it('takes the state from primary.state even when the key object carries a state of its own', () => {
    const json = { ...load('kms-key-rotating.json'), state: 'DISABLED' }
    expect(run(gcloudKmsKeyParser, json).keys[0].state).toBe('ENABLED')
  })

  it('marks a key with an imported primary version (importJob, importOnly) as IMPORTED', () => {
    expect(run(gcloudKmsKeyParser, load('kms-key-imported.json')).keys[0].origin).toBe('IMPORTED')
    const onlyJob = load('kms-key-imported.json')
    delete onlyJob.importOnly
    expect(run(gcloudKmsKeyParser, onlyJob).keys[0].origin).toBe('IMPORTED')
  })

  it('marks EXTERNAL_VPC and EXTERNAL protection as an external key manager', () => {
    const vpc = load('kms-key-external-vpc.json')
    expect(run(gcloudKmsKeyParser, vpc).keys[0].origin).toBe('EXTERNAL_KEY_MANAGER')
    ;(vpc.primary as Record<string, unknown>).protectionLevel = 'EXTERNAL'
    expect(run(gcloudKmsKeyParser, vpc).keys[0].origin).toBe('EXTERNAL_KEY_MANAGER')
    ;(vpc.primary as Record<string, unknown>).protectionLevel = 'HSM_SINGLE_TENANT'
    expect(run(gcloudKmsKeyParser, vpc).keys[0].origin).toBe('HSM_CUSTOM_STORE')
  })

  it('gives the destruction time of a version scheduled for destruction, and a 365-day period', () => {
    const [key] = run(gcloudKmsKeyParser, load('kms-key-destroy-scheduled.json')).keys
    expect(key.state).toBe('DESTROY_SCHEDULED')
    expect(key.deletionAt).toBe('2026-09-14T07:45:10.229314Z')
    expect(key.rotation?.periodDays).toBe(365)
  })

  it('warns about a key with no primary version and about a key that cannot encrypt storage', () => {
    const json: Record<string, unknown> = { ...load('kms-key-rotating.json'), purpose: 'ASYMMETRIC_SIGN' }
    delete json.primary
    const { keys, warnings } = run(gcloudKmsKeyParser, json)
    expect(keys[0].state).toBeUndefined()
    expect(keys[0].origin).toBe('PROVIDER_GENERATED')
    expect(warnings).toHaveLength(2)
    expect(warnings.join(' ')).toMatch(/no primary version/)
    expect(warnings.join(' ')).toMatch(/ASYMMETRIC_SIGN/)
  })

  it('rejects a rotationPeriod that is not a Duration string, naming file, path and expectation', () => {
    const json = { ...load('kms-key-rotating.json'), rotationPeriod: 7776000 }
    expect(parseError(gcloudKmsKeyParser, json, 'orders-key.json').message).toBe(
      'orders-key.json: $.rotationPeriod: expected a duration in seconds such as "7776000s", found a number',
    )
  })

  it('rejects a primary state of the wrong type without a TypeError', () => {
    const json = load('kms-key-rotating.json')
    ;(json.primary as Record<string, unknown>).state = ['ENABLED']
    expect(parseError(gcloudKmsKeyParser, json, 'k.json').message).toBe(
      'k.json: $.primary.state: expected a string, found an array',
    )
  })

  it('does not claim other JSON, such as a Managed Kafka cluster or a key version', () => {
    expect(gcloudKmsKeyParser.detect(load('managed-kafka-cluster-cmek.json'))).toBe(false)
    expect(gcloudKmsKeyParser.detect(load('kms-key-rotating.json').primary)).toBe(false)
    expect(gcloudKmsKeyParser.detect([load('kms-key-rotating.json')])).toBe(false)
  })

  it('reads every key of `gcloud kms keys list`, with paths into the array', () => {
    const list = [load('kms-key-rotating.json'), load('kms-key-imported.json')]
    const { keys } = run(gcloudKmsKeyListParser, list)
    expect(keys.map((k) => [k.origin, k.path])).toEqual([
      ['PROVIDER_GENERATED', '$[0]'],
      ['IMPORTED', '$[1]'],
    ])
  })
})

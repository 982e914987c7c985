import { describe, expect, it } from 'vitest'
import { gcloudKmsKeyParser } from '@/lib/config-import/gcp/kms-key'
import { gcloudManagedKafkaClusterParser } from '@/lib/config-import/gcp/managed-kafka-cluster'
import { fixture } from './parser-fixtures'
import { checkMutations } from './mutations'

describe('gcloud parsers on malformed input', () => {
  it.each([
    'kms-key-rotating.json',
    'kms-key-imported.json',
    'kms-key-external-vpc.json',
    'kms-key-destroy-scheduled.json',
  ])('reject every wrong type in %s with a ConfigParseError naming the file, never a TypeError', (name) => {
    expect(checkMutations(gcloudKmsKeyParser, fixture('gcp', name))).toBeGreaterThan(10)
  })
  it.each(['managed-kafka-cluster-cmek.json', 'managed-kafka-cluster-default.json'])(
    'reject every wrong type in %s with a ConfigParseError naming the file, never a TypeError',
    (name) => {
      expect(checkMutations(gcloudManagedKafkaClusterParser, fixture('gcp', name))).toBeGreaterThan(10)
    },
  )
})

import { describe, expect, it } from 'vitest'
import { confluentByokDescribeParser, confluentCloudApiByokKeyParser } from '@/lib/config-import/confluent/byok-key'
import { confluentKafkaClusterDescribeParser } from '@/lib/config-import/confluent/kafka-cluster'
import type { ConfigParser } from '@/lib/config-import/parser'
import { fixture } from './parser-fixtures'
import { checkMutations } from './mutations'

const CASES: [ConfigParser, string][] = [
  [confluentByokDescribeParser, 'byok-describe-aws.json'],
  [confluentByokDescribeParser, 'byok-describe-azure-invalid.json'],
  [confluentCloudApiByokKeyParser, 'cloud-api-byok-key-aws.json'],
  [confluentCloudApiByokKeyParser, 'cloud-api-byok-key-list.json'],
  [confluentKafkaClusterDescribeParser, 'kafka-cluster-basic.json'],
  [confluentKafkaClusterDescribeParser, 'kafka-cluster-dedicated-encryption.json'],
]

describe('Confluent parsers on malformed input', () => {
  it.each(CASES)('%s rejects every wrong type in %s with a ConfigParseError, never a TypeError', (parser, name) => {
    expect(checkMutations(parser, fixture('confluent', name))).toBeGreaterThan(3)
  })
})

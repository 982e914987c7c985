// Parsers for Confluent CLI and Confluent Cloud API output.
import type { ConfigParser } from '../parser'
import { confluentByokDescribeParser, confluentCloudApiByokKeyParser } from './byok-key'
import { confluentKafkaClusterDescribeParser } from './kafka-cluster'

export const CONFLUENT_PARSERS: ConfigParser[] = [
  confluentByokDescribeParser,
  confluentCloudApiByokKeyParser,
  confluentKafkaClusterDescribeParser,
]

// Parsers for Google Cloud CLI output.
import type { ConfigParser } from '../parser'
import { gcloudKmsKeyListParser, gcloudKmsKeyParser } from './kms-key'
import { gcloudManagedKafkaClusterParser } from './managed-kafka-cluster'

export const GCP_PARSERS: ConfigParser[] = [gcloudKmsKeyParser, gcloudKmsKeyListParser, gcloudManagedKafkaClusterParser]

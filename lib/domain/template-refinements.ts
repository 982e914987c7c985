// Structure read from the templates' own prose, kept beside the copied JSON rather than edited
// into it, so the data file stays a verbatim copy of the sourced research.
import type { Encryption, Holds } from './enums'

/**
 * Each template location has one `holds` value; where its name or description lists more (e.g.
 * "All topic data, replicas, internal topics"), these are the full sets, keyed by
 * `<template id>::<location name>`. Locations not listed keep their single source value.
 */
export const HOLDS_FROM_DESCRIPTIONS: Readonly<Record<string, readonly Holds[]>> = {
  // The source files it under metadata; it is the transaction coordinator's state.
  'apache-kafka-self-managed::__transaction_state': ['TRANSACTIONS'],
  'apache-kafka-self-managed::KRaft metadata log (__cluster_metadata) and snapshots': ['METADATA', 'CREDENTIALS'],
  'apache-kafka-self-managed::Kafka Connect internal topics (connect-configs / connect-offsets / connect-status)': [
    'CONNECTOR_STATE',
    'CREDENTIALS',
  ],
  'amazon-msk-provisioned::Broker data volumes': ['RECORDS', 'OFFSETS', 'TRANSACTIONS'],
  'amazon-msk-provisioned::__consumer_offsets / __transaction_state / KRaft or ZooKeeper metadata': [
    'OFFSETS',
    'TRANSACTIONS',
    'METADATA',
  ],
  'amazon-msk-serverless::Serverless cluster storage': ['RECORDS', 'OFFSETS', 'TRANSACTIONS'],
  'amazon-msk-serverless::__consumer_offsets / __transaction_state': ['OFFSETS', 'TRANSACTIONS'],
  'confluent-cloud::Kafka cluster storage (incl. infinite/tiered storage)': [
    'RECORDS',
    'OFFSETS',
    'TRANSACTIONS',
    'CONNECTOR_STATE',
  ],
  'confluent-cloud::__consumer_offsets / __transaction_state': ['OFFSETS', 'TRANSACTIONS'],
  'automq-byoc::KRaft controller metadata (extended with stream/object metadata)': ['METADATA', 'CREDENTIALS'],
  'automq-byoc::AutoMQ ops bucket': ['LOGS', 'METRICS'],
  'automq-software::KRaft controller metadata': ['METADATA', 'CREDENTIALS'],
  'redpanda-byoc::Broker local disks': ['RECORDS', 'OFFSETS', 'TRANSACTIONS', 'SCHEMAS'],
  'warpstream-byoc::Customer object storage bucket (warpstream/ prefix)': ['RECORDS', 'SCHEMAS'],
  'warpstream-byoc::WarpStream control plane / cloud metadata store': [
    'OFFSETS',
    'METADATA',
    'TRANSACTIONS',
    'SCHEMAS',
  ],
  'warpstream-byoc::Agent logs and metrics': ['LOGS', 'METRICS'],
  'aiven-kafka::Service VM volumes': ['RECORDS', 'OFFSETS', 'TRANSACTIONS'],
  'aiven-kafka::Aiven management plane': ['METRICS', 'LOGS'],
  'gcp-managed-kafka::Broker persistent disks': ['RECORDS', 'OFFSETS', 'TRANSACTIONS'],
  'azure-event-hubs-kafka::Event Hubs namespace storage': ['RECORDS', 'OFFSETS'],
}

/**
 * `defaultEncryption` texts that name the key model outright. Any other text ("same as broker
 * volume", "backend-specific", "encrypted by AWS (key type UNKNOWN)", a cloud disk default that
 * may be off, a vendor control plane whose key model the notes call UNKNOWN) maps to UNKNOWN:
 * the catalog does not guess.
 */
export const ENCRYPTION_MODEL_BY_SOURCE_TEXT: Readonly<Record<string, Encryption>> = {
  'bucket default (S3: SSE-S3 since 2023-01-05); plugin-level encryption off by default in Aiven OSS plugin':
    'PROVIDER_MANAGED',
  'AWS managed key alias/aws/kafka if no key given (always encrypted)': 'PROVIDER_MANAGED',
  'SSE-S3': 'PROVIDER_MANAGED',
  'AWS-managed': 'PROVIDER_MANAGED',
  'encrypted by AWS with a service-managed key': 'PROVIDER_MANAGED',
  'service-managed key': 'PROVIDER_MANAGED',
  "Confluent-managed 'Automatic' encryption": 'PROVIDER_MANAGED',
  'Confluent-managed': 'PROVIDER_MANAGED',
  'DEKs stored wrapped by customer KEK': 'CUSTOMER_MANAGED',
  'S3 default SSE-S3 (BYOC env Terraform sets no encryption block); instance data_encryption_mode default NONE':
    'PROVIDER_MANAGED',
  'S3 default SSE-S3': 'PROVIDER_MANAGED',
  'bucket default (S3: SSE-S3)': 'PROVIDER_MANAGED',
  'cloud provider default volume encryption (AES-256)': 'PROVIDER_MANAGED',
  'SSE-S3 with unique, periodically rotated managed key per cluster': 'PROVIDER_MANAGED',
  'LUKS full-volume encryption with ephemeral per-instance/per-volume keys (Aiven-managed)': 'PROVIDER_MANAGED',
  'Aiven-managed client-side AES-256 + bucket default': 'PROVIDER_MANAGED',
  'per-file AES-256 + per-service RSA-3072 (Aiven-managed)': 'PROVIDER_MANAGED',
  'Aiven-managed': 'PROVIDER_MANAGED',
  'Google-owned and Google-managed keys': 'PROVIDER_MANAGED',
  'Google-owned keys': 'PROVIDER_MANAGED',
  'Microsoft-managed keys (Azure SSE)': 'PROVIDER_MANAGED',
}

export function holdsKey(templateId: string, locationName: string): string {
  return `${templateId}::${locationName}`
}

export function refinedHolds(templateId: string, locationName: string, sourceHolds: Holds): Holds[] {
  const key = holdsKey(templateId, locationName)
  return Object.hasOwn(HOLDS_FROM_DESCRIPTIONS, key) ? [...HOLDS_FROM_DESCRIPTIONS[key]] : [sourceHolds]
}

export function encryptionModelFromSourceText(text: string): Encryption {
  return Object.hasOwn(ENCRYPTION_MODEL_BY_SOURCE_TEXT, text) ? ENCRYPTION_MODEL_BY_SOURCE_TEXT[text] : 'UNKNOWN'
}

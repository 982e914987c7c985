// Whether a template location's key can be changed on the running resource, with the source that says so,
// keyed by `<template id>::<location name>` like template-refinements.ts (the catalog JSON stays verbatim).
// Sources are the headline gaps of shared/domain/kafka-key-facts.md (G3, G4, G6, G9, G13, G14, G15).
import type { SnapshotKeyChange, SnapshotLocation } from './review-snapshot'
import type { KafkaTemplate } from './templates'

type KeyChange = SnapshotKeyChange

const MSK: KeyChange = {
  mode: 'REPLACEMENT',
  note: 'the at-rest key of an MSK cluster is fixed at creation: another key means a new cluster and a migration',
  source:
    'AWS::MSK::Cluster EncryptionAtRest, DataVolumeKMSKeyId "Update requires: Replacement" ' +
    '(CloudFormation reference); ' +
    'aws-cloudformation/cloudformation-coverage-roadmap#1688; hashicorp/terraform-provider-aws#16579 (facts G4)',
}
const MSK_SERVERLESS: KeyChange = {
  mode: 'REPLACEMENT',
  note: 'no key can be chosen on MSK Serverless: a customer key means moving to a provisioned cluster',
  source: 'AWS::MSK::ServerlessCluster has no encryption property (CloudFormation reference; inferred, facts G3)',
}
const CONFLUENT: KeyChange = {
  mode: 'REPLACEMENT',
  note: 'the encryption mode (self-managed key or automatic) is fixed when the cluster is provisioned',
  source:
    'docs.confluent.io/cloud/current/clusters/byok/byok-aws.html and byok-azure.html; ' +
    'confluentinc/terraform-provider-confluent#404 (facts G6)',
}
const GCP: KeyChange = {
  mode: 'REPLACEMENT',
  note: 'the cluster kmsKey is immutable: it is set at creation and cannot be changed',
  source:
    'docs.cloud.google.com/managed-service-for-apache-kafka/docs/encryption; google-cloud-managedkafka ' +
    'GcpConfig.kms_key "Optional. Immutable" (facts G15)',
}

export const TEMPLATE_KEY_CHANGE: Readonly<Record<string, KeyChange>> = {
  'amazon-msk-provisioned::Broker data volumes': MSK,
  'amazon-msk-provisioned::__consumer_offsets / __transaction_state / KRaft or ZooKeeper metadata': MSK,
  'amazon-msk-serverless::Serverless cluster storage': MSK_SERVERLESS,
  'amazon-msk-serverless::__consumer_offsets / __transaction_state': MSK_SERVERLESS,
  'confluent-cloud::Kafka cluster storage (incl. infinite/tiered storage)': CONFLUENT,
  'confluent-cloud::__consumer_offsets / __transaction_state': CONFLUENT,
  'gcp-managed-kafka::Broker persistent disks': GCP,
  'gcp-managed-kafka::Tiered storage in Cloud Storage': GCP,
  'azure-event-hubs-kafka::Event Hubs namespace storage': {
    mode: 'CANNOT_REMOVE',
    note: 'once a customer-managed key is added it cannot be removed from the namespace',
    source:
      'MicrosoftDocs/azure-docs articles/event-hubs/configure-customer-managed-key.md; Pulumi azure ' +
      'eventhub.NamespaceCustomerManagedKey; hashicorp/terraform-provider-azurerm PR #10821, #12159 (facts G14)',
  },
  'automq-byoc::AutoMQ data bucket (S3Stream objects)': {
    mode: 'REPLACEMENT',
    note: 'changing the data encryption mode forces replacement of the instance',
    source: 'AutoMQ/terraform-provider-automq@e147531 docs/resources/kafka_instance.md (facts G9)',
  },
  'aiven-kafka::Service VM volumes': {
    mode: 'REPLACEMENT',
    note: 'bring-your-own-key is available only for newly created BYOC services',
    source: 'aiven/aiven-docs@073a07f docs/platform/howto/bring-your-own-key.md (facts G13)',
  },
}

/** What a template says about a location pre-filled from it (matched by its template name). */
export function templateKeyChange(
  template: KafkaTemplate | null,
  location: Pick<SnapshotLocation, 'name'>,
): SnapshotKeyChange | undefined {
  return template ? TEMPLATE_KEY_CHANGE[`${template.id}::${location.name}`] : undefined
}

export const KEY_CHANGE_WORDS: Record<SnapshotKeyChange['mode'], string> = {
  IN_PLACE: 'key can be changed in place',
  REPLACEMENT: 'key fixed at creation: changing it means replacing the resource',
  CANNOT_REMOVE: 'customer key cannot be removed once added',
  UNKNOWN: 'whether the key can be changed is unknown',
}

/** An imported fact wins over the template's. */
export function keyChangeOf(
  template: KafkaTemplate | null,
  location: Pick<SnapshotLocation, 'name' | 'keyChange'>,
): SnapshotKeyChange | undefined {
  return location.keyChange ?? templateKeyChange(template, location)
}

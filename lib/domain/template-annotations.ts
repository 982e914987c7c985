// What each template covers and its known gaps in customer-key support, from the headline
// gaps (G1–G16) of the sourced research behind data/kafka-templates.json.

export interface KnownGap {
  /** Reference in the research notes, e.g. "G3". */
  ref: string
  summary: string
  source: string
}

export interface TemplateAnnotation {
  covers: string
  knownGaps: KnownGap[]
}

const CONNECT_SECRETS: KnownGap = {
  ref: 'G16',
  summary:
    'Connector configs, credentials included, sit in the Connect config topic and REST API unless ' +
    'ConfigProviders externalize them; a volume key does not stop anyone who can read the topic.',
  source:
    'Strimzi PR #1183; Red Hat Streams "Loading configuration values from external sources"; Cloudera "Kafka ' +
    'Connect Secrets Storage"',
}

export const TEMPLATE_ANNOTATIONS: Readonly<Record<string, TemplateAnnotation>> = {
  'apache-kafka-self-managed': {
    covers:
      'Kafka on VMs or Kubernetes in your own cloud account: broker and controller disks, internal topics, ' +
      'tiered storage, Connect, Schema Registry, MirrorMaker 2, logs, metrics and snapshots.',
    knownGaps: [
      {
        ref: 'G1',
        summary:
          'Kafka has no at-rest encryption of its own: every broker and controller file is plaintext unless the ' +
          'disk or filesystem is encrypted, or producers encrypt client-side.',
        source: 'KIP-317; kafka.apache.org/44/security/security-overview',
      },
      {
        ref: 'G2',
        summary:
          'Kafka ships no RemoteStorageManager: tiered segments are protected only by the plugin and the bucket, ' +
          'and the Aiven plugin has encryption off by default.',
        source:
          'kafka.apache.org/44/operations/tiered-storage; Aiven-Open/tiered-storage-for-apache-kafka docs/configs.rst',
      },
      CONNECT_SECRETS,
    ],
  },
  'amazon-msk-provisioned': {
    covers:
      'MSK provisioned clusters: broker data volumes, internal topics and controller metadata, tiered storage, ' +
      'broker logs, data delivery to S3 Tables, and metrics.',
    knownGaps: [
      {
        ref: 'G4',
        summary:
          'The data-volume key is fixed at cluster creation: moving from aws/kafka to a CMK means a new cluster ' +
          'and a migration.',
        source: 'AWS::MSK::Cluster EncryptionAtRest (Update requires: Replacement)',
      },
      {
        ref: 'G5',
        summary:
          'Which key protects MSK tiered storage, and whether the cluster CMK covers it, is not documented (UNKNOWN).',
        source: 'docs.aws.amazon.com/msk/latest/developerguide/msk-tiered-storage.html',
      },
    ],
  },
  'amazon-msk-serverless': {
    covers: 'MSK Serverless: the AWS-managed cluster storage and its internal topics.',
    knownGaps: [
      {
        ref: 'G3',
        summary:
          'No customer key can be chosen: the ServerlessCluster resource has no encryption or KMS property ' +
          '(INFERENCE from the schema; verify with AWS).',
        source: 'AWS CloudFormation aws-resource-msk-serverlesscluster',
      },
    ],
  },
  'confluent-cloud': {
    covers:
      'Confluent Cloud clusters: cluster storage with infinite storage, internal topics, Schema Registry, ' +
      'managed connectors, ksqlDB and Flink, Tableflow and the CSFLE DEK Registry.',
    knownGaps: [
      {
        ref: 'G6',
        summary:
          'Self-managed keys exist only on Dedicated, Enterprise and Freight clusters; Basic and Standard get ' +
          'Confluent-managed keys, and the mode cannot change after provisioning.',
        source: 'docs.confluent.io/cloud/current/clusters/byok/byok-aws.html; security/encrypt/byok/overview.html',
      },
      {
        ref: 'G7',
        summary:
          'No import of key material (BYOK-import) and no manual rotation, only the KMS automatic rotation; RSA ' +
          'keys only on Azure.',
        source: 'byok-aws.html; byok-azure.html; byok-gcp',
      },
      {
        ref: 'G8',
        summary:
          'No source says the cluster key covers Schema Registry, ksqlDB, Flink or managed connectors storage ' +
          '(UNKNOWN); Tableflow is documented as reusing it.',
        source: 'byok overview pages (silent); tableflow-byok.html',
      },
    ],
  },
  'automq-byoc': {
    covers:
      'AutoMQ BYOC: the data bucket, the WAL (EBS, S3 or FSx), KRaft controller metadata, the ops bucket and the ' +
      'environment console.',
    knownGaps: [
      {
        ref: 'G9',
        summary:
          "Storage encryption is the cloud provider's: data_encryption_mode accepts only NONE or CPMK, BYOK " +
          'custom keys are rejected, and changing the mode replaces the instance.',
        source:
          'AutoMQ/terraform-provider-automq@e147531 docs/resources/kafka_instance.md, ' +
          'internal/provider/resource_instance.go',
      },
    ],
  },
  'automq-software': {
    covers:
      'AutoMQ self-managed (software or open source): the S3Stream bucket, the WAL volume and KRaft ' +
      'controller metadata.',
    knownGaps: [
      {
        ref: 'AutoMQ-Software',
        summary:
          "Whether AutoMQ's requests and IAM policy work unchanged against an SSE-KMS bucket with a CMK is not " +
          'documented (UNKNOWN; test, and allow kms:GenerateDataKey and kms:Decrypt).',
        source: 'automq.com/docs/automq/configuration/object-storage-configuration; AWS S3 SSE docs',
      },
    ],
  },
  'redpanda-byoc': {
    covers:
      'Redpanda Cloud BYOC and BYOVPC: broker local disks, the Tiered Storage bucket and the Redpanda control plane.',
    knownGaps: [
      {
        ref: 'G10',
        summary:
          'Redpanda Cloud does not support object storage with a customer-managed key; Tiered Storage uses ' +
          "SSE-S3 and disks use the provider's default encryption.",
        source: 'redpanda-data/cloud-docs@9d8c292 cloud-overview.adoc, cloud-encryption.adoc',
      },
      {
        ref: 'G11',
        summary:
          'Local NVMe instance-store disks are encrypted by a hardware module; no KMS key can be specified for them.',
        source: 'Redpanda cloud-encryption.adoc; AWS SageMaker VolumeKmsKeyId doc',
      },
    ],
  },
  'warpstream-byoc': {
    covers:
      "WarpStream BYOC: the customer bucket, the WarpStream control plane's metadata store, and agent logs " +
      'and metrics.',
    knownGaps: [
      {
        ref: 'G12',
        summary:
          "Metadata, consumer-group offsets included, leaves the VPC for WarpStream's control plane; no " +
          'customer-key option for it was found (UNKNOWN).',
        source: 'docs.warpstream.com/warpstream/reference/security-and-privacy-considerations',
      },
    ],
  },
  'aiven-kafka': {
    covers:
      'Aiven for Apache Kafka, hosted or BYOC: service VM volumes, tiered storage, configuration backups and the ' +
      'management plane.',
    knownGaps: [
      {
        ref: 'G13',
        summary:
          'BYOK is a BYOC enterprise feature for newly created BYOC services only; hosted services use ' +
          'Aiven-managed disk and backup keys.',
        source: 'aiven/aiven-docs@073a07f docs/platform/howto/bring-your-own-key.md, docs/platform/concepts/byoc.md',
      },
    ],
  },
  'gcp-managed-kafka': {
    covers:
      'Google Cloud Managed Service for Apache Kafka: broker persistent disks, tiered storage in Cloud Storage ' +
      'and Connect state.',
    knownGaps: [
      {
        ref: 'G15',
        summary: 'The CMEK is set at cluster creation and cannot be changed.',
        source: 'docs.cloud.google.com/managed-service-for-apache-kafka/docs/encryption.md.txt; GcpConfig.kms_key',
      },
    ],
  },
  'azure-event-hubs-kafka': {
    covers: 'Azure Event Hubs with the Kafka endpoint: namespace storage and diagnostic logs.',
    knownGaps: [
      {
        ref: 'G14',
        summary:
          'CMK only on Premium and Dedicated tiers, only on new or empty namespaces (2021 doc), and it cannot be ' +
          'removed once added.',
        source: 'MicrosoftDocs/azure-docs articles/event-hubs/configure-customer-managed-key.md (2021-08-18)',
      },
    ],
  },
}

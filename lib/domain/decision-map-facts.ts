// Sourced words behind the decision map: the seed article's four options with their fit and trade-offs,
// what each template fixes at creation, and where a template's location lands when its kind alone
// does not say. Every line names its source; nothing here is inferred by code.
import type { DeploymentModel } from './enums'

export interface SourcedText {
  text: string
  source: string
}

export interface OptionFacts {
  whenItFits: SourcedText
  mainTradeOff: SourcedText
  controlBoundary: SourcedText[]
  operational: SourcedText[]
}

const ARTICLE = 'Seed article, "Architecture options and trade-offs"'

export const OPTION_FACTS: Record<DeploymentModel, OptionFacts> = {
  SELF_MANAGED: {
    whenItFits: { text: 'The team wants full infrastructure control and can operate Kafka deeply.', source: ARTICLE },
    mainTradeOff: {
      text:
        'Strong control, but broker-local storage, scaling, patching, and recovery remain platform ' +
        'responsibilities.',
      source: ARTICLE,
    },
    controlBoundary: [
      {
        text:
          'Kafka has no at-rest encryption of its own: the key is whatever protects the disks, buckets and ' +
          'snapshots, and it does not stop broker or OS administrators.',
        source: 'Facts G1; KIP-317 (cwiki.apache.org/confluence/display/KAFKA/KIP-317)',
      },
    ],
    operational: [
      {
        text:
          'Durable state is broker-owned and spread across disks, replicas and operational workflows; ' +
          'reassignment and restore move data.',
        source: 'Seed article, "The production constraint behind the problem"',
      },
    ],
  },
  PROVIDER_MANAGED: {
    whenItFits: {
      text: 'The team prioritizes operational offload over infrastructure ownership.',
      source: ARTICLE,
    },
    mainTradeOff: {
      text:
        'Less operational work, but data-plane location, key model, telemetry, and support access need ' +
        'careful review.',
      source: ARTICLE,
    },
    controlBoundary: [
      {
        text:
          'Data sits in the provider’s account; a customer key, where offered, is often chosen once at ' +
          'creation (MSK, Google, Confluent).',
        source: 'Facts G4, G6, G15',
      },
    ],
    operational: [
      {
        text:
          'The provider patches, scales and recovers brokers; its support access and telemetry are part of ' +
          'the operational boundary.',
        source: ARTICLE,
      },
    ],
  },
  BYOC: {
    whenItFits: {
      text: 'The team wants provider assistance while keeping deployment resources in its cloud boundary.',
      source: ARTICLE,
    },
    mainTradeOff: {
      text:
        'Better account and network alignment, but control-plane access, key support, and operational roles ' +
        'must be documented.',
      source: ARTICLE,
    },
    controlBoundary: [
      {
        text:
          'BYOC does not automatically mean BYOK or customer-managed key material: verify the model for ' +
          'storage, metadata, logs and backups.',
        source: 'Seed article, FAQ "Does BYOC automatically mean customer-managed keys?"',
      },
      {
        text: 'WarpStream metadata, consumer-group offsets included, leaves the VPC for the vendor control plane.',
        source: 'Facts G12; docs.warpstream.com/warpstream/reference/security-and-privacy-considerations',
      },
    ],
    operational: [
      {
        text:
          'The vendor operates the data plane in your account; Aiven BYOC management access goes through a ' +
          'bastion, and metrics and logs flow to the vendor.',
        source: 'Facts §7; aiven.io/docs/platform/howto/byoc/networking-security',
      },
    ],
  },
  SHARED_STORAGE: {
    whenItFits: {
      text: 'The team wants Kafka semantics with durable data separated from broker lifecycle.',
      source: ARTICLE,
    },
    mainTradeOff: {
      text:
        'Changes the storage model, so compatibility, latency, object-store behavior, and migration must be ' +
        'validated.',
      source: ARTICLE,
    },
    controlBoundary: [
      {
        text:
          'Durable data is reviewed through the storage boundary: object storage, WAL storage, control-plane ' +
          'metadata and observability data as separate control surfaces.',
        source: 'Seed article, "How a Shared Storage architecture changes the operating model"',
      },
    ],
    operational: [
      {
        text:
          'Scaling and partition reassignment move metadata, traffic and leadership rather than bulk data; ' +
          'migration still needs client, ACL and connector tests.',
        source: 'Seed article, "How a Shared Storage architecture changes the operating model"',
      },
    ],
  },
}

/** What a template's deployment fixes at creation: changing it means a new cluster, namespace or service. */
export const FIXED_AT_CREATION: Readonly<Record<string, SourcedText[]>> = {
  'amazon-msk-provisioned': [
    {
      text:
        'The data-volume key (DataVolumeKMSKeyId): moving from aws/kafka to a CMK means a new cluster and a ' +
        'migration.',
      source: 'Facts G4; AWS::MSK::Cluster EncryptionAtRest (Update requires: Replacement)',
    },
  ],
  'confluent-cloud': [
    {
      text: 'The encryption mode (Automatic or self-managed key) and the cluster type that allows a self-managed key.',
      source: 'Facts G6; docs.confluent.io/cloud/current/security/encrypt/byok/overview.html',
    },
  ],
  'automq-byoc': [
    {
      text: 'data_encryption_mode (NONE or CPMK): changing it replaces the instance.',
      source: 'Facts G9; AutoMQ/terraform-provider-automq@e147531 docs/resources/kafka_instance.md',
    },
  ],
  'aiven-kafka': [
    {
      text: 'BYOK: only newly created BYOC services can use a customer key.',
      source: 'Facts G13; aiven/aiven-docs@073a07f docs/platform/howto/bring-your-own-key.md',
    },
  ],
  'gcp-managed-kafka': [
    {
      text: 'The CMEK (kms_key): optional, immutable once the cluster exists.',
      source: 'Facts G15; google-cloud-managedkafka GcpConfig.kms_key',
    },
  ],
  'azure-event-hubs-kafka': [
    {
      text:
        'A CMK can be enabled only on a new or empty Premium or Dedicated namespace (2021 doc) and cannot be ' +
        'removed once added.',
      source: 'Facts G14; MicrosoftDocs/azure-docs articles/event-hubs/configure-customer-managed-key.md',
    },
  ],
}

export type Placement = 'CUSTOMER_ACCOUNT' | 'PROVIDER_ACCOUNT' | 'VENDOR_ACCOUNT'

/** Locations whose account is not the one their deployment model suggests, keyed `<template id>::<name>`. */
export const PLACEMENT_OVERRIDES: Readonly<Record<string, SourcedText & { placement: Placement }>> = {
  'automq-byoc::AutoMQ BYOC environment console / control components': {
    placement: 'CUSTOMER_ACCOUNT',
    text: 'In AutoMQ BYOC the control plane and data plane run in the customer’s cloud environment.',
    source: 'Seed article, "How a Shared Storage architecture changes the operating model"',
  },
  'redpanda-byoc::Redpanda control plane': {
    placement: 'VENDOR_ACCOUNT',
    text: 'The BYOC agent exchanges cluster metadata with Redpanda’s control plane.',
    source: 'Facts §5.2; redpanda-data/cloud-docs@9d8c292',
  },
  'warpstream-byoc::WarpStream control plane / cloud metadata store': {
    placement: 'VENDOR_ACCOUNT',
    text: 'Metadata leaves the VPC for the WarpStream control plane, in the chosen control-plane region.',
    source: 'Facts G12; docs.warpstream.com/warpstream/reference/security-and-privacy-considerations',
  },
}

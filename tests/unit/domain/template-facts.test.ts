// Each template location's CMK value and its status, checked against a table transcribed from
// shared/domain/kafka-key-facts.md. Every row names the facts file's section it was read from: §0b is the
// matrix "can a customer-managed key protect it?", G-numbers the headline gaps of §0, others the platform sections.
import { describe, expect, it } from 'vitest'
import type { CmkSupport, SourceStatus } from '@/lib/domain/enums'
import { getTemplate, listTemplates } from '@/lib/domain/templates'

type Row = [location: string, value: CmkSupport, status: SourceStatus, facts: string]

const FACTS: Record<string, Row[]> = {
  'apache-kafka-self-managed': [
    ['Broker log segments (log.dirs)', 'yes', 'documented', '§0b hot segments: yes (volume CMK only); §1.2; G1'],
    ['__consumer_offsets', 'yes', 'documented', '§0b offsets: yes (volume); §1.2 __consumer_offsets'],
    ['__transaction_state', 'yes', 'documented', '§0b offsets/transaction state: yes (volume); §1.2'],
    [
      'KRaft metadata log (__cluster_metadata) and snapshots',
      'yes',
      'documented',
      '§0b cluster metadata: yes (controller volume); §1.2 KRaft metadata log',
    ],
    ['Tiered storage remote tier (KIP-405)', 'yes', 'documented', '§0b tiered: yes (bucket SSE-KMS); §1.2; G2'],
    [
      'Kafka Connect internal topics (connect-configs / connect-offsets / connect-status)',
      'partial',
      'documented',
      '§0b Connect state: partial (plaintext secrets unless ConfigProviders); §1.2; G16',
    ],
    ['Schema Registry _schemas topic', 'yes', 'documented', '§0b Schema Registry: yes (_schemas on volume); §1.2'],
    [
      'MirrorMaker 2 topics (offset-syncs, checkpoints, heartbeats, MM2 Connect topics)',
      'yes',
      'documented',
      '§1.2 MirrorMaker 2 topics: same as segments',
    ],
    [
      'Broker/Connect logs, GC logs, heap dumps, diagnostic bundles',
      'partial',
      'inferred',
      '§0b broker logs: partial (host/sink); §1.2 broker/app logs row: INFERENCE',
    ],
    ['JMX metrics exported to monitoring', 'unknown', 'unknown', '§1.2 metrics row: INFERENCE, key model not stated'],
    [
      'Volume snapshots / backups of broker disks',
      'yes',
      'documented',
      '§0b backups: yes (EBS snapshot inherits key); §1.2',
    ],
  ],
  'amazon-msk-provisioned': [
    ['Broker data volumes', 'yes', 'documented', '§0b hot segments: yes (creation only); §2.1; G4'],
    [
      '__consumer_offsets / __transaction_state / KRaft or ZooKeeper metadata',
      'partial',
      'documented',
      '§0b offsets: yes (same key), cluster metadata: ?; §2.1',
    ],
    ['MSK tiered storage (low-cost tier)', 'unknown', 'unknown', '§0b tiered: ?; §2.1 tiered storage UNKNOWN; G5'],
    ['Broker logs', 'yes', 'documented', '§0b broker logs: yes (customer sinks); §2.1 broker logs'],
    [
      'MSK data delivery (S3 Tables / Iceberg Channel) destination',
      'yes',
      'documented',
      '§2.1 data delivery: SSE-KMS with a CMK supported',
    ],
    ['CloudWatch metrics / open monitoring', 'unknown', 'unknown', 'not covered by the facts file'],
  ],
  'amazon-msk-serverless': [
    ['Serverless cluster storage', 'no', 'inferred', '§0b hot segments: no (inferred); §2.2 INFERENCE; G3'],
    ['__consumer_offsets / __transaction_state', 'no', 'inferred', '§0b offsets: no; §2.2 INFERENCE; G3'],
  ],
  'confluent-cloud': [
    [
      'Kafka cluster storage (incl. infinite/tiered storage)',
      'partial',
      'documented',
      '§0b hot segments: partial (Dedicated/Enterprise/Freight); §3.1; G6',
    ],
    [
      '__consumer_offsets / __transaction_state',
      'partial',
      'inferred',
      '§0b offsets: partial; §3.1 internal topics covered by the cluster key (INFERENCE)',
    ],
    ['Confluent Cloud Schema Registry', 'unknown', 'unknown', '§0b Schema Registry: ? (separate service); G8'],
    [
      'Fully-managed connectors / ksqlDB / Flink state',
      'unknown',
      'unknown',
      '§0b Connect state: ? (managed connectors); §3.1 UNKNOWN; G8',
    ],
    ['Tableflow storage', 'yes', 'documented', '§3.1 Tableflow reuses the cluster key; G8 exception'],
    ['CSFLE/CSPE DEK Registry', 'yes', 'documented', '§3.1 client-side: the KEK stays in the customer KMS'],
  ],
  'automq-byoc': [
    [
      'AutoMQ data bucket (S3Stream objects)',
      'no',
      'documented',
      '§0b tiered/object: no; §4 data encryption NONE/CPMK only; G9',
    ],
    ['WAL (EBS WAL / Regional EBS WAL)', 'no', 'inferred', '§0b WAL: no (inferred); §4 WAL types; G9'],
    ['WAL alternative (S3 WAL / FSx WAL)', 'no', 'inferred', '§0b WAL: no (inferred), every WAL type; §4; G9'],
    [
      'KRaft controller metadata (extended with stream/object metadata)',
      'unknown',
      'unknown',
      '§0b cluster metadata: ? (KRaft on controller disks); §4 metadata',
    ],
    ['AutoMQ ops bucket', 'unknown', 'unknown', '§0b broker logs: ? (ops bucket, vendor-readable); §4 BYOC buckets'],
    ['AutoMQ BYOC environment console / control components', 'unknown', 'unknown', '§4: not documented'],
  ],
  'automq-software': [
    ['S3Stream object storage bucket', 'partial', 'unknown', '§4 AutoMQ Software: SSE-KMS compatibility UNKNOWN'],
    [
      'WAL volume (EBS/Regional EBS) or S3 WAL',
      'yes',
      'documented',
      '§4 AutoMQ Software: EBS CMK is a customer choice',
    ],
    ['KRaft controller metadata', 'yes', 'documented', '§4 AutoMQ Software: customer-owned volumes'],
  ],
  'redpanda-byoc': [
    ['Broker local disks', 'no', 'documented', '§0b hot segments: no (provider default); §5.2; G10, G11'],
    ['Tiered Storage bucket', 'no', 'documented', '§0b tiered: no (SSE-S3 managed key); §5.2; G10'],
    ['Redpanda control plane', 'unknown', 'unknown', '§0b cluster metadata: ? (control plane); §5.2'],
  ],
  'warpstream-byoc': [
    [
      'Customer object storage bucket (warpstream/ prefix)',
      'unknown',
      'unknown',
      '§0b tiered: ? (customer bucket, vendor support undocumented); §6',
    ],
    [
      'WarpStream control plane / cloud metadata store',
      'unknown',
      'unknown',
      '§0b offsets and metadata: ? (vendor control plane); §6; G12',
    ],
    ['Agent logs and metrics', 'unknown', 'unknown', '§0b broker logs: ?; §6'],
  ],
  'aiven-kafka': [
    ['Service VM volumes', 'partial', 'documented', '§0b hot segments: partial (new BYOC + BYOK); §7; G13'],
    [
      'Tiered storage (cold data)',
      'partial',
      'inferred',
      '§0b tiered: partial; §7 BYOK covers service data (INFERENCE)',
    ],
    ['Configuration backups', 'partial', 'documented', '§0b backups: partial (BYOK on BYOC); §7'],
    ['Aiven management plane', 'unknown', 'unknown', '§0b cluster metadata: ?; §7 BYOC management access'],
  ],
  'gcp-managed-kafka': [
    ['Broker persistent disks', 'yes', 'documented', '§0b hot segments: yes (creation only); §8; G15'],
    ['Tiered storage in Cloud Storage', 'yes', 'documented', '§0b tiered: yes; §8 the CMEK covers tiered storage'],
    ['Connect cluster state', 'yes', 'inferred', '§0b Connect state: yes (in primary cluster); §8 (INFERENCE)'],
  ],
  'azure-event-hubs-kafka': [
    ['Event Hubs namespace storage', 'partial', 'documented', '§0b hot segments: partial (Premium/Dedicated); §9; G14'],
    ['Diagnostic logs (incl. CMK user logs)', 'yes', 'documented', '§0b broker logs: yes (customer sink); §9'],
  ],
}

describe('template CMK values match kafka-key-facts.md', () => {
  it('has a facts table for every template', () => {
    expect(Object.keys(FACTS).sort()).toEqual(
      listTemplates()
        .map((t) => t.id)
        .sort(),
    )
  })

  for (const [templateId, rows] of Object.entries(FACTS)) {
    it(`${templateId}: each location's CMK value and status are the facts file's`, () => {
      const template = getTemplate(templateId)!
      const actual = template.locations.map((l) => [l.name, l.cmkSupported, l.cmkStatus])
      expect(actual).toEqual(rows.map(([name, value, status]) => [name, value, status]))
      for (const [, , , facts] of rows) expect(facts.length).toBeGreaterThan(5)
    })
  }
})

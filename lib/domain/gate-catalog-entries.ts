// The seven gates' purposes and evidence requests, written from the seed article's scorecard,
// kafka-key-facts.md and user-needs.md (what auditors ask for). Changing any text here means
// bumping GATE_CATALOG_VERSION in gate-catalog.ts.
import type { Gate } from './enums'
import type { GateEntry } from './gate-catalog'

export const GATE_ENTRIES: Readonly<Record<Gate, GateEntry>> = {
  COMPATIBILITY: {
    purpose:
      'Show that the target platform runs the Kafka workloads the organization already has, not a demo: the ' +
      'client libraries and versions in production, their authentication modes, serializers and schema ' +
      'workflows, admin tooling, consumer groups and offset commits, transactions and Kafka Connect. An ' +
      'encryption design that passes review but breaks consumers, transactional producers or connectors is not ' +
      'production-ready.',
    requests: [
      {
        code: 'CO-01',
        title: 'Client compatibility matrix',
        required: true,
        relatesTo: 'COMPATIBILITY_CHECKS',
        expectation:
          'One compatibility check per client library and version running in production (Java client, ' +
          'librdkafka-based clients, others), each with its authentication mode (SASL/SCRAM, mTLS, OAUTHBEARER), ' +
          'the staging environment and date it was run against the target, and its result. Versions must match ' +
          'what production runs today.',
      },
      {
        code: 'CO-02',
        title: 'Consumer groups and offset continuity',
        required: true,
        relatesTo: 'COMPATIBILITY_CHECKS',
        expectation:
          'A test run on the target in which named consumer groups join, rebalance and commit offsets, then ' +
          'resume after a restart at their committed offsets, with the offsets before and after and no gap or ' +
          'duplicate beyond the documented delivery guarantee.',
      },
      {
        code: 'CO-03',
        title: 'Idempotent and transactional producers',
        required: true,
        relatesTo: 'COMPATIBILITY_CHECKS',
        expectation:
          'For producers that use idempotence or a transactional.id: a test of commit, abort and producer ' +
          'fencing on the target, showing read_committed consumers see only committed records. If no producer ' +
          'uses transactions, mark the request not applicable and say how that was checked.',
      },
      {
        code: 'CO-04',
        title: 'Kafka Connect and connector secrets',
        required: true,
        relatesTo: 'COMPATIBILITY_CHECKS',
        expectation:
          'Each production connector run against the target, its config, offset and status topics created where ' +
          'the inventory says, and connector credentials resolved through a config provider or secret store ' +
          'rather than stored in plaintext in the config topic (show a redacted connector config from the REST API).',
      },
      {
        code: 'CO-05',
        title: 'Serializers and schema workflows',
        required: false,
        relatesTo: 'COMPATIBILITY_CHECKS',
        expectation:
          'Avro, Protobuf or JSON Schema serializers tested with schema registration, compatibility checks and ' +
          'an evolution on the target schema registry; where client-side field encryption is used, a record ' +
          'whose encrypted fields round-trip and stay unreadable without the key.',
      },
      {
        code: 'CO-06',
        title: 'Admin tooling, ACLs and quotas',
        required: false,
        relatesTo: 'COMPATIBILITY_CHECKS',
        expectation:
          'Topic creation, configuration changes, ACL and quota management and partition reassignment performed ' +
          'on the target with the tooling the team uses today (CLI, Terraform, GitOps operator), with any ' +
          'unsupported admin API named.',
      },
    ],
  },
  STORAGE_BOUNDARY: {
    purpose:
      'Map every place the platform keeps durable state — record segments and replicas, the offsets and ' +
      'transaction-state topics, cluster metadata, WAL, tiered or object storage, Connect and schema state, ' +
      "snapshots, backups, diagnostic logs, metrics and the vendor's control plane — to the cloud resource that " +
      'holds it, the account that controls it and the encryption policy that protects it. Anything left out of ' +
      'scope needs a reason someone can defend.',
    requests: [
      {
        code: 'SB-01',
        title: 'Inventory tied to real resources',
        required: true,
        relatesTo: 'INVENTORY',
        expectation:
          'The inventory export plus the infrastructure listing it was built from (Terraform state list, ' +
          '`kubectl get pv,storageclass`, bucket and volume listings per account and region), so a reviewer can ' +
          'match every in-scope row to a real resource and see that nothing in the listing is missing from the ' +
          'inventory.',
      },
      {
        code: 'SB-02',
        title: 'Encryption configuration per resource',
        required: true,
        relatesTo: 'INVENTORY',
        expectation:
          'CLI, API or IaC output for each in-scope resource naming the key that encrypts it, for example `aws ' +
          'kafka describe-cluster` EncryptionAtRest.DataVolumeKMSKeyId, `aws s3api get-bucket-encryption` with ' +
          'the KMS key ARN, or the StorageClass kmsKeyId for broker volumes. A scanner result that only says ' +
          '"encrypted" is not enough: it must show which key.',
      },
      {
        code: 'SB-03',
        title: 'Object, tiered and WAL storage policy',
        required: true,
        relatesTo: 'INVENTORY',
        expectation:
          'For every bucket or prefix (tiered segments, WAL, sink connectors, backups): its default encryption ' +
          'and key, a bucket policy that refuses writes without the expected key, whether S3 Bucket Keys are on, ' +
          "and the plugin setting that decides encryption (e.g. a tiered-storage plugin's encryption flag, often " +
          'off by default). State whether objects written before a key change were re-encrypted.',
      },
      {
        code: 'SB-04',
        title: 'Vendor control plane and telemetry',
        required: true,
        relatesTo: 'INVENTORY',
        expectation:
          "The vendor's written statement of what leaves the customer account (topic names, configs, " +
          'consumer-group offsets, client IDs, schema IDs, logs, metrics), where it is stored, under whose key, ' +
          'and who at the vendor can read it; "nothing leaves" needs the same written statement.',
      },
      {
        code: 'SB-05',
        title: 'Backups, snapshots and diagnostic bundles',
        required: true,
        relatesTo: 'INVENTORY',
        expectation:
          'Every backup, snapshot and support-bundle path (volume snapshots, configuration backups, heap dumps, ' +
          'log bundles sent to the vendor) with the key it inherits and its retention, or a reasoned statement, ' +
          'signed by the platform owner, that none exist.',
      },
      {
        code: 'SB-06',
        title: 'Residency of stored data',
        required: false,
        relatesTo: 'INVENTORY',
        expectation:
          'The region of every in-scope location and of every replica or disaster-recovery copy, checked against ' +
          'the allowed jurisdictions, plus the organization policy or service control policy that stops ' +
          'resources being created outside approved regions, where one exists.',
      },
    ],
  },
  KEY_ADMINISTRATION: {
    purpose:
      'Record, for every key that protects in-scope data, what kind of key it is (provider-managed, ' +
      'customer-managed, imported material or held in an external key manager), who can administer and use it, ' +
      'how and how often it rotates, and whether the platform supports a customer key for this exact deployment, ' +
      "tier and region. Running in the customer's own account does not by itself mean the customer controls the key.",
    requests: [
      {
        code: 'KA-01',
        title: 'Key register with the locations each key protects',
        required: true,
        relatesTo: 'KEY_REGISTER',
        expectation:
          'Every key in the register with its ARN or resource ID, key service, ownership model, algorithm, ' +
          'purpose and the storage locations it protects; for provider-managed keys, the vendor documentation ' +
          'that says the customer cannot administer them.',
      },
      {
        code: 'KA-02',
        title: 'Key policies, grants and role assignments',
        required: true,
        relatesTo: 'KEY_REGISTER',
        expectation:
          'Exported key policy and grants for each key (`aws kms get-key-policy` and `list-grants`, `gcloud kms ' +
          'keys get-iam-policy`, Key Vault RBAC or access policies) showing exactly which principals — the ' +
          'broker or storage role, vendor principals, administrators — can encrypt, decrypt, administer, disable ' +
          "or schedule deletion, with the reviewer's name and the date.",
      },
      {
        code: 'KA-03',
        title: 'Rotation settings and cryptoperiod',
        required: true,
        relatesTo: 'KEY_REGISTER',
        expectation:
          'Rotation status per key (e.g. `aws kms get-key-rotation-status` with its rotation period) and the ' +
          'cryptoperiod decision with its reason. For imported material or external keys, which cannot rotate ' +
          'automatically, the manual procedure and its last run. Say whether existing data was re-wrapped or ' +
          'stays readable only under old key versions.',
      },
      {
        code: 'KA-04',
        title: 'Vendor confirmation of customer-key support',
        required: true,
        relatesTo: 'KEY_REGISTER',
        expectation:
          'Vendor documentation or a written answer confirming that a customer-managed key is supported for this ' +
          'deployment model, tier and region, which locations it covers (data volumes, tiered storage, metadata, ' +
          'backups), and whether the key is fixed when the cluster is created.',
      },
      {
        code: 'KA-05',
        title: 'Key lifecycle and compromise procedure',
        required: true,
        relatesTo: 'KEY_REGISTER',
        expectation:
          'The written procedure for creating, rotating, retiring, revoking and destroying each key, including ' +
          'how a lost or compromised key is replaced and the deletion waiting period set on it (for example 30 ' +
          'days in AWS KMS, the scheduled-destruction window in Cloud KMS, soft delete with purge protection in ' +
          'Key Vault).',
      },
      {
        code: 'KA-06',
        title: 'Custodians and separation of duties',
        required: false,
        relatesTo: 'KEY_REGISTER',
        expectation:
          'Named key custodians with their signed acknowledgement of their duties, and evidence that platform ' +
          'administrators cannot administer the key, and key administrators cannot read the data, without a ' +
          'second person.',
      },
    ],
  },
  AUDIT_EVIDENCE: {
    purpose:
      'Show that the actions that matter can be reconstructed afterwards, each with a time and an accountable ' +
      'person: use and administration of keys, changes to roles, topics and ACLs, vendor support access and ' +
      'other operational actions. Say who can read those records, how long they are kept and what they cannot show.',
    requests: [
      {
        code: 'AE-01',
        title: 'Key usage and administration log',
        required: true,
        relatesTo: null,
        expectation:
          'An export from CloudTrail, Cloud Audit Logs or Azure Monitor covering at least 30 days, showing ' +
          'Decrypt and GenerateDataKey calls by the broker or storage role and every administrative call ' +
          "(PutKeyPolicy, CreateGrant, DisableKey, ScheduleKeyDeletion), with the trail's retention and who can " +
          "read it. Note that cross-account calls denied for lack of access are logged only in the caller's account.",
      },
      {
        code: 'AE-02',
        title: 'Topic, ACL and role change history',
        required: true,
        relatesTo: null,
        expectation:
          "The cluster's audit log for the review period: topic creation and deletion, configuration changes, " +
          'ACL and role-binding changes, each with timestamp, principal and before and after values, plus where ' +
          'the log is stored and for how long.',
      },
      {
        code: 'AE-03',
        title: 'Vendor and support access',
        required: true,
        relatesTo: null,
        expectation:
          "The vendor's support-access model (bastion, just-in-time approval, break-glass) and its access log " +
          'for the review period, each session with who approved it; an empty log counts only if the log ' +
          'itself is shown.',
      },
      {
        code: 'AE-04',
        title: 'Periodic review of who can decrypt',
        required: true,
        relatesTo: null,
        expectation:
          'The latest review of the principals allowed to decrypt with or administer each key: the list ' +
          "reviewed, anomalies found and what was done about them, the reviewer's name and date, and how often " +
          'the review repeats (quarterly is common).',
      },
      {
        code: 'AE-05',
        title: 'Protection and retention of the logs themselves',
        required: false,
        relatesTo: null,
        expectation:
          'Settings that keep audit records trustworthy: log file validation or object lock, storage in a ' +
          'separate account or project, and a retention period at least as long as the compliance programme requires.',
      },
    ],
  },
  COST_MODEL: {
    purpose:
      'Price the key-ownership design before committing to it: storage for retention and replicas, key-service ' +
      'fees per key and per request (tiered storage multiplies object writes), cross-zone traffic, private ' +
      'connectivity, longer retention and the migration itself. Isolation that a key requirement forces, such as ' +
      'a dedicated cluster tier, separate buckets or separate accounts, should appear as a cost line, not as ' +
      'a surprise.',
    requests: [
      {
        code: 'CM-01',
        title: 'Monthly cost lines by category',
        required: true,
        relatesTo: 'COST_LINES',
        expectation:
          'Cost lines for storage, key-service requests and key fees, cross-zone traffic, private connectivity, ' +
          'retention and migration, each with quantity, unit, unit price and a monthly total, in one currency.',
      },
      {
        code: 'CM-02',
        title: 'Key-service request volume',
        required: true,
        relatesTo: 'COST_LINES',
        expectation:
          'An estimate of monthly key-service requests (Decrypt, GenerateDataKey) derived from object writes and ' +
          'reads, volume attachments and client-side encryption, stating whether S3 Bucket Keys or data-key ' +
          'caching are used and how much headroom is left in the account-wide KMS request quota.',
      },
      {
        code: 'CM-03',
        title: 'Pricing sources and verification date',
        required: true,
        relatesTo: 'COST_LINES',
        expectation:
          "A link to, or capture of, the provider's current pricing page behind each cost line (monthly key fee, " +
          'per-request price after any free tier, data transfer, private endpoints), with the date it was ' +
          'checked. Lines checked more than six months ago are re-checked.',
      },
      {
        code: 'CM-04',
        title: 'Cost of the isolation the key requirement forces',
        required: false,
        relatesTo: 'COST_LINES',
        expectation:
          'The monthly difference between the chosen key model and the next weaker one (for example a dedicated ' +
          'cluster tier needed for customer keys, separate buckets or accounts), so paying for it is a ' +
          'recorded decision.',
      },
      {
        code: 'CM-05',
        title: 'Migration and dual-running cost',
        required: false,
        relatesTo: 'COST_LINES',
        expectation:
          'The cost of running source and target side by side during migration, including replication traffic ' +
          'and keeping the old key and its data until the old retention ends.',
      },
    ],
  },
  FAILURE_RECOVERY: {
    purpose:
      'Prove in staging what happens when a key or the storage under it misbehaves, and how service comes back: ' +
      'a key rotated, disabled or scheduled for deletion, a broker lost, the object store unreachable, a ' +
      'rollback. Each drill records its scenario, date, outcome and time to restore, so the recovery boundary is ' +
      'measured rather than assumed.',
    requests: [
      {
        code: 'FR-01',
        title: 'Disabled-key drill',
        required: true,
        relatesTo: 'RECOVERY_DRILLS',
        expectation:
          'A recovery drill of scenario "Key disabled" that passed: the key disabled in staging, what failed and ' +
          'how fast (produce, fetch, replica rebuild, tiered reads), how it was detected, the steps to restore ' +
          'and the time to restore. Link the evidence (runbook output, dashboards, logs) to the drill record.',
      },
      {
        code: 'FR-02',
        title: 'Key rotation drill',
        required: true,
        relatesTo: 'RECOVERY_DRILLS',
        expectation:
          'A recovery drill of scenario "Key rotation" that passed: rotation triggered automatically or on ' +
          'demand, producers and consumers kept working, data written before the rotation stayed readable, and ' +
          'new writes use the new key version.',
      },
      {
        code: 'FR-03',
        title: 'Key deletion safeguards',
        required: true,
        relatesTo: 'RECOVERY_DRILLS',
        expectation:
          'The deletion waiting period on each key, the alarm raised on ScheduleKeyDeletion or DisableKey (or ' +
          'the equivalent), and a drill of scenario "Key deletion scheduled" showing the deletion noticed and ' +
          'cancelled before any data became unreadable.',
      },
      {
        code: 'FR-04',
        title: 'Broker failure under the same key',
        required: true,
        relatesTo: 'RECOVERY_DRILLS',
        expectation:
          'A drill of scenario "Broker failure": a broker lost and replaced, its replicas or caches rebuilt, new ' +
          'volumes encrypted under the expected key (not an account default), with the time until replication ' +
          'was complete again.',
      },
      {
        code: 'FR-05',
        title: 'Object-store access failure',
        required: false,
        relatesTo: 'RECOVERY_DRILLS',
        expectation:
          'Where tiered, WAL or object storage is in scope: a drill of scenario "Object-store access failure" ' +
          '(bucket policy or key grant removed) with the observed impact on produce, fetch and recovery, and the ' +
          'time to restore once access returned.',
      },
      {
        code: 'FR-06',
        title: 'Recovery runbook per key',
        required: true,
        relatesTo: 'RECOVERY_DRILLS',
        expectation:
          'For each key, the runbook that says which locations stop working when it is unavailable, who is ' +
          'paged, how access is restored and how a lost or compromised key would be replaced, reviewed against ' +
          'the latest drills.',
      },
      {
        code: 'FR-07',
        title: 'Rollback tested in staging',
        required: false,
        relatesTo: 'RECOVERY_DRILLS',
        expectation:
          'A drill of scenario "Migration rollback": producers and consumers switched back to the source in ' +
          "staging with consumer positions intact, with the time it took. Pairs with the migration plan's " +
          'rollback step.',
      },
    ],
  },
  MIGRATION_SAFETY: {
    purpose:
      'Plan the move before any data moves: how topics map to the target, how offsets and consumer progress ' +
      'carry over, how producers cut over, how to roll back, and how long both sides are watched before the old ' +
      'platform, its data and its key are retired. Many platforms fix the key when the cluster is created, so ' +
      'changing the key model is often a migration rather than a setting.',
    requests: [
      {
        code: 'MS-01',
        title: 'Topic mapping',
        required: true,
        relatesTo: 'MIGRATION_STEPS',
        expectation:
          'Source-to-target mapping of every topic with partitions, retention, compaction and other configs, and ' +
          'the topics deliberately left behind with the reason.',
      },
      {
        code: 'MS-02',
        title: 'Offsets and consumer progress',
        required: true,
        relatesTo: 'MIGRATION_STEPS',
        expectation:
          'How each consumer group resumes on the target (offset translation, MirrorMaker 2 checkpoints, ' +
          "byte-level linking that keeps offsets), with a staging test showing a group's position before and " +
          'after the switch.',
      },
      {
        code: 'MS-03',
        title: 'Producer cutover',
        required: true,
        relatesTo: 'MIGRATION_STEPS',
        expectation:
          'The order in which producers move, how duplicates and gaps are prevented (idempotence, transactional ' +
          'fencing or a short write freeze), and who gives the go for each step.',
      },
      {
        code: 'MS-04',
        title: 'Rollback plan and trigger',
        required: true,
        relatesTo: 'MIGRATION_STEPS',
        expectation:
          'The conditions that trigger a rollback, its steps, who decides, how long rollback remains possible ' +
          'after cutover, and the staging test that showed it works.',
      },
      {
        code: 'MS-05',
        title: 'Validation window and retirement',
        required: true,
        relatesTo: 'MIGRATION_STEPS',
        expectation:
          'How long source and target run side by side, what is compared (record counts, consumer lag, ' +
          'checksums), and when the old cluster, its data and its key are retired — not before the retention of ' +
          'the old data has run out.',
      },
      {
        code: 'MS-06',
        title: 'Security parity on the target',
        required: false,
        relatesTo: 'MIGRATION_STEPS',
        expectation:
          'ACLs, quotas, authentication modes and network policies reproduced on the target before cutover, with ' +
          'a diff against the source that shows nothing was widened.',
      },
    ],
  },
}

// Confluent and AutoMQ resources in Terraform. confluent_kafka_cluster and confluent_byok_key:
// confluentinc/terraform-provider-confluent@e58ae689f09d8395f6aa36319cb91ba6c2b38e50:
// internal/provider/resource_kafka_cluster.go (basic/standard/dedicated/enterprise/freight blocks,
// dedicated[0].encryption_key, byok_key[0].id ForceNew, environment[0].id, display_name, cloud, region),
// internal/provider/resource_byok_key.go and docs/resources/confluent_byok_key.md (aws[0].key_arn,
// azure[0].key_identifier, gcp[0].key_id). automq_kafka_instance:
// AutoMQ/terraform-provider-automq@e147531c5b4ef4d4e1be7b4c7e52da75c817eb32:internal/provider/resource_instance.go and
// docs/resources/kafka_instance.md (features.security.data_encryption_mode OneOf("NONE","CPMK"), RequiresReplace;
// features.wal_mode EBSWAL/S3WAL/FSWAL; compute_specs.data_buckets[].bucket_name; nested attributes are objects, not
// one-item lists).
import {
  BASIC_STANDARD_NOTE,
  BYOK_MEANS_CMK,
  cloudKeyRef,
  cloudProvider,
  MODE_FIXED_NOTE,
  SERVICES_NOT_COVERED,
} from '../confluent/facts'
import type { ImportedKey, ImportedLocation } from '../result'
import { arnPlace } from './aws-arn'
import type { TfContext } from './key-index'
import { modelFromKey } from './key-index'
import type { TfResource } from './terraform-document'
import { refOr } from './tf-values'

const BYOK_FIELDS: [string, string][] = [
  ['aws', 'key_arn'],
  ['azure', 'key_identifier'],
  ['gcp', 'key_id'],
]

export function readConfluentKey(ctx: TfContext, res: TfResource) {
  const { tf } = ctx
  const id = tf.str(res, 'id').value
  for (const [cloud, field] of BYOK_FIELDS) {
    const keyField = tf.str(res, cloud, 0, field)
    if (keyField.value === undefined) continue
    const provider = cloudProvider(cloud)
    const ref = cloudKeyRef(provider, keyField.value)
    const key: ImportedKey = {
      ref,
      ...(provider === 'AWS' ? { arn: ref, ...arnPlace(ref) } : {}),
      ...(id ? { aliases: [id] } : {}),
      provider,
      manager: 'CUSTOMER',
      path: keyField.path,
    }
    const summary = `${res.address} registers this key with Confluent. ${BYOK_MEANS_CMK}`
    ctx.keys.add([id, `terraform:${res.address}`], { key, address: res.address, summary, forStorage: true })
    ctx.out.keys.push(key)
    return
  }
}

const CLUSTER_TYPES = ['basic', 'standard', 'dedicated', 'enterprise', 'freight']

function confluentCluster(ctx: TfContext, res: TfResource): ImportedLocation {
  const { tf } = ctx
  const id = tf.str(res, 'id').value
  const type = CLUSTER_TYPES.find((t) => tf.count(res, t) > 0)
  const byok = tf.str(res, 'byok_key', 0, 'id')
  const legacy = tf.str(res, 'dedicated', 0, 'encryption_key')
  let encryption: ImportedLocation['encryption']
  let path = tf.path(res, [])
  if (byok.value) {
    path = byok.path
    const known = ctx.keys.find(byok.value)
    encryption = known
      ? { state: 'ENCRYPTED', model: modelFromKey(known.key), keyRef: known.key.ref, note: BYOK_MEANS_CMK }
      : { state: 'ENCRYPTED', model: 'CUSTOMER_MANAGED', keyRef: byok.value, note: BYOK_MEANS_CMK }
    if (!known) {
      ctx.out.unresolved.push({
        ref: byok.value,
        why: 'A Confluent key id not defined in this file; import `confluent byok describe` to learn its cloud key.',
      })
    }
  } else if (legacy.value) {
    path = legacy.path
    encryption = { state: 'ENCRYPTED', model: 'CUSTOMER_MANAGED', keyRef: legacy.value, note: BYOK_MEANS_CMK }
    ctx.out.unresolved.push({
      ref: legacy.value,
      why: 'A legacy Dedicated-cluster encryption key, not described here.',
    })
  } else if (type === 'basic' || type === 'standard') {
    encryption = { state: 'ENCRYPTED', model: 'PROVIDER_MANAGED', note: BASIC_STANDARD_NOTE }
  } else if (byok.sensitive || byok.unknown || !type) {
    encryption = {
      state: 'ENCRYPTED',
      model: 'UNKNOWN',
      note: 'Whether the cluster uses a self-managed key is not known yet.',
    }
  } else {
    encryption = {
      state: 'ENCRYPTED',
      model: 'PROVIDER_MANAGED',
      note: 'No byok_key: Confluent-managed (Automatic) encryption.',
    }
  }
  const region = tf.str(res, 'region').value
  const environment = tf.str(res, 'environment', 0, 'id').value
  return {
    ref: refOr(res, id),
    kind: 'MANAGED_STORAGE',
    name: `Confluent Cloud ${type ?? ''} cluster ${tf.str(res, 'display_name').value ?? res.name}`.replace('  ', ' '),
    ...(region ? { region } : {}),
    ...(environment ? { account: environment } : {}),
    provider: 'CONFLUENT',
    resourceType: 'confluent_kafka_cluster',
    encryption,
    keyChange: { mode: 'REPLACEMENT', note: MODE_FIXED_NOTE },
    path,
  }
}

const AUTOMQ_FIXED =
  'AutoMQ’s data encryption mode is set when the instance is created; changing it replaces the instance (facts G9).'
const AUTOMQ_NO_BYOK =
  'The Terraform resource accepts only NONE or CPMK; a custom KMS key (BYOK) is rejected (facts G9).'
const WAL_KINDS: Record<string, [string, string]> = {
  EBSWAL: ['BLOCK_VOLUME', 'block storage'],
  S3WAL: ['OBJECT_STORAGE', 'object storage'],
  FSWAL: ['OTHER', 'a file system'],
}

function automqInstance(ctx: TfContext, res: TfResource): ImportedLocation[] {
  const { tf } = ctx
  const id = tf.str(res, 'id').value
  const env = tf.str(res, 'environment_id').value
  const name = tf.str(res, 'name').value ?? res.name
  const mode = tf.str(res, 'features', 'security', 'data_encryption_mode')
  const wal = tf.str(res, 'features', 'wal_mode')
  const buckets = [...Array(tf.count(res, 'compute_specs', 'data_buckets')).keys()]
    .map((i) => tf.str(res, 'compute_specs', 'data_buckets', i, 'bucket_name').value)
    .filter((b): b is string => b !== undefined)
  const ref = id && env ? `automq:${env}/${id}` : refOr(res, undefined)
  let encryption: ImportedLocation['encryption']
  if (mode.value === 'CPMK') {
    encryption = {
      state: 'ENCRYPTED',
      model: 'PROVIDER_MANAGED',
      note: `CPMK: the cloud provider’s managed key. ${AUTOMQ_NO_BYOK}`,
    }
  } else if (mode.value === 'NONE' || (!mode.value && !mode.unknown && !mode.sensitive)) {
    encryption = {
      state: 'UNKNOWN',
      model: 'UNKNOWN',
      note:
        'Mode NONE: AutoMQ adds no storage encryption of its own; the bucket’s default encryption decides. ' +
        AUTOMQ_NO_BYOK,
    }
  } else {
    encryption = { state: 'UNKNOWN', model: 'UNKNOWN', note: `Data encryption mode ${mode.value ?? 'not known yet'}.` }
  }
  const data: ImportedLocation = {
    ref,
    kind: 'OBJECT_STORAGE',
    name: `AutoMQ ${name} data bucket${buckets.length > 1 ? 's' : ''} ${buckets.join(', ') || '(chosen by AutoMQ)'}`,
    provider: 'AUTOMQ',
    resourceType: 'automq_kafka_instance',
    encryption,
    keyChange: { mode: 'REPLACEMENT', note: AUTOMQ_FIXED },
    path: mode.path,
  }
  const [kind, medium] = WAL_KINDS[wal.value ?? ''] ?? ['OTHER', 'an unknown medium']
  const walLocation: ImportedLocation = {
    ref: `${ref}#wal`,
    kind,
    name: `AutoMQ ${name} write-ahead log on ${medium}`,
    provider: 'AUTOMQ',
    resourceType: 'automq_kafka_instance',
    encryption: {
      state: 'UNKNOWN',
      model: 'UNKNOWN',
      note: 'No source says whether data_encryption_mode covers the WAL (facts matrix: WAL no, inferred).',
    },
    path: wal.path,
  }
  return [data, walLocation]
}

export function readConfluentAutomq(ctx: TfContext, resources: TfResource[]) {
  let confluent = false
  for (const res of resources) {
    if (res.mode !== 'managed') continue
    if (res.type === 'confluent_kafka_cluster') {
      ctx.out.locations.push(confluentCluster(ctx, res))
      confluent = true
    } else if (res.type === 'automq_kafka_instance') ctx.out.locations.push(...automqInstance(ctx, res))
  }
  if (confluent) ctx.out.warnings.push(SERVICES_NOT_COVERED)
}

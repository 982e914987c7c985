// Google and Azure resources in Terraform. google_managed_kafka_cluster:
// hashicorp/terraform-provider-google@1959bd2f8798d70f53004187e62df0f47340dfa1:
//   website/docs/r/managed_kafka_cluster.html.markdown
// (name, cluster_id, location, project, gcp_config[0].kms_key "cannot be changed"); google_kms_crypto_key:
// @122d64a8dc2e015b5d7e33e9cf62b90d8c35c324:website/docs/r/kms_crypto_key.html.markdown (id, rotation_period,
// import_only, version_template[0].protection_level, purpose; primary[0].state in provider 7.42.0 per
// roman-mazur/cuetf@e330039b50cbf6ee247ed2131e0a9c4e3d7897ee:providers/google/res/google_kms_crypto_key_gen.cue).
// azurerm_eventhub_namespace_customer_managed_key:
// hashicorp/terraform-provider-azurerm@bf3228550161de85f0f790ca01e1c0c6036f6ee2:
//   internal/services/eventhub/eventhub_namespace_customer_managed_key_resource.go
// (eventhub_namespace_id, key_vault_key_ids, infrastructure_encryption_enabled; Delete is a no-op: "Customer Managed
// Keys cannot be removed").
import { CMK_CANNOT_REMOVE_NOTE, CMK_TIERS_NOTE, parseArmId, withoutKeyVersion } from '../azure/key-vault'
import { gcpKeyOrigin } from '../gcp/key-origin'
import { KMS_KEY_IMMUTABLE_NOTE } from '../gcp/managed-kafka-cluster'
import { parseCryptoKeyName, parseKafkaClusterName } from '../gcp/names'
import { SECONDS_PER_DAY } from '../json-read'
import type { ImportedKey, ImportedLocation } from '../result'
import { resolveKeyField, type TfContext } from './key-index'
import type { TfResource } from './terraform-document'
import { refOr } from './tf-values'

export function readGoogleKey(ctx: TfContext, res: TfResource) {
  const { tf } = ctx
  const id = tf.str(res, 'id').value
  const parts = id ? parseCryptoKeyName(id) : undefined
  const period = tf.str(res, 'rotation_period')
  const seconds = period.value ? ctx.r.optDurationSeconds(period.value, period.path) : undefined
  const level = tf.str(res, 'version_template', 0, 'protection_level').value
  const state = tf.str(res, 'primary', 0, 'state').value
  const key: ImportedKey = {
    ref: refOr(res, id),
    ...(parts ? { region: parts.location, account: parts.project } : {}),
    provider: 'GCP',
    manager: 'CUSTOMER',
    origin: gcpKeyOrigin(level, tf.bool(res, 'import_only').value === true),
    ...(state ? { state } : {}),
    rotation: seconds ? { enabled: true, periodDays: seconds / SECONDS_PER_DAY } : { enabled: false },
    path: tf.path(res, []),
  }
  const purpose = tf.str(res, 'purpose').value
  const summary = `The key is ${res.address}, a Cloud KMS key defined in this configuration (CMEK).`
  ctx.keys.add([id, `terraform:${res.address}`], {
    key,
    address: res.address,
    summary,
    forStorage: purpose === undefined || purpose === 'ENCRYPT_DECRYPT',
  })
  ctx.out.keys.push(key)
}

function managedKafka(ctx: TfContext, res: TfResource) {
  const { tf } = ctx
  const name = tf.str(res, 'name').value
  const project = tf.str(res, 'project').value
  const location = tf.str(res, 'location').value
  const segments = ['gcp_config', 0, 'kms_key']
  const keyField = tf.str(res, ...segments)
  const encryption = resolveKeyField(ctx, res, keyField, segments, {
    hint: 'import `gcloud kms keys describe` output for its state, rotation and protection level.',
    unset: () => ({
      state: 'ENCRYPTED',
      model: 'PROVIDER_OWNED',
      note: 'No kms_key: the cluster uses Google-owned, Google-managed keys (the default).',
    }),
  })
  const clusterProject = name ? parseKafkaClusterName(name)?.project : undefined
  if (clusterProject && project && clusterProject !== project) {
    ctx.out.warnings.push(
      `${res.address}: its name uses project ${clusterProject} and its project attribute is ${project}; Keyproof ` +
        'records both and does not assume they match.',
    )
  }
  const clusterId = tf.str(res, 'cluster_id').value ?? res.name
  ctx.out.locations.push({
    ref: refOr(res, name),
    kind: 'MANAGED_STORAGE',
    name: `Managed Kafka cluster ${clusterId}: broker disks and tiered storage`,
    ...(location ? { region: location } : {}),
    ...((project ?? clusterProject) ? { account: project ?? clusterProject } : {}),
    provider: 'GCP',
    resourceType: 'google_managed_kafka_cluster',
    encryption,
    keyChange: { mode: 'REPLACEMENT', note: KMS_KEY_IMMUTABLE_NOTE },
    path: keyField.value !== undefined ? keyField.path : tf.path(res, []),
  })
}

interface NamespaceCmk {
  keyIds: string[]
  infrastructure?: boolean
  path: string
}

function readCmks(ctx: TfContext, resources: TfResource[]): Map<string, NamespaceCmk & { id: string }> {
  const byNamespace = new Map<string, NamespaceCmk & { id: string }>()
  for (const res of resources) {
    if (res.mode !== 'managed' || res.type !== 'azurerm_eventhub_namespace_customer_managed_key') continue
    const id = ctx.tf.str(res, 'eventhub_namespace_id').value
    const keys = ctx.tf.strList(res, 'key_vault_key_ids')
    if (!id) continue
    byNamespace.set(id.toLowerCase(), {
      id,
      keyIds: (keys.value ?? []).map(withoutKeyVersion),
      infrastructure: ctx.tf.bool(res, 'infrastructure_encryption_enabled').value,
      path: keys.path,
    })
  }
  return byNamespace
}

function namespaceLocation(
  ctx: TfContext,
  id: string,
  name: string,
  cmk: NamespaceCmk | undefined,
  fallbackPath: string,
) {
  const base = {
    ref: id,
    kind: 'MANAGED_STORAGE',
    name: `Event Hubs namespace ${name}`,
    ...(parseArmId(id).subscription ? { account: parseArmId(id).subscription } : {}),
    provider: 'AZURE' as const,
    resourceType: 'azurerm_eventhub_namespace',
  }
  if (!cmk || cmk.keyIds.length === 0) {
    ctx.out.unresolved.push({
      ref: id,
      why: 'azurerm_eventhub_namespace records no encryption; import `az eventhubs namespace show` to see it.',
    })
    return {
      ...base,
      encryption: {
        state: 'ENCRYPTED' as const,
        model: 'UNKNOWN' as const,
        note:
          'No azurerm_eventhub_namespace_customer_managed_key for it in this file. Without one Event Hubs uses ' +
          'Microsoft-managed keys, unless a key was added outside this state.',
      },
      keyChange: { mode: 'UNKNOWN' as const, note: CMK_TIERS_NOTE },
      path: fallbackPath,
    }
  }
  for (const keyId of cmk.keyIds) {
    ctx.out.unresolved.push({
      ref: keyId,
      why: 'A Key Vault key; import `az keyvault key show` for its state and rotation.',
    })
  }
  const infra = cmk.infrastructure ? ' Infrastructure (double) encryption is required as well.' : ''
  return {
    ...base,
    encryption: {
      state: 'ENCRYPTED' as const,
      model: 'CUSTOMER_MANAGED' as const,
      keyRef: cmk.keyIds[0],
      note: `A Key Vault key wraps the namespace's Microsoft-managed data key.${infra}`,
    },
    keyChange: { mode: 'CANNOT_REMOVE' as const, note: CMK_CANNOT_REMOVE_NOTE },
    path: cmk.path,
  }
}

/** Namespaces with their CMK resource; a CMK whose namespace is not in the file still proves its key. */
function eventHubs(ctx: TfContext, resources: TfResource[]) {
  const cmks = readCmks(ctx, resources)
  const seen = new Set<string>()
  for (const res of resources) {
    if (res.mode !== 'managed' || res.type !== 'azurerm_eventhub_namespace') continue
    const id = ctx.tf.str(res, 'id').value
    const name = ctx.tf.str(res, 'name').value ?? res.name
    const cmk = id ? cmks.get(id.toLowerCase()) : undefined
    if (id) seen.add(id.toLowerCase())
    const location: ImportedLocation = {
      ...namespaceLocation(ctx, refOr(res, id), name, cmk, ctx.tf.path(res, [])),
      ...(ctx.tf.str(res, 'location').value ? { region: ctx.tf.str(res, 'location').value } : {}),
    }
    ctx.out.locations.push(location)
  }
  for (const [key, cmk] of cmks) {
    if (!seen.has(key)) ctx.out.locations.push(namespaceLocation(ctx, cmk.id, cmk.id.split('/').pop()!, cmk, cmk.path))
  }
}

export function readGoogleAzure(ctx: TfContext, resources: TfResource[]) {
  for (const res of resources) {
    if (res.mode === 'managed' && res.type === 'google_managed_kafka_cluster') managedKafka(ctx, res)
  }
  eventHubs(ctx, resources)
}

// AWS KMS keys in Terraform: aws_kms_key and aws_kms_external_key (keys this configuration owns, so customer-managed),
// data.aws_kms_key (a key read by ARN, id or alias, with the key manager AWS reports) and aws_kms_alias. Attributes:
// hashicorp/terraform-provider-aws website/docs/r/kms_key.html.markdown @56dec8ba07b08b711c628be8b15fa1087bf9ea98,
// r/kms_external_key.html.markdown @e4c36bf776f823fe53cd712bb921bec90fc4936f, d/kms_key.html.markdown
// @c802279dae706db427d221183fb87bcc2fa6c0ea (key_manager, origin, key_state), r/kms_alias.html.markdown
// @7217911ada9c78a616ce3b705ddb9346d05e278c; newer attributes (rotation_period_in_days, xks_key_id,
// multi_region_configuration) checked against provider 6.57.1 as rendered in
// roman-mazur/cuetf@e330039b50cbf6ee247ed2131e0a9c4e3d7897ee:providers/aws/{res,data}/aws_kms_*_gen.cue.
import type { ImportedKey } from '../result'
import { arnPlace } from './aws-arn'
import type { TfContext } from './key-index'
import type { TfResource } from './terraform-document'
import { refOr } from './tf-values'

const ORIGINS: Record<string, ImportedKey['origin']> = {
  AWS_KMS: 'PROVIDER_GENERATED',
  EXTERNAL: 'IMPORTED',
  AWS_CLOUDHSM: 'HSM_CUSTOM_STORE',
  EXTERNAL_KEY_STORE: 'EXTERNAL_KEY_MANAGER',
}

function isStorageKey(spec?: string, usage?: string) {
  return (spec === undefined || spec === 'SYMMETRIC_DEFAULT') && (usage === undefined || usage === 'ENCRYPT_DECRYPT')
}

function base(ctx: TfContext, res: TfResource, arn?: string) {
  return {
    ref: refOr(res, arn),
    ...(arn ? { arn, ...arnPlace(arn) } : {}),
    provider: 'AWS' as const,
    path: ctx.tf.path(res, []),
  }
}

function managedKey(ctx: TfContext, res: TfResource) {
  const { tf } = ctx
  const arn = tf.str(res, 'arn').value
  const enabled = tf.bool(res, 'is_enabled').value
  const rotation = tf.bool(res, 'enable_key_rotation').value
  const period = tf.num(res, 'rotation_period_in_days').value
  const xks = tf.str(res, 'xks_key_id').value
  const store = tf.str(res, 'custom_key_store_id').value
  const spec = tf.str(res, 'customer_master_key_spec').value
  const usage = tf.str(res, 'key_usage').value
  const key: ImportedKey = {
    ...base(ctx, res, arn),
    manager: 'CUSTOMER',
    origin: xks ? 'EXTERNAL_KEY_MANAGER' : store ? 'HSM_CUSTOM_STORE' : 'PROVIDER_GENERATED',
    ...(enabled === undefined ? {} : { state: enabled ? 'Enabled' : 'Disabled' }),
    ...(rotation === undefined
      ? {}
      : { rotation: rotation ? { enabled: true, ...(period ? { periodDays: period } : {}) } : { enabled: false } }),
    ...(tf.bool(res, 'multi_region').value ? { multiRegion: 'PRIMARY' as const } : {}),
  }
  const summary = `The key is ${res.address}, defined in this Terraform configuration, so it is customer-managed.`
  const names = [arn, tf.str(res, 'key_id').value, tf.str(res, 'id').value, `terraform:${res.address}`]
  ctx.keys.add(names, { key, address: res.address, summary, forStorage: isStorageKey(spec, usage) })
  ctx.out.keys.push(key)
}

function externalKey(ctx: TfContext, res: TfResource) {
  const { tf } = ctx
  const arn = tf.str(res, 'arn').value
  const state = tf.str(res, 'key_state').value
  const key: ImportedKey = {
    ...base(ctx, res, arn),
    manager: 'CUSTOMER',
    origin: 'IMPORTED',
    ...(state ? { state } : {}),
    // AWS KMS cannot rotate imported key material automatically (facts §10.1).
    rotation: { enabled: false },
    ...(tf.bool(res, 'multi_region').value ? { multiRegion: 'PRIMARY' as const } : {}),
  }
  const summary = `The key is ${res.address}, an AWS KMS key with imported key material defined in this configuration.`
  const names = [arn, tf.str(res, 'id').value, `terraform:${res.address}`]
  ctx.keys.add(names, {
    key,
    address: res.address,
    summary,
    forStorage: isStorageKey(undefined, tf.str(res, 'key_usage').value),
  })
  ctx.out.keys.push(key)
}

function dataKey(ctx: TfContext, res: TfResource) {
  const { tf } = ctx
  const arn = tf.str(res, 'arn').value
  const managerValue = tf.str(res, 'key_manager').value
  const state = tf.str(res, 'key_state').value
  const type = tf.str(res, 'multi_region_configuration', 0, 'multi_region_key_type').value
  const deletion = tf.str(res, 'deletion_date').value
  const origin = tf.str(res, 'origin').value
  const manager = managerValue === 'AWS' ? 'PROVIDER' : managerValue === 'CUSTOMER' ? 'CUSTOMER' : 'UNKNOWN'
  const key: ImportedKey = {
    ...base(ctx, res, arn),
    manager,
    ...(origin && ORIGINS[origin] ? { origin: ORIGINS[origin] } : {}),
    ...(state ? { state } : {}),
    ...(type === 'PRIMARY' || type === 'REPLICA' ? { multiRegion: type } : {}),
    ...(state === 'PendingDeletion' && deletion ? { deletionAt: deletion } : {}),
  }
  const who =
    manager === 'PROVIDER' ? 'an AWS managed key' : manager === 'CUSTOMER' ? 'a customer managed key' : 'a key'
  const summary = `${res.address} read the key from AWS: ${who} (key_manager ${managerValue ?? 'not given'}).`
  const spec = tf.str(res, 'customer_master_key_spec').value
  const names = [arn, tf.str(res, 'id').value, tf.str(res, 'key_id').value, `terraform:${res.address}`]
  ctx.keys.add(names, {
    key,
    address: res.address,
    summary,
    forStorage: isStorageKey(spec, tf.str(res, 'key_usage').value),
  })
  ctx.out.keys.push(key)
}

function alias(ctx: TfContext, res: TfResource) {
  const { tf } = ctx
  const name = tf.str(res, 'name').value
  const arn = tf.str(res, 'arn').value
  const targetArn = tf.str(res, 'target_key_arn').value
  const targetId = tf.str(res, 'target_key_id').value
  const known = (targetArn && ctx.keys.find(targetArn)) || (targetId && ctx.keys.find(targetId)) || undefined
  if (known) {
    if (name) known.key.aliases = [...(known.key.aliases ?? []), name]
    ctx.keys.add([name, arn, `terraform:${res.address}`], known)
    return
  }
  const target = targetArn ?? targetId
  if (target) for (const n of [name, arn]) if (n) ctx.keys.aliasTargets.set(n, target)
}

/** Reads every AWS key and alias; aliases after keys so they can attach to them. */
export function readAwsKeys(ctx: TfContext, resources: TfResource[]) {
  for (const res of resources) {
    if (res.mode === 'managed' && res.type === 'aws_kms_key') managedKey(ctx, res)
    else if (res.mode === 'managed' && res.type === 'aws_kms_external_key') externalKey(ctx, res)
    else if (res.mode === 'data' && res.type === 'aws_kms_key') dataKey(ctx, res)
  }
  for (const res of resources) if (res.mode === 'managed' && res.type === 'aws_kms_alias') alias(ctx, res)
}

// AWS storage locations in Terraform. Attributes from hashicorp/terraform-provider-aws:
// aws_msk_cluster @0b2fe557fcd2f76a61115fd075cd28fcd2fe050d:internal/service/kafka/cluster.go (arn, cluster_name,
// encryption_info[0].encryption_at_rest_kms_key_arn ForceNew; storage_mode in later versions) and
// @036631a1dee59efb6d1986c0a19b373402bda29f:website/docs/r/msk_cluster.html.markdown ("If no key is specified, an AWS
// managed KMS ('aws/msk' managed service) key will be used"); aws_msk_serverless_cluster
// @e7785fd90b23da65239efbebc942bae0f3011004:website/docs/r/msk_serverless_cluster.html.markdown (no encryption
// argument); aws_s3_bucket_server_side_encryption_configuration @8136b7c16162598489fda95910fc7045c2b60584:website/
// docs/r/s3_bucket_server_side_encryption_configuration.html.markdown; aws_ebs_volume
// @0964ed39dadd350ec504a9535b4f507e649153d9:website/docs/r/ebs_volume.html.markdown. Cross-checked with provider
// 6.57.1 in roman-mazur/cuetf@e330039b50cbf6ee247ed2131e0a9c4e3d7897ee:providers/aws/res/*_gen.cue.
import type { ImportedLocation } from '../result'
import { arnPlace } from './aws-arn'
import { resolveKeyField, type TfContext } from './key-index'
import type { TfResource } from './terraform-document'
import { refOr } from './tf-values'

const KMS_HINT = 'import `aws kms describe-key` output to tell an AWS managed key from a customer managed one.'
const MSK_KEY_FIXED =
  'MSK encryption at rest is fixed at creation: a different key means a new cluster and a migration (facts G4; ' +
  'encryption_at_rest_kms_key_arn forces replacement).'
const EBS_KEY_FIXED =
  'An EBS volume keeps its key for life; a new key means copying a snapshot with that key into a new volume.'
const S3_IN_PLACE =
  'Bucket default encryption can be changed in place, but only new objects use the new key; existing objects ' +
  'keep theirs until rewritten.'

function mskCluster(ctx: TfContext, res: TfResource) {
  const { tf } = ctx
  const arn = tf.str(res, 'arn').value
  const name = tf.str(res, 'cluster_name').value ?? res.name
  const segments = ['encryption_info', 0, 'encryption_at_rest_kms_key_arn']
  const keyField = tf.str(res, ...segments)
  const encryption = resolveKeyField(ctx, res, keyField, segments, {
    awsAliases: true,
    hint: KMS_HINT,
    unset: () => ({
      state: 'ENCRYPTED',
      model: 'PROVIDER_MANAGED',
      note: 'No key is set, so MSK uses the AWS managed key aws/kafka.',
    }),
  })
  const ref = refOr(res, arn)
  const place = arnPlace(arn)
  ctx.out.locations.push({
    ref,
    kind: 'BLOCK_VOLUME',
    name: `MSK broker storage (${name})`,
    ...place,
    provider: 'AWS',
    resourceType: 'aws_msk_cluster',
    encryption,
    keyChange: { mode: 'REPLACEMENT', note: MSK_KEY_FIXED },
    path: keyField.value !== undefined || keyField.sensitive ? keyField.path : tf.path(res, []),
  })
  const storageMode = tf.str(res, 'storage_mode')
  if (storageMode.value === 'TIERED') {
    ctx.out.locations.push({
      ref: `${ref}#tiered-storage`,
      kind: 'OBJECT_STORAGE',
      name: `MSK tiered storage (${name})`,
      ...place,
      provider: 'AWS',
      resourceType: 'aws_msk_cluster',
      encryption: {
        state: 'UNKNOWN',
        model: 'UNKNOWN',
        note:
          'No AWS source says which key protects MSK tiered storage or whether the cluster key covers it ' +
          '(facts G5).',
      },
      path: storageMode.path,
    })
  }
  const replaced = res.actions?.includes('delete') && res.actions.includes('create')
  if (
    replaced &&
    Array.isArray(res.replacePaths) &&
    res.replacePaths.some((p) => Array.isArray(p) && p[0] === 'encryption_info')
  ) {
    ctx.out.warnings.push(
      `${res.address}: this plan replaces the cluster because encryption_info changes. ${MSK_KEY_FIXED}`,
    )
  }
}

function mskServerless(ctx: TfContext, res: TfResource) {
  const arn = ctx.tf.str(res, 'arn').value
  ctx.out.locations.push({
    ref: refOr(res, arn),
    kind: 'MANAGED_STORAGE',
    name: `MSK Serverless storage (${ctx.tf.str(res, 'cluster_name').value ?? res.name})`,
    ...arnPlace(arn),
    provider: 'AWS',
    resourceType: 'aws_msk_serverless_cluster',
    encryption: {
      state: 'ENCRYPTED',
      model: 'PROVIDER_OWNED',
      note:
        'The resource has no encryption or KMS argument, so no customer key can be chosen (facts G3, inferred ' +
        'from the schema).',
    },
    path: ctx.tf.path(res, []),
  })
}

function s3Encryption(ctx: TfContext, res: TfResource) {
  const { tf } = ctx
  const bucket = tf.str(res, 'bucket').value ?? res.name
  const owner = tf.str(res, 'expected_bucket_owner').value
  const rules = tf.count(res, 'rule')
  const i = [...Array(rules).keys()].find(
    (n) => tf.count(res, 'rule', n, 'apply_server_side_encryption_by_default') > 0,
  )
  const at = ['rule', i ?? 0, 'apply_server_side_encryption_by_default', 0]
  const algorithm = tf.str(res, ...at, 'sse_algorithm')
  const keySegments = [...at, 'kms_master_key_id']
  const keyField = tf.str(res, ...keySegments)
  const bucketKey = i === undefined ? undefined : tf.bool(res, 'rule', i, 'bucket_key_enabled').value
  let encryption: ImportedLocation['encryption']
  if (algorithm.value === 'AES256') {
    encryption = { state: 'ENCRYPTED', model: 'PROVIDER_MANAGED', note: 'SSE-S3 (AES256): Amazon S3 managed keys.' }
  } else if (algorithm.value === 'aws:kms' || algorithm.value === 'aws:kms:dsse') {
    encryption = resolveKeyField(ctx, res, keyField, keySegments, {
      awsAliases: true,
      hint: KMS_HINT,
      unset: () => ({
        state: 'ENCRYPTED',
        model: 'PROVIDER_MANAGED',
        note: `${algorithm.value} without kms_master_key_id uses the AWS managed key aws/s3.`,
      }),
    })
    if (bucketKey) encryption.note = `${encryption.note ?? ''} S3 Bucket Keys are enabled.`.trim()
  } else {
    encryption = { state: 'UNKNOWN', model: 'UNKNOWN', note: 'No default encryption algorithm is readable here.' }
  }
  ctx.out.locations.push({
    ref: `arn:aws:s3:::${bucket}`,
    kind: 'OBJECT_STORAGE',
    name: `S3 bucket ${bucket}`,
    ...(owner ? { account: owner } : {}),
    provider: 'AWS',
    resourceType: 'aws_s3_bucket_server_side_encryption_configuration',
    encryption,
    keyChange: { mode: 'IN_PLACE', note: S3_IN_PLACE },
    path: keyField.value !== undefined ? keyField.path : algorithm.path,
  })
}

function ebsVolume(ctx: TfContext, res: TfResource) {
  const { tf } = ctx
  const arn = tf.str(res, 'arn').value
  const encrypted = tf.bool(res, 'encrypted')
  const keyField = tf.str(res, 'kms_key_id')
  let encryption: ImportedLocation['encryption']
  if (encrypted.value === false) {
    encryption = { state: 'UNENCRYPTED', model: 'UNKNOWN', note: 'encrypted is false: the volume is not encrypted.' }
  } else if (encrypted.value === true) {
    encryption = resolveKeyField(ctx, res, keyField, ['kms_key_id'], {
      awsAliases: true,
      hint: KMS_HINT,
      unset: () => ({
        state: 'ENCRYPTED',
        model: 'PROVIDER_MANAGED',
        note: 'Encrypted with no key given: the AWS managed key aws/ebs.',
      }),
    })
  } else {
    encryption = { state: 'UNKNOWN', model: 'UNKNOWN', note: 'Whether the volume is encrypted is not known yet.' }
  }
  const name = tf.str(res, 'tags', 'Name').value ?? tf.str(res, 'id').value ?? res.address
  ctx.out.locations.push({
    ref: refOr(res, arn),
    kind: 'BLOCK_VOLUME',
    name: `EBS volume ${name}`,
    ...arnPlace(arn),
    provider: 'AWS',
    resourceType: 'aws_ebs_volume',
    encryption,
    keyChange: { mode: 'REPLACEMENT', note: EBS_KEY_FIXED },
    path: keyField.value !== undefined ? keyField.path : encrypted.path,
  })
}

export const AWS_LOCATIONS: Record<string, (ctx: TfContext, res: TfResource) => void> = {
  aws_msk_cluster: mskCluster,
  aws_msk_serverless_cluster: mskServerless,
  aws_s3_bucket_server_side_encryption_configuration: s3Encryption,
  aws_ebs_volume: ebsVolume,
}

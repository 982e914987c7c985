// `aws s3api get-bucket-encryption`: a bucket's default encryption. The output does not name its bucket, so
// the file name must (`encryption@my-bucket.json`).
// Shape: boto/botocore@0e6e2404b85dc336dd2889814e089bde7d1a4c55:botocore/data/s3/2006-03-01/service-2.json
// (GetBucketEncryptionOutput → ServerSideEncryptionConfiguration.Rules[ApplyServerSideEncryptionByDefault
// {SSEAlgorithm, KMSMasterKeyID}, BucketKeyEnabled]).
import { z } from 'zod'
import type { ConfigParser } from '../parser'
import { jsonPath, ROOT } from '../json-path'
import { ConfigParseError, type ImportedLocation } from '../result'
import { isAwsManagedAlias, parseKmsRef, unjoinedWhy } from './kms-ref'
import { emptyResult, isObject, readShape } from './shape'

const COMMAND = 'aws s3api get-bucket-encryption'

const schema = z.looseObject({
  ServerSideEncryptionConfiguration: z.looseObject({
    Rules: z.array(
      z.looseObject({
        ApplyServerSideEncryptionByDefault: z
          .looseObject({ SSEAlgorithm: z.string(), KMSMasterKeyID: z.string().optional() })
          .optional(),
        BucketKeyEnabled: z.boolean().optional(),
      }),
    ),
  }),
})

type Encryption = ImportedLocation['encryption']

function kmsEncryption(algorithm: string, keyId: string | undefined): Encryption {
  const layers = algorithm === 'aws:kms:dsse' ? 'DSSE-KMS (two layers)' : 'SSE-KMS'
  if (!keyId)
    return {
      state: 'ENCRYPTED',
      model: 'PROVIDER_MANAGED',
      keyRef: 'alias/aws/s3',
      note: `${layers} without KMSMasterKeyID uses the AWS managed key aws/s3`,
    }
  if (isAwsManagedAlias(keyId))
    return {
      state: 'ENCRYPTED',
      model: 'PROVIDER_MANAGED',
      keyRef: keyId,
      note: `${layers} with the AWS managed key ${keyId}`,
    }
  return { state: 'ENCRYPTED', model: 'UNKNOWN', keyRef: keyId, note: `${layers} with key ${keyId}` }
}

export const s3BucketEncryption: ConfigParser = {
  id: 'aws.s3api.get-bucket-encryption',
  command: COMMAND,
  detect: (json) => isObject(json) && 'ServerSideEncryptionConfiguration' in json,
  parse(json, ctx) {
    const rules = readShape(schema, json, ctx, COMMAND).ServerSideEncryptionConfiguration.Rules
    const bucket = ctx.subject
    if (!bucket)
      throw new ConfigParseError(
        `${ctx.fileName}: \`${COMMAND}\` output does not name its bucket; put the bucket name in the file name ` +
          `after an @, e.g. encryption@my-bucket.json`,
      )
    const result = emptyResult(COMMAND)
    const rulesPath = jsonPath(ROOT, 'ServerSideEncryptionConfiguration', 'Rules')
    const rule = rules[0]
    const byDefault = rule?.ApplyServerSideEncryptionByDefault
    const path = byDefault ? jsonPath(rulesPath, 0, 'ApplyServerSideEncryptionByDefault') : rulesPath
    const ref = `arn:aws:s3:::${bucket}`
    let encryption: Encryption
    if (!byDefault)
      encryption = { state: 'UNKNOWN', model: 'UNKNOWN', note: 'no default encryption rule in the output' }
    else if (byDefault.SSEAlgorithm === 'AES256')
      encryption = {
        state: 'ENCRYPTED',
        model: 'PROVIDER_OWNED',
        note: "SSE-S3 (AES256) is every bucket's default since January 2023: this proves nothing was configured",
      }
    else if (byDefault.SSEAlgorithm === 'aws:kms' || byDefault.SSEAlgorithm === 'aws:kms:dsse')
      encryption = kmsEncryption(byDefault.SSEAlgorithm, byDefault.KMSMasterKeyID)
    else
      encryption = {
        state: 'ENCRYPTED',
        model: 'UNKNOWN',
        note: `SSEAlgorithm ${byDefault.SSEAlgorithm} is not interpreted`,
      }
    if (rule?.BucketKeyEnabled)
      encryption.note += '; S3 Bucket Key enabled (CloudTrail and encryption context show the bucket, not each object)'
    result.locations.push({
      ref,
      kind: 'OBJECT_STORAGE',
      name: bucket,
      provider: 'AWS',
      resourceType: 'AWS::S3::Bucket',
      encryption,
      keyChange: {
        mode: 'IN_PLACE',
        note:
          'default encryption can be changed on the bucket, but applies to new objects only; existing ' +
          'objects keep their key until re-copied',
      },
      path,
    })
    if (rules.length > 1) result.warnings.push(`${bucket}: ${rules.length} encryption rules; only the first is read`)
    const keyRef = encryption.keyRef
    if (keyRef && encryption.model === 'UNKNOWN') {
      const kms = parseKmsRef(keyRef)
      if (kms?.kind === 'alias' && !kms.account)
        result.warnings.push(
          `${bucket}: KMSMasterKeyID ${keyRef} is an alias, which S3 resolves in the requester's account: the ` +
            `key's owner is ambiguous`,
        )
      result.unresolved.push({ ref: keyRef, why: unjoinedWhy(keyRef) })
    }
    return result
  },
}

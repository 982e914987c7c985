// `aws kms describe-key`: who manages a key, where its material comes from, its state and deletion date.
// Shape: boto/botocore@0e6e2404b85dc336dd2889814e089bde7d1a4c55:botocore/data/kms/2014-11-01/service-2.json
// (DescribeKeyResponse → KeyMetadata: AWSAccountId, KeyId, Arn, CreationDate, KeyState, DeletionDate, ValidTo,
// Origin, KeyManager, MultiRegion, MultiRegionConfiguration.MultiRegionKeyType).
import { z } from 'zod'
import type { ConfigParser } from '../parser'
import { jsonPath, ROOT } from '../json-path'
import { ConfigParseError, type ImportedKey } from '../result'
import { parseArn } from './arn'
import { kmsKeyRef } from './kms-ref'
import { awsTime, emptyResult, isObject, readShape } from './shape'

const COMMAND = 'aws kms describe-key'

const schema = z.looseObject({
  KeyMetadata: z.looseObject({
    AWSAccountId: z.string().optional(),
    KeyId: z.string(),
    Arn: z.string(),
    CreationDate: awsTime.optional(),
    KeyState: z.string().optional(),
    DeletionDate: awsTime.optional(),
    ValidTo: awsTime.optional(),
    Origin: z.string().optional(),
    KeyManager: z.string().optional(),
    MultiRegion: z.boolean().optional(),
    MultiRegionConfiguration: z.looseObject({ MultiRegionKeyType: z.string().optional() }).optional(),
  }),
})

const ORIGINS: Record<string, NonNullable<ImportedKey['origin']>> = {
  AWS_KMS: 'PROVIDER_GENERATED',
  EXTERNAL: 'IMPORTED',
  AWS_CLOUDHSM: 'HSM_CUSTOM_STORE',
  EXTERNAL_KEY_STORE: 'EXTERNAL_KEY_MANAGER',
}
const MANAGERS: Record<string, ImportedKey['manager']> = { AWS: 'PROVIDER', CUSTOMER: 'CUSTOMER' }

export const kmsDescribeKey: ConfigParser = {
  id: 'aws.kms.describe-key',
  command: COMMAND,
  detect: (json) => isObject(json) && 'KeyMetadata' in json,
  parse(json, ctx) {
    const m = readShape(schema, json, ctx, COMMAND).KeyMetadata
    const result = emptyResult(COMMAND)
    const base = jsonPath(ROOT, 'KeyMetadata')
    const arn = parseArn(m.Arn)
    if (arn?.service !== 'kms' || !arn.resource.startsWith('key/'))
      throw new ConfigParseError(`${ctx.fileName}: ${jsonPath(base, 'Arn')}: expected a KMS key ARN, got "${m.Arn}"`)
    const account = m.AWSAccountId ?? arn.account
    const ref = kmsKeyRef({ id: m.KeyId, region: arn.region, account, partition: arn.partition })
    const origin = m.Origin === undefined ? undefined : (ORIGINS[m.Origin] ?? 'UNKNOWN')
    const manager = m.KeyManager === undefined ? 'UNKNOWN' : (MANAGERS[m.KeyManager] ?? 'UNKNOWN')
    if (origin === 'UNKNOWN') result.warnings.push(`${ref}: key origin ${m.Origin} is not understood`)
    if (m.KeyManager !== undefined && manager === 'UNKNOWN')
      result.warnings.push(`${ref}: key manager ${m.KeyManager} is not understood`)
    const mrType = m.MultiRegionConfiguration?.MultiRegionKeyType
    result.keys.push({
      ref,
      arn: m.Arn,
      region: arn.region,
      account,
      provider: 'AWS',
      manager,
      origin,
      state: m.KeyState,
      multiRegion: mrType === 'PRIMARY' || mrType === 'REPLICA' ? mrType : undefined,
      deletionAt: m.DeletionDate,
      createdAt: m.CreationDate,
      materialExpiresAt: m.ValidTo,
      path: base,
    })
    if (m.KeyState === 'PendingDeletion' || m.KeyState === 'PendingReplicaDeletion')
      result.warnings.push(`${ref}: key is pending deletion${m.DeletionDate ? ` (deleted at ${m.DeletionDate})` : ''}`)
    else if (m.KeyState && m.KeyState !== 'Enabled') result.warnings.push(`${ref}: key state is ${m.KeyState}`)
    if (m.ValidTo) result.warnings.push(`${ref}: imported key material expires at ${m.ValidTo}`)
    if (m.MultiRegion && !mrType)
      result.warnings.push(`${ref}: multi-Region key without MultiRegionConfiguration; primary or replica unknown`)
    return result
  },
}

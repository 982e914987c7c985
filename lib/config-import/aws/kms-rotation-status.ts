// `aws kms get-key-rotation-status`: whether automatic rotation is on, its period and next date. Older CLI
// output has no KeyId; the key then comes from the file name (`rotation@<key id>.json`).
// Shape: boto/botocore@0e6e2404b85dc336dd2889814e089bde7d1a4c55:botocore/data/kms/2014-11-01/service-2.json
// (GetKeyRotationStatusResponse: KeyRotationEnabled, KeyId, RotationPeriodInDays, NextRotationDate).
import { z } from 'zod'
import type { ConfigParser } from '../parser'
import { ROOT } from '../json-path'
import { KEY_OWNER_UNKNOWN, kmsKeyRef, type KmsKeyRef } from './kms-ref'
import { keyForFile } from './kms-subject'
import { awsTime, emptyResult, isObject, readShape } from './shape'

const COMMAND = 'aws kms get-key-rotation-status'

const schema = z.looseObject({
  KeyRotationEnabled: z.boolean(),
  KeyId: z.string().optional(),
  RotationPeriodInDays: z.number().optional(),
  NextRotationDate: awsTime.optional(),
})

export const kmsRotationStatus: ConfigParser = {
  id: 'aws.kms.get-key-rotation-status',
  command: COMMAND,
  detect: (json) => isObject(json) && 'KeyRotationEnabled' in json,
  parse(json, ctx) {
    const s = readShape(schema, json, ctx, COMMAND)
    const key: Omit<KmsKeyRef, 'kind'> = keyForFile(s.KeyId, ctx, COMMAND)
    const result = emptyResult(COMMAND)
    const ref = kmsKeyRef(key)
    result.keys.push({
      ref,
      region: key.region,
      account: key.account,
      provider: 'AWS',
      manager: 'UNKNOWN',
      rotation: { enabled: s.KeyRotationEnabled, periodDays: s.RotationPeriodInDays, nextAt: s.NextRotationDate },
      path: ROOT,
    })
    result.unresolved.push({ ref, why: KEY_OWNER_UNKNOWN })
    return result
  },
}

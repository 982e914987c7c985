// `aws kms list-aliases`: alias → key, per Region and account (both read from each AliasArn). An `alias/aws/*`
// alias marks an AWS managed key; any other alias can only point at a customer managed key (KMS CreateAlias docs).
// Shape: boto/botocore@0e6e2404b85dc336dd2889814e089bde7d1a4c55:botocore/data/kms/2014-11-01/service-2.json
// (ListAliasesResponse: Aliases[AliasName, AliasArn, TargetKeyId], Truncated, NextMarker).
import { z } from 'zod'
import type { ConfigParser } from '../parser'
import { jsonPath, ROOT } from '../json-path'
import type { ImportedKey } from '../result'
import { parseArn } from './arn'
import { kmsKeyRef } from './kms-ref'
import { emptyResult, isObject, readShape } from './shape'

const COMMAND = 'aws kms list-aliases'

const schema = z.looseObject({
  Aliases: z.array(
    z.looseObject({ AliasName: z.string(), AliasArn: z.string().optional(), TargetKeyId: z.string().optional() }),
  ),
  Truncated: z.boolean().optional(),
  NextMarker: z.string().optional(),
})

export const kmsListAliases: ConfigParser = {
  id: 'aws.kms.list-aliases',
  command: COMMAND,
  detect: (json) => isObject(json) && 'Aliases' in json,
  parse(json, ctx) {
    const out = readShape(schema, json, ctx, COMMAND)
    const result = emptyResult(COMMAND)
    const byKey = new Map<string, ImportedKey>()
    out.Aliases.forEach((a, i) => {
      const path = jsonPath(ROOT, 'Aliases', i)
      const arn = a.AliasArn ? parseArn(a.AliasArn) : undefined
      if (!a.TargetKeyId)
        return result.dropped.push({ path, why: `${a.AliasName} points at no key (AWS creates it on first use)` })
      if (!arn?.region || !arn.account)
        return result.dropped.push({ path, why: `${a.AliasName}: no AliasArn, so its Region and account are unknown` })
      const ref = kmsKeyRef({ id: a.TargetKeyId, region: arn.region, account: arn.account, partition: arn.partition })
      const seen = byKey.get(ref)
      if (seen) return seen.aliases!.push(a.AliasName)
      const awsManaged = a.AliasName.startsWith('alias/aws/')
      byKey.set(ref, {
        ref,
        region: arn.region,
        account: arn.account,
        aliases: [a.AliasName],
        provider: 'AWS',
        manager: awsManaged ? 'PROVIDER' : 'CUSTOMER',
        path,
      })
    })
    result.keys.push(...byKey.values())
    if (out.Truncated || out.NextMarker)
      result.warnings.push('the alias list is one page (Truncated); aliases on later pages are unknown')
    return result
  },
}

// `aws kms list-grants`: grants let a principal use a key beside its key policy.
// Shape: boto/botocore@0e6e2404b85dc336dd2889814e089bde7d1a4c55:botocore/data/kms/2014-11-01/service-2.json
// (ListGrantsResponse: Grants[KeyId, GrantId, Name, GranteePrincipal, GranteeServicePrincipal, Operations,
// Constraints], Truncated, NextMarker).
import { z } from 'zod'
import type { ConfigParser } from '../parser'
import { jsonPath, ROOT } from '../json-path'
import { ConfigParseError } from '../result'
import { kmsKeyRef, parseKmsRef } from './kms-ref'
import { principalFact, useActionsMatching } from './principal'
import { emptyResult, isObject, readShape, stringList } from './shape'

const COMMAND = 'aws kms list-grants'

const schema = z.looseObject({
  Grants: z.array(
    z.looseObject({
      KeyId: z.string(),
      GrantId: z.string().optional(),
      Name: z.string().nullish(),
      GranteePrincipal: z.string().optional(),
      GranteeServicePrincipal: z.string().optional(),
      Operations: stringList.optional(),
      Constraints: z.looseObject({}).optional(),
    }),
  ),
  Truncated: z.boolean().optional(),
  NextMarker: z.string().optional(),
})

export const kmsListGrants: ConfigParser = {
  id: 'aws.kms.list-grants',
  command: COMMAND,
  detect: (json) => isObject(json) && 'Grants' in json,
  parse(json, ctx) {
    const out = readShape(schema, json, ctx, COMMAND)
    const result = emptyResult(COMMAND)
    out.Grants.forEach((g, i) => {
      const path = jsonPath(ROOT, 'Grants', i)
      const key = parseKmsRef(g.KeyId)
      if (key?.kind !== 'key')
        throw new ConfigParseError(
          `${ctx.fileName}: ${jsonPath(path, 'KeyId')}: expected a KMS key ARN, got "${g.KeyId}"`,
        )
      const ref = kmsKeyRef(key)
      const grantee = g.GranteePrincipal ?? g.GranteeServicePrincipal
      const field = g.GranteePrincipal ? 'GranteePrincipal' : 'GranteeServicePrincipal'
      const actions = [...new Set((g.Operations ?? []).flatMap((op) => useActionsMatching(`kms:${op}`)))].sort()
      const label = `${ref} grant ${g.Name || g.GrantId || i}`
      if (!grantee) return result.dropped.push({ path, why: `${label} names no grantee` })
      if (actions.length === 0) return
      result.principals.push(principalFact(ref, grantee, actions, key.account, jsonPath(path, field), true))
      if (g.Constraints && Object.keys(g.Constraints).length > 0)
        result.warnings.push(
          `${label} holds only under constraints (${Object.keys(g.Constraints).join(', ')}): not evaluated`,
        )
    })
    if (out.Truncated || out.NextMarker)
      result.warnings.push('the grant list is one page (Truncated); grants on later pages are unknown')
    return result
  },
}

// `aws kms get-key-policy`: the policy is a JSON string inside {"Policy": "..."}; with `--query Policy --output
// text` the file is the raw policy document. The output never names its key, so the file name must (after an @).
// Paths continue into the parsed Policy string: `$.Policy.Statement[1].Principal.AWS[0]`.
// Shape: boto/botocore@0e6e2404b85dc336dd2889814e089bde7d1a4c55:botocore/data/kms/2014-11-01/service-2.json
// (GetKeyPolicyResponse: Policy, PolicyName); the document's grammar is IAM's (Statement, Sid, Effect,
// Principal, NotPrincipal, Action, NotAction, Condition).
import { z } from 'zod'
import type { ConfigParser } from '../parser'
import { jsonPath, ROOT } from '../json-path'
import { ConfigParseError } from '../result'
import { evaluateKeyPolicy } from './key-policy-eval'
import { kmsKeyRef } from './kms-ref'
import { keyForFile } from './kms-subject'
import { emptyResult, isObject, readShape } from './shape'

const COMMAND = 'aws kms get-key-policy'

const wrapped = z.looseObject({ Policy: z.string(), PolicyName: z.string().optional() })
const document = z.looseObject({ Version: z.string().optional(), Statement: z.unknown() })

function isRawPolicy(json: unknown): boolean {
  return isObject(json) && 'Statement' in json && JSON.stringify(json).includes('"kms:')
}

export const kmsKeyPolicy: ConfigParser = {
  id: 'aws.kms.get-key-policy',
  command: COMMAND,
  // `aws s3api get-bucket-policy` prints {"Policy": "..."} too; a key policy names kms: actions.
  detect: (json) =>
    isRawPolicy(json) ||
    (isObject(json) &&
      'Policy' in json &&
      (json.PolicyName !== undefined || typeof json.Policy !== 'string' || json.Policy.includes('kms:'))),
  parse(json, ctx) {
    let doc: unknown = json
    let base = ROOT
    if (!isRawPolicy(json)) {
      const { Policy } = readShape(wrapped, json, ctx, COMMAND)
      base = jsonPath(ROOT, 'Policy')
      try {
        doc = JSON.parse(Policy)
      } catch {
        throw new ConfigParseError(`${ctx.fileName}: ${base}: expected a key policy document as a JSON string`)
      }
    }
    const { Statement } = readShape(document, doc, ctx, COMMAND, base)
    if (!Array.isArray(Statement) && !isObject(Statement))
      throw new ConfigParseError(`${ctx.fileName}: ${jsonPath(base, 'Statement')}: expected a statement or a list`)
    const key = keyForFile(undefined, ctx, COMMAND)
    const ref = kmsKeyRef(key)
    const path = jsonPath(base, 'Statement')
    const statements = Array.isArray(Statement)
      ? Statement.map((raw, i) => ({ raw, path: jsonPath(path, i) }))
      : [{ raw: Statement, path }]
    const result = emptyResult(COMMAND)
    const evaluated = evaluateKeyPolicy(statements, { ref, account: key.account }, ctx, COMMAND)
    result.principals.push(...evaluated.principals)
    result.warnings.push(...evaluated.warnings)
    if (!key.account)
      result.unresolved.push({
        ref,
        why: "key's account unknown until its describe-key is supplied: other accounts not flagged",
      })
    return result
  },
}

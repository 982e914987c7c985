// `terraform show -json` of a state and of a saved plan. Keys first (so clusters can resolve their key within
// the file), then locations. Sensitive values are never read; each one is listed in `dropped` by path.
import { jsonPath, ROOT } from '../json-path'
import { emptyResult, isObject, JsonReader } from '../json-read'
import type { ConfigParser, ParseContext } from '../parser'
import type { ParseResult } from '../result'
import { KeyIndex, type TfContext } from './key-index'
import { readAwsKeys } from './keys-aws'
import { AWS_LOCATIONS } from './locations-aws'
import { PlanConfig } from './plan-config'
import { findSensitivePaths } from './sensitive-paths'
import { planResources, stateResources, terraformDocumentKind, type DocumentKind } from './terraform-document'
import { readConfluentAutomq, readConfluentKey } from './tf-confluent-automq'
import { readGoogleAzure, readGoogleKey } from './tf-google-azure'
import { TfValues } from './tf-values'

const COMMANDS: Record<DocumentKind, string> = {
  state: 'terraform show -json',
  plan: 'terraform show -json PLANFILE',
}

function parseTerraform(json: unknown, ctx: ParseContext, kind: DocumentKind): ParseResult {
  const r = new JsonReader(ctx.fileName)
  const doc = r.object(json, ROOT)
  if (terraformDocumentKind(doc) !== kind) {
    r.fail(ROOT, `terraform show -json output of a ${kind}`, doc)
  }
  const version = r.optString(doc.terraform_version, jsonPath(ROOT, 'terraform_version'))
  const out = emptyResult({
    tool: 'terraform',
    command: COMMANDS[kind],
    format: 'json',
    ...(version ? { cliVersion: version } : {}),
  })

  for (const p of findSensitivePaths(doc)) out.dropped.push({ path: jsonPath(ROOT, ...p.segments), why: p.why })

  const { resources, deposed } = kind === 'state' ? stateResources(r, doc) : planResources(r, doc)
  if (deposed.length > 0) {
    out.warnings.push(`${deposed.length} deposed object(s) awaiting destruction were left out: ${deposed.join(', ')}.`)
  }
  const tc: TfContext = {
    r,
    tf: new TfValues(r),
    out,
    keys: new KeyIndex(),
    ...(kind === 'plan' && isObject(doc.configuration) ? { config: new PlanConfig(doc.configuration, resources) } : {}),
  }

  readAwsKeys(tc, resources)
  for (const res of resources) {
    if (res.mode !== 'managed') continue
    if (res.type === 'google_kms_crypto_key') readGoogleKey(tc, res)
    else if (res.type === 'confluent_byok_key') readConfluentKey(tc, res)
  }
  for (const res of resources) {
    if (res.mode === 'managed') AWS_LOCATIONS[res.type]?.(tc, res)
  }
  readGoogleAzure(tc, resources)
  readConfluentAutomq(tc, resources)

  if (out.locations.length === 0 && out.keys.length === 0) {
    out.warnings.push(
      `No Kafka, storage or key resources Keyproof reads were found among ${resources.length} resources.`,
    )
  }
  return out
}

function detectKind(kind: DocumentKind) {
  return (json: unknown) => isObject(json) && terraformDocumentKind(json) === kind
}

export const terraformStateParser: ConfigParser = {
  id: 'terraform.show-json.state',
  command: COMMANDS.state,
  detect: detectKind('state'),
  parse: (json, ctx) => parseTerraform(json, ctx, 'state'),
}

export const terraformPlanParser: ConfigParser = {
  id: 'terraform.show-json.plan',
  command: COMMANDS.plan,
  detect: detectKind('plan'),
  parse: (json, ctx) => parseTerraform(json, ctx, 'plan'),
}

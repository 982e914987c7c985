// Confluent self-managed ("BYOK") keys, from the CLI and from the Cloud API.
// CLI `confluent byok describe cck-… -o json`: confluentinc/cli@762b3ff77fbe46ecd64b574f4b9d55b5e98bd868:
// internal/byok/command.go (struct `out`: id, display_name, key, roles, cloud, region, state, created_at,
// validation_phase, validation_since, message) and test/fixtures/output/byok/describe-*-json.golden.
// API `GET /byok/v1/keys/{id}` and `GET /byok/v1/keys`: confluentinc/ccloud-sdk-go-v2 byok/v1 models
// (@72e50692c9086badae2ac35f52b0340ff9b6113a:byok/v1/docs/ByokV1Key.md; @7a817df5b21d35170c9e0617bbfb553596bfff3c:
// model_byok_v1_key_key_one_of.go, `key` is one of by `kind`: AwsKey {key_arn, roles}, AzureKey {key_id, …},
// GcpKey {key_id, …}; @6ecc57fbfbcc1b14c23571f04828140e20b5044f:model_byok_v1_key_validation.go).
import { arnPlace } from '../iac/aws-arn'
import { jsonPath, ROOT } from '../json-path'
import { emptyResult, isObject, JsonReader, type JsonObject } from '../json-read'
import type { ConfigParser, ParseContext } from '../parser'
import type { ImportedKey, ParseResult } from '../result'
import { BYOK_MEANS_CMK, cloudKeyRef, cloudProvider, KEY_VALIDATION_NOTE } from './facts'

const CLI_COMMAND = 'confluent byok describe -o json'
const API_COMMAND = 'GET https://api.confluent.cloud/byok/v1/keys/{id}'
const KEY_KIND_FIELD: Record<string, string> = { AwsKey: 'key_arn', AzureKey: 'key_id', GcpKey: 'key_id' }

function byokKey(
  id: string,
  provider: ImportedKey['provider'],
  key: string,
  path: string,
  region?: string,
): ImportedKey {
  const ref = cloudKeyRef(provider, key)
  return {
    ref,
    ...(provider === 'AWS' ? { arn: ref } : {}),
    ...(provider === 'AWS' ? arnPlace(ref) : region ? { region } : {}),
    // The Confluent key id is a second name for the same cloud key: clusters refer to the key by it.
    aliases: [id],
    provider,
    manager: 'CUSTOMER',
    path,
  }
}

function validationWarning(out: ParseResult, ref: string, phase?: string, message?: string) {
  if (phase && phase !== 'VALID') out.warnings.push(`${ref}: ${KEY_VALIDATION_NOTE(phase, message)}`)
}

const isCliKey = (json: unknown): json is JsonObject =>
  isObject(json) && typeof json.id === 'string' && json.id.startsWith('cck-') && typeof json.key === 'string'

function parseCli(json: unknown, ctx: ParseContext): ParseResult {
  const r = new JsonReader(ctx.fileName)
  const doc = r.object(json, ROOT)
  const out = emptyResult({ tool: 'confluent', command: CLI_COMMAND, format: 'json' })
  const id = r.string(doc.id, jsonPath(ROOT, 'id'))
  const key = r.string(doc.key, jsonPath(ROOT, 'key'))
  const provider = cloudProvider(r.optString(doc.cloud, jsonPath(ROOT, 'cloud')))
  const region = r.optString(doc.region, jsonPath(ROOT, 'region'))
  r.optArray(doc.roles, jsonPath(ROOT, 'roles'))?.forEach((role, i) => r.string(role, jsonPath(ROOT, 'roles', i)))
  const phase = r.optString(doc.validation_phase, jsonPath(ROOT, 'validation_phase'))
  const message = r.optString(doc.message, jsonPath(ROOT, 'message'))
  const item = byokKey(id, provider, key, jsonPath(ROOT, 'key'), region)
  out.keys.push(item)
  validationWarning(out, item.ref, phase, message)
  out.warnings.push(`${id}: ${BYOK_MEANS_CMK}`)
  return out
}

const isApiKey = (json: unknown): json is JsonObject =>
  isObject(json) && json.api_version === 'byok/v1' && json.kind === 'Key' && isObject(json.key)
const isApiKeyList = (json: unknown): json is JsonObject =>
  isObject(json) && json.api_version === 'byok/v1' && json.kind === 'KeyList' && Array.isArray(json.data)

function readApiKey(r: JsonReader, doc: JsonObject, base: string, out: ParseResult) {
  const id = r.string(doc.id, jsonPath(base, 'id'))
  const keyPath = jsonPath(base, 'key')
  const key = r.object(doc.key, keyPath)
  const kind = r.string(key.kind, jsonPath(keyPath, 'kind'))
  const field = KEY_KIND_FIELD[kind]
  if (!field) return r.fail(jsonPath(keyPath, 'kind'), 'AwsKey, AzureKey or GcpKey', kind)
  const keyId = r.string(key[field], jsonPath(keyPath, field))
  const provider = cloudProvider(r.optString(doc.provider, jsonPath(base, 'provider')) ?? kind.replace(/Key$/, ''))
  const validation = r.optObject(doc.validation, jsonPath(base, 'validation'))
  const vPath = jsonPath(base, 'validation')
  const region = validation && r.optString(validation.region, jsonPath(vPath, 'region'))
  const item = byokKey(id, provider, keyId, jsonPath(keyPath, field), region)
  out.keys.push(item)
  if (validation) {
    const phase = r.optString(validation.phase, jsonPath(vPath, 'phase'))
    validationWarning(out, item.ref, phase, r.optString(validation.message, jsonPath(vPath, 'message')))
  }
}

function parseApi(json: unknown, ctx: ParseContext): ParseResult {
  const r = new JsonReader(ctx.fileName)
  const doc = r.object(json, ROOT)
  const out = emptyResult({ tool: 'confluent-cloud-api', command: API_COMMAND, format: 'json' })
  if (isApiKeyList(doc)) {
    const data = r.optArray(doc.data, jsonPath(ROOT, 'data')) ?? []
    data.forEach((item, i) => readApiKey(r, r.object(item, jsonPath(ROOT, 'data', i)), jsonPath(ROOT, 'data', i), out))
  } else {
    readApiKey(r, doc, ROOT, out)
  }
  if (out.keys.length > 0) out.warnings.push(BYOK_MEANS_CMK)
  return out
}

export const confluentByokDescribeParser: ConfigParser = {
  id: 'confluent.byok-describe',
  command: CLI_COMMAND,
  detect: isCliKey,
  parse: parseCli,
}

export const confluentCloudApiByokKeyParser: ConfigParser = {
  id: 'confluent.cloud-api.byok-key',
  command: API_COMMAND,
  detect: (json) => isApiKey(json) || isApiKeyList(json),
  parse: parseApi,
}

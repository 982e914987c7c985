// `gcloud kms keys describe KEY --keyring RING --location LOC --format=json`: one CryptoKey.
// Shape: googleapis/google-api-go-client@013bd7d92c4dc76d07f5e31509c65e65fca5e51d:cloudkms/v1/cloudkms-api.json
// (schemas CryptoKey, CryptoKeyVersion, CryptoKeyVersionTemplate); gcloud prints the API's JSON field names.
import { jsonPath, ROOT } from '../json-path'
import { emptyResult, isObject, JsonReader, SECONDS_PER_DAY, type JsonObject } from '../json-read'
import type { ConfigParser, ParseContext } from '../parser'
import type { ImportedKey, ParseResult } from '../result'
import { gcpKeyOrigin } from './key-origin'
import { parseCryptoKeyName } from './names'

const COMMAND = 'gcloud kms keys describe --format=json'

function detect(json: unknown): boolean {
  return (
    isObject(json) &&
    typeof json.name === 'string' &&
    parseCryptoKeyName(json.name) !== undefined &&
    ('purpose' in json || 'primary' in json || 'versionTemplate' in json)
  )
}

function parse(json: unknown, ctx: ParseContext): ParseResult {
  const r = new JsonReader(ctx.fileName)
  const doc = r.object(json, ROOT)
  const out = emptyResult({ tool: 'gcloud', command: COMMAND, format: 'json' })
  out.keys.push(readCryptoKey(r, doc, ROOT, out.warnings))
  return out
}

/** Reads one CryptoKey object found at `base`; also used for the items of `gcloud kms keys list`. */
export function readCryptoKey(r: JsonReader, key: JsonObject, base: string, warnings: string[]): ImportedKey {
  const name = r.string(key.name, jsonPath(base, 'name'))
  const parts = parseCryptoKeyName(name) ?? r.fail(jsonPath(base, 'name'), 'projects/…/cryptoKeys/… name', name)
  const purpose = r.optString(key.purpose, jsonPath(base, 'purpose'))
  const importOnly = r.optBool(key.importOnly, jsonPath(base, 'importOnly')) === true
  const primary = r.optObject(key.primary, jsonPath(base, 'primary'))
  const template = r.optObject(key.versionTemplate, jsonPath(base, 'versionTemplate'))
  const primaryPath = jsonPath(base, 'primary')

  // Key state lives on the primary version: a CryptoKey has no state of its own.
  const state = primary ? r.optString(primary.state, jsonPath(primaryPath, 'state')) : undefined
  const importJob = primary ? r.optString(primary.importJob, jsonPath(primaryPath, 'importJob')) : undefined
  const protectionLevel =
    (primary && r.optString(primary.protectionLevel, jsonPath(primaryPath, 'protectionLevel'))) ??
    (template && r.optString(template.protectionLevel, jsonPath(base, 'versionTemplate', 'protectionLevel')))
  const destroyTime = primary ? r.optTimestamp(primary.destroyTime, jsonPath(primaryPath, 'destroyTime')) : undefined

  const rotationSeconds = r.optDurationSeconds(key.rotationPeriod, jsonPath(base, 'rotationPeriod'))
  const nextAt = r.optTimestamp(key.nextRotationTime, jsonPath(base, 'nextRotationTime'))

  if (!primary) warnings.push(`${name} has no primary version, so its state is not known from this output.`)
  if (purpose && purpose !== 'ENCRYPT_DECRYPT') {
    warnings.push(`${name} has purpose ${purpose}; only ENCRYPT_DECRYPT keys can serve as CMEK for storage.`)
  }

  return {
    ref: name,
    region: parts.location,
    account: parts.project,
    provider: 'GCP',
    manager: 'CUSTOMER',
    origin: gcpKeyOrigin(protectionLevel, importOnly || importJob !== undefined),
    state,
    // Without rotationPeriod Cloud KMS never creates a new version by itself.
    rotation:
      rotationSeconds === undefined
        ? { enabled: false }
        : { enabled: true, periodDays: rotationSeconds / SECONDS_PER_DAY, ...(nextAt ? { nextAt } : {}) },
    ...(state === 'DESTROY_SCHEDULED' && destroyTime ? { deletionAt: destroyTime } : {}),
    path: base,
  }
}

export const gcloudKmsKeyParser: ConfigParser = { id: 'gcp.kms.keys-describe', command: COMMAND, detect, parse }

const LIST_COMMAND = 'gcloud kms keys list --format=json'

export const gcloudKmsKeyListParser: ConfigParser = {
  id: 'gcp.kms.keys-list',
  command: LIST_COMMAND,
  detect: (json) => Array.isArray(json) && json.length > 0 && json.every(detect),
  parse(json, ctx) {
    const r = new JsonReader(ctx.fileName)
    const items = r.optArray(json, ROOT) ?? r.fail(ROOT, 'an array of CryptoKeys', json)
    const out = emptyResult({ tool: 'gcloud', command: LIST_COMMAND, format: 'json' })
    items.forEach((item, i) =>
      out.keys.push(readCryptoKey(r, r.object(item, jsonPath(ROOT, i)), jsonPath(ROOT, i), out.warnings)),
    )
    return out
  },
}

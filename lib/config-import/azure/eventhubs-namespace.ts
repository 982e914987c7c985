// `az eventhubs namespace show -g RG -n NAME` (JSON is az's default output): one Event Hubs namespace.
// Shape: Azure/azure-cli@518bf9637c5c9a659db38b64492251aae4ece2be:src/azure-cli/azure/cli/command_modules/eventhubs/
// aaz/latest/eventhubs/namespace/_show.py (api-version 2024-05-01-preview). az flattens `properties` into the top
// level (client_flatten), so `encryption` sits beside `name`; the ARM REST body (`az rest`) keeps it under
// `properties`, and both are read.
import { jsonPath, ROOT } from '../json-path'
import { emptyResult, isObject, JsonReader, type JsonObject } from '../json-read'
import type { ConfigParser, ParseContext } from '../parser'
import type { ImportedLocation, ParseResult } from '../result'
import { CMK_CANNOT_REMOVE_NOTE, CMK_TIERS_NOTE, keyVaultKeyId, parseArmId } from './key-vault'

const COMMAND = 'az eventhubs namespace show'
const NAMESPACE_ID = /\/providers\/Microsoft\.EventHub\/namespaces\/[^/]+$/i

function detect(json: unknown): boolean {
  return isObject(json) && typeof json.id === 'string' && NAMESPACE_ID.test(json.id)
}

function readKeyIds(r: JsonReader, encryption: JsonObject, base: string): string[] {
  const list = r.optArray(encryption.keyVaultProperties, jsonPath(base, 'keyVaultProperties')) ?? []
  return list.flatMap((item, i) => {
    const at = jsonPath(base, 'keyVaultProperties', i)
    const props = r.object(item, at)
    const name = r.optString(props.keyName, jsonPath(at, 'keyName'))
    const uri = r.optString(props.keyVaultUri, jsonPath(at, 'keyVaultUri'))
    r.optString(props.keyVersion, jsonPath(at, 'keyVersion'))
    return name && uri ? [keyVaultKeyId(uri, name)] : []
  })
}

function parse(json: unknown, ctx: ParseContext): ParseResult {
  const r = new JsonReader(ctx.fileName)
  const doc = r.object(json, ROOT)
  const out = emptyResult({ tool: 'az', command: COMMAND, format: 'json' })

  const id = r.string(doc.id, jsonPath(ROOT, 'id'))
  const name = r.optString(doc.name, jsonPath(ROOT, 'name')) ?? id.split('/').pop()!
  const region = r.optString(doc.location, jsonPath(ROOT, 'location'))
  const sku = r.optObject(doc.sku, jsonPath(ROOT, 'sku'))
  const tier =
    sku &&
    (r.optString(sku.tier, jsonPath(ROOT, 'sku', 'tier')) ?? r.optString(sku.name, jsonPath(ROOT, 'sku', 'name')))
  const props = r.optObject(doc.properties, jsonPath(ROOT, 'properties'))
  const [encryption, encPath] =
    doc.encryption !== undefined && doc.encryption !== null
      ? [r.object(doc.encryption, jsonPath(ROOT, 'encryption')), jsonPath(ROOT, 'encryption')]
      : [
          props && r.optObject(props.encryption, jsonPath(ROOT, 'properties', 'encryption')),
          jsonPath(ROOT, 'properties', 'encryption'),
        ]

  const keySource = encryption && r.optString(encryption.keySource, jsonPath(encPath, 'keySource'))
  const keyIds = encryption ? readKeyIds(r, encryption, encPath) : []
  const double =
    encryption &&
    r.optBool(encryption.requireInfrastructureEncryption, jsonPath(encPath, 'requireInfrastructureEncryption'))

  const base = {
    ref: id,
    kind: 'MANAGED_STORAGE',
    name: `Event Hubs namespace ${name}`,
    ...(region ? { region } : {}),
    ...(parseArmId(id).subscription ? { account: parseArmId(id).subscription } : {}),
    provider: 'AZURE' as const,
    resourceType: 'Microsoft.EventHub/namespaces',
  }
  let location: ImportedLocation
  if (keySource?.toLowerCase() === 'microsoft.keyvault' && keyIds.length > 0) {
    const extra = keyIds.length > 1 ? ` ${keyIds.length} keys are listed for redundancy.` : ''
    const infra = double ? ' Infrastructure (double) encryption is required as well.' : ''
    location = {
      ...base,
      encryption: {
        state: 'ENCRYPTED',
        model: 'CUSTOMER_MANAGED',
        keyRef: keyIds[0],
        note:
          'encryption.keySource is Microsoft.KeyVault: a Key Vault key wraps the Microsoft-managed data key.' +
          `${extra}${infra}`,
      },
      keyChange: { mode: 'CANNOT_REMOVE', note: CMK_CANNOT_REMOVE_NOTE },
      path: jsonPath(encPath, 'keyVaultProperties', 0),
    }
    for (const keyId of keyIds) {
      out.unresolved.push({
        ref: keyId,
        why: 'The Key Vault key is only named here; import `az keyvault key show` for its state, expiry and rotation.',
      })
    }
  } else if (keySource) {
    out.warnings.push(`${jsonPath(encPath, 'keySource')} is ${keySource} but no Key Vault key is listed.`)
    location = {
      ...base,
      encryption: { state: 'ENCRYPTED', model: 'UNKNOWN', note: 'A key source is set without a usable Key Vault key.' },
      path: encPath,
    }
  } else {
    location = {
      ...base,
      encryption: {
        state: 'ENCRYPTED',
        model: 'PROVIDER_MANAGED',
        note:
          'No customer-managed key: Event Hubs stores data under Microsoft-managed keys.' +
          (tier ? ` Tier: ${tier}.` : ''),
      },
      keyChange: { mode: 'UNKNOWN', note: CMK_TIERS_NOTE },
      path: encryption ? encPath : ROOT,
    }
  }
  out.locations.push(location)
  return out
}

export const azEventHubsNamespaceParser: ConfigParser = {
  id: 'azure.eventhubs.namespace-show',
  command: COMMAND,
  detect,
  parse,
}

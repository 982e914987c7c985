// `confluent kafka cluster describe lkc-… -o json`: one Confluent Cloud cluster.
// Shape: confluentinc/cli@762b3ff77fbe46ecd64b574f4b9d55b5e98bd868:internal/kafka/command_cluster_describe.go
// (describeStruct: id, name, type, cloud, region, availability, status, byok_key_id, encryption_key_id, …) and
// test/fixtures/output/kafka/{18,31,37}.golden. Two traps in that code: the output filter names the field
// "ByokId" while the struct field is ByokKeyId, so byok_key_id is never printed; and getCmkByokId (internal/kafka/
// utils.go) only fills it for Dedicated clusters. Absence of a key id on Dedicated/Enterprise/Freight proves nothing.
import { jsonPath, ROOT } from '../json-path'
import { emptyResult, isObject, JsonReader } from '../json-read'
import type { ConfigParser, ParseContext } from '../parser'
import type { ImportedLocation, ParseResult } from '../result'
import { BASIC_STANDARD_NOTE, BYOK_MEANS_CMK, cloudProvider, MODE_FIXED_NOTE, SERVICES_NOT_COVERED } from './facts'

const COMMAND = 'confluent kafka cluster describe -o json'
const SELF_MANAGED_TYPES = ['DEDICATED', 'ENTERPRISE', 'FREIGHT']

function detect(json: unknown): boolean {
  return (
    isObject(json) &&
    typeof json.id === 'string' &&
    json.id.startsWith('lkc-') &&
    typeof json.type === 'string' &&
    'endpoint' in json
  )
}

function parse(json: unknown, ctx: ParseContext): ParseResult {
  const r = new JsonReader(ctx.fileName)
  const doc = r.object(json, ROOT)
  const out = emptyResult({ tool: 'confluent', command: COMMAND, format: 'json' })
  const id = r.string(doc.id, jsonPath(ROOT, 'id'))
  const name = r.optString(doc.name, jsonPath(ROOT, 'name')) ?? id
  const type = r.string(doc.type, jsonPath(ROOT, 'type')).toUpperCase()
  const cloud = r.optString(doc.cloud, jsonPath(ROOT, 'cloud'))
  const region = r.optString(doc.region, jsonPath(ROOT, 'region'))
  const byokId = r.optString(doc.byok_key_id, jsonPath(ROOT, 'byok_key_id'))
  const encryptionKey = r.optString(doc.encryption_key_id, jsonPath(ROOT, 'encryption_key_id'))

  let encryption: ImportedLocation['encryption']
  let path = jsonPath(ROOT, 'type')
  if (byokId || encryptionKey) {
    const keyRef = (byokId ?? encryptionKey)!
    path = jsonPath(ROOT, byokId ? 'byok_key_id' : 'encryption_key_id')
    encryption = { state: 'ENCRYPTED', model: 'CUSTOMER_MANAGED', keyRef, note: BYOK_MEANS_CMK }
    out.unresolved.push({
      ref: keyRef,
      why: byokId
        ? 'A Confluent key id; import `confluent byok describe` to learn which cloud KMS key it is.'
        : 'A legacy Dedicated-cluster key id; import the cloud KMS key’s description to learn its owner and state.',
    })
  } else if (type === 'BASIC' || type === 'STANDARD') {
    encryption = { state: 'ENCRYPTED', model: 'PROVIDER_MANAGED', note: BASIC_STANDARD_NOTE }
  } else {
    const why = SELF_MANAGED_TYPES.includes(type)
      ? 'The CLI does not print a self-managed key id for this cluster type even when one is set.'
      : `The CLI reports cluster type ${type}.`
    encryption = {
      state: 'ENCRYPTED',
      model: 'UNKNOWN',
      note: `${why} Import the cluster from Terraform state or \`confluent byok list\` to decide.`,
    }
  }

  out.locations.push({
    ref: id,
    kind: 'MANAGED_STORAGE',
    name: `Confluent Cloud ${type.toLowerCase()} cluster ${name}`,
    ...(region ? { region } : {}),
    provider: 'CONFLUENT',
    resourceType: `confluent:kafka-cluster:${type}`,
    encryption,
    keyChange: { mode: 'REPLACEMENT', note: MODE_FIXED_NOTE },
    path,
  })
  if (cloud && cloudProvider(cloud) === 'OTHER')
    out.warnings.push(`${jsonPath(ROOT, 'cloud')} is ${cloud}, not AWS, Azure or GCP.`)
  out.warnings.push(SERVICES_NOT_COVERED)
  return out
}

export const confluentKafkaClusterDescribeParser: ConfigParser = {
  id: 'confluent.kafka-cluster-describe',
  command: COMMAND,
  detect,
  parse,
}

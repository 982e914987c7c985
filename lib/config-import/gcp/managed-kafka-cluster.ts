// `gcloud managed-kafka clusters describe CLUSTER --location LOC --format=json`: one Cluster.
// Shape: googleapis/google-api-go-client@04a71c7d8276b454c8cca4e38bf80532e918fdfa:managedkafka/v1/managedkafka-api.json
// (schemas Cluster, GcpConfig, CapacityConfig). Cluster.name is projects/{project_number}/…; GcpConfig.kmsKey is
// "Optional. Immutable" and names the key with the project the user typed, usually its id.
import { jsonPath, ROOT } from '../json-path'
import { emptyResult, isObject, JsonReader } from '../json-read'
import type { ConfigParser, ParseContext } from '../parser'
import type { ImportedLocation, ParseResult } from '../result'
import { isProjectNumber, parseCryptoKeyName, parseKafkaClusterName } from './names'

const COMMAND = 'gcloud managed-kafka clusters describe --format=json'
const GIB = 1024 ** 3

export const KMS_KEY_IMMUTABLE_NOTE =
  'The CMEK of a Managed Kafka cluster is set at creation and cannot be changed; a new key means a new cluster ' +
  '(facts G15).'

function detect(json: unknown): boolean {
  return (
    isObject(json) &&
    typeof json.name === 'string' &&
    parseKafkaClusterName(json.name) !== undefined &&
    ('gcpConfig' in json || 'capacityConfig' in json)
  )
}

function parse(json: unknown, ctx: ParseContext): ParseResult {
  const r = new JsonReader(ctx.fileName)
  const doc = r.object(json, ROOT)
  const out = emptyResult({ tool: 'gcloud', command: COMMAND, format: 'json' })

  const namePath = jsonPath(ROOT, 'name')
  const name = r.string(doc.name, namePath)
  const parts = parseKafkaClusterName(name) ?? r.fail(namePath, 'projects/…/locations/…/clusters/… name', name)
  const gcp = r.optObject(doc.gcpConfig, jsonPath(ROOT, 'gcpConfig'))
  const kmsKeyPath = jsonPath(ROOT, 'gcpConfig', 'kmsKey')
  const kmsKey = gcp ? r.optString(gcp.kmsKey, kmsKeyPath) : undefined
  const capacity = r.optObject(doc.capacityConfig, jsonPath(ROOT, 'capacityConfig'))
  const vcpu = capacity && r.optInt64(capacity.vcpuCount, jsonPath(ROOT, 'capacityConfig', 'vcpuCount'))
  const memory = capacity && r.optInt64(capacity.memoryBytes, jsonPath(ROOT, 'capacityConfig', 'memoryBytes'))
  const size = vcpu && memory ? ` (${vcpu} vCPU, ${+(memory / GIB).toFixed(1)} GiB)` : ''

  const location: ImportedLocation = {
    ref: name,
    kind: 'MANAGED_STORAGE',
    name: `Managed Kafka cluster ${parts.cluster}${size}: broker disks and tiered storage`,
    region: parts.location,
    account: parts.project,
    provider: 'GCP',
    resourceType: 'managedkafka.googleapis.com/Cluster',
    encryption: kmsKey
      ? {
          state: 'ENCRYPTED',
          model: 'CUSTOMER_MANAGED',
          keyRef: kmsKey,
          note: 'gcpConfig.kmsKey names a Cloud KMS key (CMEK) that wraps the keys of broker disks and tiered storage.',
        }
      : {
          state: 'ENCRYPTED',
          model: 'PROVIDER_OWNED',
          note: 'No gcpConfig.kmsKey: the cluster uses Google-owned, Google-managed keys (the default).',
        },
    keyChange: { mode: 'REPLACEMENT', note: KMS_KEY_IMMUTABLE_NOTE },
    path: kmsKey ? kmsKeyPath : ROOT,
  }
  out.locations.push(location)

  if (kmsKey) {
    const key = parseCryptoKeyName(kmsKey)
    if (!key) out.warnings.push(`${kmsKeyPath} is not a projects/…/cryptoKeys/… key name.`)
    out.unresolved.push({
      ref: kmsKey,
      why:
        'The key is only named here; import `gcloud kms keys describe` for its state, rotation and ' +
        'protection level.',
    })
    if (key && key.project !== parts.project) {
      const kind = (p: string) => (isProjectNumber(p) ? 'a project number' : 'a project id')
      out.warnings.push(
        `The cluster name uses project ${parts.project} (${kind(parts.project)}) and its key uses project ` +
          `${key.project} (${kind(key.project)}); Keyproof records both and does not assume they are the same ` +
          'project. Joining them needs the project number-to-id mapping (`gcloud projects describe`).',
      )
    }
  }
  return out
}

export const gcloudManagedKafkaClusterParser: ConfigParser = {
  id: 'gcp.managed-kafka.clusters-describe',
  command: COMMAND,
  detect,
  parse,
}

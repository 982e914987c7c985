// The key register as a CycloneDX 1.6 cryptography BOM: each key a `cryptographic-asset` of asset type
// `related-crypto-material`, each documented algorithm an `algorithm` asset, each storage location a
// `data` component (1.6 defines `data` as "a collection of discrete values that convey information";
// `platform` means a runtime that executes software, which a bucket or a topic is not), and a dependency
// from every location on the key that protects it and from every key on its algorithm.
// Field names: CycloneDX 1.6 JSON schema, @cyclonedx/cyclonedx-library@10.3.0 res/schema/bom-1.6.SNAPSHOT.schema.json
// (definitions component, cryptoProperties, securedBy, componentData, dependency, property).
import { algorithmOf, securedByMechanism, type KnownAlgorithm } from './cbom-algorithms'
import type { ExportKey, ExportLocation, ReviewExport } from './review-export'
import { exportUuid } from './uuid-v5'

type Json = Record<string, unknown>
type Property = { name: string; value: string }

const byId = <T extends { id: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

/** Properties use the `keyproof:` prefix, as the CycloneDX property taxonomy asks of unregistered names. */
function property(name: string, value: string | number | boolean | null | undefined): Property[] {
  if (value === null || value === undefined || String(value).trim() === '') return []
  return [{ name: `keyproof:${name}`, value: String(value) }]
}

export const keyBomRef = (id: string) => `key:${id}`
export const locationBomRef = (id: string) => `location:${id}`
export const algorithmBomRef = (algorithm: KnownAlgorithm) => `algorithm:${algorithm.name.toLowerCase()}`

const iso = (value: string) => new Date(value).toISOString()

function algorithmComponent(algorithm: KnownAlgorithm): Json {
  return {
    type: 'cryptographic-asset',
    'bom-ref': algorithmBomRef(algorithm),
    name: algorithm.name,
    cryptoProperties: {
      assetType: 'algorithm',
      algorithmProperties: {
        primitive: algorithm.primitive,
        parameterSetIdentifier: algorithm.parameterSetIdentifier,
        mode: algorithm.mode,
        cryptoFunctions: ['encrypt', 'decrypt'],
        classicalSecurityLevel: algorithm.classicalSecurityLevel,
      },
      oid: algorithm.oid,
    },
    properties: property('source', algorithm.source),
  }
}

function keyComponent(key: ExportKey): Json {
  const algorithm = algorithmOf(key)
  const mechanism = securedByMechanism(key)
  const material = {
    // A documented symmetric algorithm makes it a secret key; otherwise only "key" is known.
    type: algorithm ? 'secret-key' : 'key',
    id: key.keyRef,
    ...(key.state ? { state: key.state } : {}),
    ...(algorithm ? { algorithmRef: algorithmBomRef(algorithm), size: algorithm.sizeBits } : {}),
    ...(key.createdAt ? { creationDate: iso(key.createdAt) } : {}),
    ...(mechanism ? { securedBy: { mechanism } } : {}),
  }
  return {
    type: 'cryptographic-asset',
    'bom-ref': keyBomRef(key.id),
    name: key.alias || key.keyRef,
    description: `${key.ownership} key in ${key.service}, administered by ${key.administeredBy || 'an unnamed party'}.`,
    cryptoProperties: { assetType: 'related-crypto-material', relatedCryptoMaterialProperties: material },
    properties: [
      ...property('key-service', key.service),
      ...property('key-spec', key.keySpec),
      ...property('key-ownership', key.ownership),
      ...property('administered-by', key.administeredBy),
      ...property('rotation', key.rotation),
      ...property('rotation-period-days', key.rotationPeriodDays),
      ...property('rotation-validated-at', key.rotationValidatedAt && iso(key.rotationValidatedAt)),
    ],
  }
}

function locationComponent(data: ReviewExport, location: ExportLocation): Json {
  const account = data.cloudAccounts.find((a) => a.id === location.cloudAccountId)
  return {
    type: 'data',
    'bom-ref': locationBomRef(location.id),
    name: location.name,
    data: [
      {
        type: 'dataset',
        name: location.name,
        classification: data.review.dataClassification,
        description: `Holds ${location.holds.join(', ').toLowerCase() || 'unspecified data'}.`,
      },
    ],
    properties: [
      ...property('location-kind', location.kind),
      ...property('resource-ref', location.resourceRef),
      ...property('region', location.region),
      ...property('encryption', location.encryption),
      ...property('in-scope', location.inScope),
      ...property('exclusion-reason', location.exclusionReason),
      ...property('cloud-account', account?.accountRef),
      ...property('controlled-by', account?.controlledBy),
    ],
  }
}

/**
 * The CBOM of one review. Its serial number is a v5 UUID of the review and `generatedAt`: every export
 * is a new BOM (CycloneDX asks for a unique serial per generated BOM) and the same input gives the same bytes.
 */
export function buildCbom(data: ReviewExport): Json {
  const keys = byId(data.keys)
  const locations = byId(data.locations)
  const algorithms = new Map<string, KnownAlgorithm>()
  for (const key of keys) {
    const algorithm = algorithmOf(key)
    if (algorithm) algorithms.set(algorithmBomRef(algorithm), algorithm)
  }
  const sortedAlgorithms = [...algorithms.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, alg]) => alg)
  const keyIds = new Set(keys.map((key) => key.id))
  const dependencies = [
    ...locations.map((location) => ({
      ref: locationBomRef(location.id),
      dependsOn: location.keyId && keyIds.has(location.keyId) ? [keyBomRef(location.keyId)] : [],
    })),
    ...keys.map((key) => {
      const algorithm = algorithmOf(key)
      return { ref: keyBomRef(key.id), dependsOn: algorithm ? [algorithmBomRef(algorithm)] : [] }
    }),
  ]
  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${exportUuid(data.review.id, 'cbom', iso(data.generatedAt))}`,
    version: 1,
    metadata: {
      timestamp: iso(data.generatedAt),
      tools: { components: [{ type: 'application', name: 'Keyproof', description: 'Key-ownership readiness review' }] },
      component: { type: 'application', 'bom-ref': 'platform', name: data.review.platform },
      properties: [
        ...property('organization', data.organization.name),
        ...property('review-id', data.review.id),
        ...property('review-title', data.review.title),
        ...property('deployment-model', data.review.deploymentModel),
        ...property('key-requirement', data.review.keyRequirement),
      ],
    },
    components: [
      ...sortedAlgorithms.map(algorithmComponent),
      ...keys.map(keyComponent),
      ...locations.map((location) => locationComponent(data, location)),
    ],
    dependencies: [
      { ref: 'platform', dependsOn: locations.map((location) => locationBomRef(location.id)) },
      ...dependencies,
    ],
  }
}

// Google Cloud resource names: projects/{project}/locations/{location}/… . The project segment is an id in
// some names (Cloud KMS keys as users type them) and a number in others (Managed Kafka clusters).
const CRYPTO_KEY = /^projects\/([^/]+)\/locations\/([^/]+)\/keyRings\/([^/]+)\/cryptoKeys\/([^/]+)$/
const CRYPTO_KEY_VERSION =
  /^(projects\/[^/]+\/locations\/[^/]+\/keyRings\/[^/]+\/cryptoKeys\/[^/]+)\/cryptoKeyVersions\/[^/]+$/
const KAFKA_CLUSTER = /^projects\/([^/]+)\/locations\/([^/]+)\/clusters\/([^/]+)$/

export interface CryptoKeyName {
  project: string
  location: string
  keyRing: string
  key: string
}

export function parseCryptoKeyName(name: string): CryptoKeyName | undefined {
  const m = CRYPTO_KEY.exec(name)
  return m ? { project: m[1], location: m[2], keyRing: m[3], key: m[4] } : undefined
}

/** The key a version belongs to; a key name is returned unchanged. */
export function cryptoKeyOf(name: string): string {
  return CRYPTO_KEY_VERSION.exec(name)?.[1] ?? name
}

export function parseKafkaClusterName(
  name: string,
): { project: string; location: string; cluster: string } | undefined {
  const m = KAFKA_CLUSTER.exec(name)
  return m ? { project: m[1], location: m[2], cluster: m[3] } : undefined
}

export const isProjectNumber = (project: string) => /^\d+$/.test(project)

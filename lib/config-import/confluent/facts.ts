// What Confluent's words mean in Keyproof's, shared by the CLI, Cloud API and Terraform parsers.
import { withoutKeyVersion } from '../azure/key-vault'
import { cryptoKeyOf } from '../gcp/names'
import type { ImportedKey } from '../result'

type ConfigProvider = ImportedKey['provider']

export const BYOK_MEANS_CMK =
  'Confluent calls this BYOK, but it is a customer-managed key in your own KMS, not imported key material ' +
  '(Confluent does not support importing key material, facts G7).'

export const MODE_FIXED_NOTE =
  'A Confluent Cloud cluster’s encryption mode (Automatic or self-managed key) is chosen at provisioning and ' +
  'cannot be switched; a different key means a new cluster (facts G6).'

export const BASIC_STANDARD_NOTE =
  'Basic and Standard clusters offer only Confluent-managed (Automatic) encryption; self-managed keys need ' +
  'Dedicated, Enterprise or Freight (facts G6).'

export const SERVICES_NOT_COVERED =
  'Confluent Schema Registry, ksqlDB, Flink and managed connectors keep their own storage; no source says the ' +
  'cluster key covers it, so Keyproof claims no coverage for them (facts G8).'

export const KEY_VALIDATION_NOTE = (phase: string, message?: string) =>
  `Confluent reports the key validation phase ${phase}${message ? `: ${message}` : ''}.`

export function cloudProvider(cloud: string | undefined): ConfigProvider {
  switch (cloud?.toUpperCase()) {
    case 'AWS':
      return 'AWS'
    case 'AZURE':
      return 'AZURE'
    case 'GCP':
      return 'GCP'
    default:
      return 'OTHER'
  }
}

/** The cloud key's canonical id: GCP versions and Azure key versions are stripped so rotation keeps the id. */
export function cloudKeyRef(provider: ConfigProvider, key: string): string {
  if (provider === 'GCP') return cryptoKeyOf(key)
  if (provider === 'AZURE') return withoutKeyVersion(key)
  return key
}

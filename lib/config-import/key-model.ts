// What a key's facts mean for a location it protects: who manages the key and where its material comes from
// decide the encryption model. Provider-neutral: any parser's keys use the same manager/origin vocabulary.
import type { ImportedKey, ImportedLocation } from './result'

type Model = ImportedLocation['encryption']['model']

export function modelFromKey(key: Pick<ImportedKey, 'manager' | 'origin'>): { model: Model; says: string } {
  if (key.manager === 'PROVIDER') return { model: 'PROVIDER_MANAGED', says: 'a provider-managed key' }
  if (key.manager !== 'CUSTOMER') return { model: 'UNKNOWN', says: 'a key whose manager is unknown' }
  switch (key.origin) {
    case 'IMPORTED':
      return { model: 'BYOK', says: 'a customer managed key with imported material (BYOK)' }
    case 'EXTERNAL_KEY_MANAGER':
      return { model: 'HYOK', says: 'a customer managed key held in an external key manager (HYOK)' }
    case 'HSM_CUSTOM_STORE':
      return {
        model: 'CUSTOMER_MANAGED',
        says:
          "a customer managed key whose material is in the customer's HSM-backed custom key store (counted " +
          'as CUSTOMER_MANAGED)',
      }
    default:
      return { model: 'CUSTOMER_MANAGED', says: 'a customer managed key' }
  }
}

/** Identity of a non-AWS key reference: GCP key versions and Azure key versions name their key. */
export function foreignKeyIdentity(ref: string): string {
  const gcp = /^(.*\/cryptoKeys\/[^/]+)\/cryptoKeyVersions\/[^/]+$/.exec(ref)
  if (gcp) return gcp[1]
  const azure = /^(https:\/\/[^/]+\/keys\/[^/]+)(?:\/[0-9a-f]{32})?\/?$/i.exec(ref)
  return azure ? azure[1].toLowerCase() : ref
}

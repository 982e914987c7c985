// Where a Cloud KMS key's material comes from, in Keyproof's words. Shared by the gcloud and Terraform parsers.
// ProtectionLevel values from the Cloud KMS discovery document (CryptoKeyVersion.protectionLevel).
import type { ImportedKey } from '../result'

const EXTERNAL_PROTECTION_LEVELS = ['EXTERNAL', 'EXTERNAL_VPC']

export function gcpKeyOrigin(protectionLevel: string | undefined, imported: boolean): ImportedKey['origin'] {
  // An external key never has imported material, so the protection level decides first.
  if (protectionLevel && EXTERNAL_PROTECTION_LEVELS.includes(protectionLevel)) return 'EXTERNAL_KEY_MANAGER'
  if (imported) return 'IMPORTED'
  if (protectionLevel === 'HSM_SINGLE_TENANT') return 'HSM_CUSTOM_STORE'
  if (protectionLevel === 'SOFTWARE' || protectionLevel === 'HSM') return 'PROVIDER_GENERATED'
  return undefined
}

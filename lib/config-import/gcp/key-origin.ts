// Where a Cloud KMS key's material comes from, in Keyproof's words. Shared by the gcloud and Terraform parsers.
// ProtectionLevel values: googleapis/google-api-go-client@013bd7d92c4dc76d07f5e31509c65e65fca5e51d:cloudkms/v1/
// cloudkms-api.json (CryptoKeyVersion.protectionLevel: SOFTWARE, HSM, EXTERNAL, EXTERNAL_VPC, HSM_SINGLE_TENANT).
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

// The key model that actually protects a location, on the strength scale of enums.ts.
import { weakerOf, type Encryption, type KeyOwnership, type KeyStrength } from './enums'

const ENCRYPTIONS_NEEDING_A_KEY: ReadonlySet<Encryption> = new Set<Encryption>([
  'CUSTOMER_MANAGED',
  'BYOK',
  'EXTERNAL',
  'CLIENT_SIDE',
])

/** True when the encryption model only holds if a key from the register is mapped. */
export function encryptionNeedsKey(encryption: Encryption): boolean {
  return ENCRYPTIONS_NEEDING_A_KEY.has(encryption)
}

/**
 * The effective model: the location's declared encryption, capped by its key's ownership when
 * a key is mapped (a CUSTOMER_MANAGED location on a provider-managed key is provider-managed).
 * CLIENT_SIDE is judged by its key alone. Null when it cannot be judged (UNKNOWN, or
 * CLIENT_SIDE without a key).
 */
export function effectiveKeyModel(encryption: Encryption, keyOwnership: KeyOwnership | null): KeyStrength | null {
  if (encryption === 'UNKNOWN') return null
  if (encryption === 'NONE') return 'NONE'
  if (encryption === 'CLIENT_SIDE') return keyOwnership
  return keyOwnership ? weakerOf(encryption, keyOwnership) : encryption
}

// Fingerprints of what a sign-off (or decision) vouched for, by canonical JSON version. A stored fingerprint
// is only ever compared with one computed under the version it records, so upgrading the canonical form
// never makes an existing sign-off stale. Pure.
import { createHash } from 'node:crypto'
import { HASH_VERSION, canonicalJson, isHashVersion, type HashVersion } from './canonical'

export const fingerprint = (value: unknown, version: HashVersion = HASH_VERSION) =>
  createHash('sha256').update(canonicalJson(value, version)).digest('hex')

/** Whether `signed` still matches `value`; `current` is value's fingerprint under HASH_VERSION, if already known. */
export function isFingerprintCurrent(
  signed: { fingerprint: string; hashVersion: number },
  value: unknown,
  current?: string,
): boolean {
  if (!isHashVersion(signed.hashVersion)) return false
  if (signed.hashVersion === HASH_VERSION) return signed.fingerprint === (current ?? fingerprint(value))
  return signed.fingerprint === fingerprint(value, signed.hashVersion)
}

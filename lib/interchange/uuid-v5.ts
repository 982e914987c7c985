// Name-based UUIDs (RFC 9562 section 5.5, version 5: SHA-1), so a review exported twice gets the same
// document, observation and finding UUIDs, and a GRC platform sees updates instead of new records.
import { createHash } from 'node:crypto'

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** RFC 9562 appendix: the namespace for names that are URLs. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8'

export function uuidV5(name: string, namespace: string): string {
  if (!UUID_PATTERN.test(namespace)) throw new Error(`Not a UUID namespace: ${namespace}`)
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest()
  const bytes = hash.subarray(0, 16)
  bytes[6] = (bytes[6] & 0x0f) | 0x50
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** Keyproof's own namespace: the v5 UUID of its name under the URL namespace. */
export const KEYPROOF_NAMESPACE = uuidV5('urn:keyproof', URL_NAMESPACE)

/** The UUID of one item of one review's export; `kind` keeps an evidence id and a finding id apart. */
export function exportUuid(reviewId: string, kind: string, itemId: string): string {
  return uuidV5(`${reviewId}/${kind}/${itemId}`, KEYPROOF_NAMESPACE)
}

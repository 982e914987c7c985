// One spelling per resource and key reference, so an import finds the row a person typed or an earlier import
// wrote: whitespace and trailing slashes dropped, Azure ids (case-insensitive) lower-cased, an AWS KMS key as
// its key ARN, a GCP or Azure key without its version.
import { kmsKeyRef, parseKmsRef } from './aws/kms-ref'
import { foreignKeyIdentity } from './key-model'

const CASE_INSENSITIVE = /^(\/subscriptions\/|https:\/\/[^/]+\.vault\.azure\.net\/)/i

export function normalizeRef(ref: string): string {
  const r = ref.trim().replace(/\/+$/, '')
  return CASE_INSENSITIVE.test(r) ? r.toLowerCase() : r
}

export function normalizeKeyRef(ref: string): string {
  const r = ref.trim()
  const aws = parseKmsRef(r)
  if (aws?.kind === 'key') return kmsKeyRef(aws)
  return aws ? r : normalizeRef(foreignKeyIdentity(r))
}

/**
 * The one existing key an imported key reference names: the same normalized reference, else (AWS) the only
 * key with that key id whose Region and account, where written, agree. Undefined when none or several match.
 */
export function matchKeyRef<T extends { keyRef: string }>(keys: readonly T[], ref: string): T | undefined {
  const want = normalizeKeyRef(ref)
  const exact = keys.filter((k) => normalizeKeyRef(k.keyRef) === want)
  if (exact.length === 1) return exact[0]
  if (exact.length > 1) return undefined
  const target = parseKmsRef(want)
  if (target?.kind !== 'key') return undefined
  const near = keys.filter((k) => {
    const have = parseKmsRef(k.keyRef.trim())
    return (
      have?.kind === 'key' &&
      have.id === target.id &&
      (!have.region || !target.region || have.region === target.region) &&
      (!have.account || !target.account || have.account === target.account)
    )
  })
  return near.length === 1 ? near[0] : undefined
}

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
 * Finds the one existing key an imported key reference names: the same normalized reference, else (AWS) the only
 * key with that key id whose Region and account, where written, agree. None when none or several match.
 */
export class KeyMatcher<T extends { keyRef: string }> {
  private readonly byRef = new Map<string, T[]>()
  private readonly byAwsId = new Map<string, { key: T; region?: string; account?: string }[]>()

  constructor(keys: readonly T[]) {
    for (const key of keys) {
      const ref = normalizeKeyRef(key.keyRef)
      this.byRef.set(ref, [...(this.byRef.get(ref) ?? []), key])
      const aws = parseKmsRef(key.keyRef.trim())
      if (aws?.kind === 'key')
        this.byAwsId.set(aws.id, [
          ...(this.byAwsId.get(aws.id) ?? []),
          { key, region: aws.region, account: aws.account },
        ])
    }
  }

  match(ref: string): T | undefined {
    const want = normalizeKeyRef(ref)
    const exact = this.byRef.get(want) ?? []
    if (exact.length) return exact.length === 1 ? exact[0] : undefined
    const target = parseKmsRef(want)
    if (target?.kind !== 'key') return undefined
    const near = (this.byAwsId.get(target.id) ?? []).filter(
      (h) =>
        (!h.region || !target.region || h.region === target.region) &&
        (!h.account || !target.account || h.account === target.account),
    )
    return near.length === 1 ? near[0].key : undefined
  }
}

export const matchKeyRef = <T extends { keyRef: string }>(keys: readonly T[], ref: string) =>
  new KeyMatcher(keys).match(ref)

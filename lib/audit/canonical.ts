// Canonical JSON behind every hash and signature, by version. Version 1 is the original home-made form,
// frozen so that rows hashed with it still verify; version 2 is RFC 8785 (JCS) through the `canonicalize`
// package, which any third party can reproduce with a standard library. Every stored hash records its version.
import canonicalize from 'canonicalize'

export const HASH_VERSIONS = [1, 2] as const
export type HashVersion = (typeof HASH_VERSIONS)[number]
/** The version new hashes, fingerprints and manifests are written with. */
export const HASH_VERSION = 2 satisfies HashVersion
export const CANONICALIZATION = { 1: 'keyproof-v1', 2: 'JCS' } as const satisfies Record<HashVersion, string>

export const isHashVersion = (v: unknown): v is HashVersion => HASH_VERSIONS.includes(v as HashVersion)

/** The bytes (as a string) that are hashed or signed for `value` under `version`. */
export function canonicalJson(value: unknown, version: HashVersion = HASH_VERSION): string {
  if (version === 1) return canonicalJsonV1(value)
  if (version === 2) return canonicalJcs(value)
  throw new Error(`Unknown hash version ${String(version)}.`)
}

/**
 * Version 1, frozen: keys sorted at every depth, no whitespace, dates as ISO strings, undefined dropped,
 * then JSON.stringify — which puts integer-like keys first ({"1":…,"10":…,"":…}), unlike RFC 8785.
 */
export function canonicalJsonV1(value: unknown): string {
  return JSON.stringify(normalizeV1(value))
}

function normalizeV1(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(normalizeV1)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key]
      if (v !== undefined) out[key] = normalizeV1(v)
    }
    return out
  }
  return value
}

/**
 * Version 2, RFC 8785: properties sorted by UTF-16 code units, ECMAScript number serialization, minimal
 * string escaping. JCS has no dates, so a Date becomes its ISO string first (an invalid one throws).
 * NaN, Infinity and lone surrogates throw: they have no JCS form.
 */
export function canonicalJcs(value: unknown): string {
  const text = canonicalize(toJsonValue(value))
  if (text === undefined) throw new Error('A value with no JSON form (undefined, a function) cannot be hashed.')
  return text
}

// As JSON.stringify would see it: toJSON() applied, undefined and functions dropped from objects, null in arrays.
function toJsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map((v) => (hasNoJson(v) ? null : toJsonValue(v)))
  if (value && typeof value === 'object') {
    if (typeof (value as { toJSON?: unknown }).toJSON === 'function')
      return toJsonValue((value as { toJSON: () => unknown }).toJSON())
    const out: Record<string, unknown> = {}
    for (const [key, v] of Object.entries(value)) if (!hasNoJson(v)) out[key] = toJsonValue(v)
    return out
  }
  return value
}

const hasNoJson = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol'

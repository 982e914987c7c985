// The algorithm behind a key, where its key service documents it. A key whose service or key spec is
// not listed gets no algorithm in the CBOM rather than a guess.
import type { ExportKey } from './review-export'

export interface KnownAlgorithm {
  /** Stable bom-ref suffix and display name. */
  name: string
  /** CycloneDX 1.6 `algorithmProperties.primitive`. */
  primitive: 'ae' | 'block-cipher'
  mode: 'gcm'
  parameterSetIdentifier: string
  sizeBits: number
  classicalSecurityLevel: number
  /** id-aes256-GCM, NIST CSOR (joint-iso-itu-t 2.16.840.1.101.3.4.1.46). */
  oid: string
  source: string
}

const AES_256_GCM: Omit<KnownAlgorithm, 'source'> = {
  name: 'AES-256-GCM',
  primitive: 'ae',
  mode: 'gcm',
  parameterSetIdentifier: '256',
  sizeBits: 256,
  classicalSecurityLevel: 256,
  oid: '2.16.840.1.101.3.4.1.46',
}

const BY_SPEC: Record<string, KnownAlgorithm> = {
  // "SYMMETRIC_DEFAULT creates a KMS key with a 256-bit AES-GCM key ... except in China Regions" (SM4 there).
  'AWS_KMS:SYMMETRIC_DEFAULT': {
    ...AES_256_GCM,
    source: 'https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html',
  },
}

export function algorithmOf(key: Pick<ExportKey, 'service' | 'keySpec' | 'keyRef'>): KnownAlgorithm | null {
  if (!key.keySpec) return null
  if (key.service === 'AWS_KMS' && key.keyRef.startsWith('arn:aws-cn:')) return null
  return BY_SPEC[`${key.service}:${key.keySpec}`] ?? null
}

/**
 * How the key material is held, in CycloneDX `securedBy.mechanism` words. AWS KMS keeps customer keys
 * in its HSMs (https://docs.aws.amazon.com/kms/latest/developerguide/kms-internals.html); an HSM is one.
 * External (XKS/HYOK) keys and other services depend on settings the export does not carry.
 */
export function securedByMechanism(key: Pick<ExportKey, 'service' | 'ownership'>): string | null {
  if (key.service === 'HSM') return 'HSM'
  if (key.service === 'AWS_KMS' && key.ownership !== 'EXTERNAL') return 'HSM'
  return null
}

import 'server-only'
// Ed25519 keys derived from AUTH_SECRET (HKDF-SHA256, one `purpose` per key), so every app instance signs
// with the same keys and nothing extra is stored; rotating AUTH_SECRET rotates them. The key id is the
// SHA-256 (hex) of the public key's SPKI DER, so anyone holding the PEM can recompute it.
import { createHash, createPrivateKey, createPublicKey, hkdfSync, sign } from 'node:crypto'
import { authSecret } from '@/lib/auth/secret'

export interface DerivedSigner {
  keyId: string
  publicKeyPem: string
  sign: (data: Uint8Array) => Uint8Array
}

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex')
const cache = new Map<string, DerivedSigner>()

export function derivedSigner(purpose: string): DerivedSigner {
  const secret = authSecret() // refuses to sign with the development secret in production
  const cached = cache.get(purpose)
  if (cached) return cached
  const seed = Buffer.from(hkdfSync('sha256', secret, 'keyproof', purpose, 32))
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  })
  const publicKey = createPublicKey(privateKey)
  const signer: DerivedSigner = {
    keyId: createHash('sha256')
      .update(publicKey.export({ type: 'spki', format: 'der' }))
      .digest('hex'),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: (data) => sign(null, data, privateKey),
  }
  cache.set(purpose, signer)
  return signer
}

/** The key that signs audit-chain checkpoints: its own key, so a checkpoint signature never passes for a pack's. */
export const checkpointSigner = () => derivedSigner('audit-checkpoint-signing-key/v1')

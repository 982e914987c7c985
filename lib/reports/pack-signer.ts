import 'server-only'
// The deployment's Ed25519 key that signs evidence-pack manifests. It is derived from AUTH_SECRET (HKDF),
// so every app instance signs with the same key and nothing extra is stored; rotating AUTH_SECRET rotates it.
// Its key id is shown with every pack so a verifier can pin it (`npm run verify-pack -- pack.zip --key <id>`).
import { createHash, createPrivateKey, createPublicKey, hkdfSync, sign } from 'node:crypto'
import { authSecret } from '@/lib/auth/secret'
import type { PackSigner } from './evidence-pack'

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex')

let cached: PackSigner | undefined
export function packSigner(): PackSigner {
  if (cached) return cached
  const secret = authSecret()
  const seed = Buffer.from(hkdfSync('sha256', secret, 'keyproof', 'evidence-pack-signing-key/v1', 32))
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  })
  const publicKey = createPublicKey(privateKey)
  const keyId = createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
  cached = {
    keyId,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: (data) => sign(null, data, privateKey),
  }
  return cached
}

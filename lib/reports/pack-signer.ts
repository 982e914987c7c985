import 'server-only'
// The deployment's Ed25519 key that signs evidence-pack manifests, derived from AUTH_SECRET (lib/audit/derived-key).
// Its key id is shown with every pack so a verifier can pin it (`npm run verify-pack -- pack.zip --key <id>`).
import { derivedSigner } from '@/lib/audit/derived-key'
import type { PackSigner } from './evidence-pack'

export const packSigner = (): PackSigner => derivedSigner('evidence-pack-signing-key/v1')

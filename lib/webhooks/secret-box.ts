// Webhook signing secrets at rest: AES-256-GCM under a key derived from AUTH_SECRET (HKDF), so a database dump
// alone cannot forge deliveries. Rotating AUTH_SECRET makes stored secrets unreadable: endpoints must then be
// registered again (their deliveries fail with a clear error meanwhile).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { authSecret } from '@/lib/auth/secret'

const VERSION = 'v1'
const key = () => Buffer.from(hkdfSync('sha256', authSecret(), 'keyproof', 'webhook-secret-key/v1', 32))

/** A new Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`

export function sealSecret(secret: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key(), iv)
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
  return [VERSION, iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64')))
    .join(':')
}

export function openSecret(sealed: string): string {
  const [version, iv, tag, data] = sealed.split(':')
  if (version !== VERSION || !iv || !tag || !data) throw new Error('Unknown webhook secret format.')
  const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64'))
  decipher.setAuthTag(Buffer.from(tag, 'base64'))
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8')
}

// The SMTP transport (nodemailer), from SMTP_URL, e.g. smtp://user:pass@mail.internal:587 or smtps://…:465.
// Without SMTP_URL no email is sent and notifications stay in the in-app inbox only.
import nodemailer, { type Transporter } from 'nodemailer'

let cached: { url: string; transport: Transporter } | undefined

export function mailTransport(env: Record<string, string | undefined> = process.env): Transporter | null {
  const url = env.SMTP_URL
  if (!url) return null
  if (cached?.url !== url) {
    cached?.transport.close()
    cached = { url, transport: nodemailer.createTransport(url) }
  }
  return cached.transport
}

/** The sender when the organization has configured none: SMTP_FROM, else a local placeholder. */
export function deploymentSender(env: Record<string, string | undefined> = process.env) {
  return env.SMTP_FROM || 'Keyproof <keyproof@localhost>'
}

/** The public URL links in emails point at. */
export const appUrl = (env: Record<string, string | undefined> = process.env) =>
  env.KEYPROOF_APP_URL || env.NEXTAUTH_URL || 'http://localhost:3000'

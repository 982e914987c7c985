import 'server-only'
// The organization's sender for notification email (admins). The SMTP server is deployment configuration
// (SMTP_URL); this is who the mail says it is from, where replies go, and whether the organization sends any.
import { z } from 'zod'
import { db } from '@/lib/db'
import { conflict } from '@/lib/errors'
import { assertCan, type Actor } from './actor'
import { recordEvent } from './record-event'
import { parseInput } from './validate'

const email = (what: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .max(320)
    .pipe(z.email(`Enter ${what} as an email address.`))

export const mailSenderSchema = z.object({
  fromName: z.string().trim().min(1, 'Enter the name mail comes from, e.g. “Acme Keyproof”.').max(120),
  fromAddress: email('the sender'),
  replyTo: z
    .union([z.literal(''), email('the reply-to address')])
    .optional()
    .transform((v) => v || null),
  isEnabled: z
    .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false'), z.literal('')])
    .optional()
    .transform((v) => v === true || v === 'on' || v === 'true'),
  version: z.coerce.number().int().min(0).optional().default(0),
})

export async function getMailSender(actor: Actor) {
  assertCan(actor, 'mail:manage')
  return db.mailSender.findUnique({ where: { organizationId: actor.organizationId } })
}

/** Creates or updates the sender over the version the admin saw (0: none yet). */
export async function saveMailSender(actor: Actor, input: unknown) {
  assertCan(actor, 'mail:manage')
  const { version, ...m } = parseInput(mailSenderSchema, input)
  return db.$transaction(async (tx) => {
    const current = await tx.mailSender.findUnique({ where: { organizationId: actor.organizationId } })
    if ((current?.version ?? 0) !== version)
      throw conflict('The sender was changed by someone else — reload to see it, then save again.')
    const saved = current
      ? await tx.mailSender.update({ where: { id: current.id }, data: { ...m, version: { increment: 1 } } })
      : await tx.mailSender.create({ data: { ...m, organizationId: actor.organizationId } })
    await recordEvent(tx, actor, 'mail_sender.saved', 'MailSender', saved.id, m)
    return { version: saved.version }
  })
}

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { can } from '@/lib/auth/permissions'
import { getMailSender } from '@/lib/dal/mail-sender'
import { Card } from '@/components/ui/card'
import { MailSenderForm } from './_components/mail-sender-form'

export const metadata: Metadata = { title: 'Mail sender' }

export default async function MailSenderPage() {
  const actor = await requireUser()
  if (!can(actor.roles, 'mail:manage')) notFound()
  const sender = await getMailSender(actor)
  return (
    <Card title="Who notification email comes from">
      <p className="mb-3 text-sm text-slate-600">
        The mail server is the deployment’s (<code className="font-mono text-xs">SMTP_URL</code>); this is the sender
        your members see. Without one, mail comes from the deployment’s default (
        <code className="font-mono text-xs">SMTP_FROM</code>).
      </p>
      <MailSenderForm
        value={{
          fromName: sender?.fromName ?? `${actor.organizationName} Keyproof`,
          fromAddress: sender?.fromAddress ?? '',
          replyTo: sender?.replyTo ?? '',
          isEnabled: sender?.isEnabled ?? true,
          version: sender?.version ?? 0,
        }}
      />
    </Card>
  )
}

// Sending notification email: one message per immediate notice, one digest per person per day. The Message-ID
// is derived from what is sent, so a receiving server or client can tell a rare resend (a crash between the
// send and the mark) from a new message.
import { appUrl, deploymentSender, mailTransport } from '@/lib/mail/transport'
import { renderEmail } from '@/lib/mail/render'
import { loadPendingDigest, loadPendingEmail, markEmailed, type Sender } from '@/lib/dal/system/email-outbox'

const fromOf = (sender: Sender | null) =>
  sender
    ? { from: { name: sender.fromName, address: sender.fromAddress }, replyTo: sender.replyTo ?? undefined }
    : { from: deploymentSender() }

const messageId = (id: string) => {
  const host = (() => {
    try {
      return new URL(appUrl()).hostname || 'keyproof'
    } catch {
      return 'keyproof'
    }
  })()
  return `<${id}@${host}>`
}

export async function sendNotificationEmail(notificationId: string) {
  const n = await loadPendingEmail(notificationId)
  if (!n) return 'nothing to send'
  const transport = mailTransport()
  if (!transport) return 'no SMTP_URL: in-app only'
  const email = renderEmail({
    organizationName: n.organization.name,
    recipientName: n.user.name,
    items: [n],
    appUrl: appUrl(),
  })
  await transport.sendMail({
    ...fromOf(n.sender),
    to: { name: n.user.name, address: n.user.email },
    subject: email.subject,
    text: email.text,
    html: email.html,
    messageId: messageId(`notification-${n.id}`),
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Keyproof-Notification': n.kind },
  })
  await markEmailed([n.id], new Date())
  return 'sent'
}

export async function sendDigest(organizationId: string, userId: string, day: string) {
  const digest = await loadPendingDigest(organizationId, userId, new Date())
  if (!digest) return 'nothing to send'
  const transport = mailTransport()
  if (!transport) return 'no SMTP_URL: in-app only'
  const email = renderEmail({
    organizationName: digest.organization.name,
    recipientName: digest.user.name,
    items: digest.items,
    appUrl: appUrl(),
    digestDate: day,
  })
  await transport.sendMail({
    ...fromOf(digest.sender),
    to: { name: digest.user.name, address: digest.user.email },
    subject: email.subject,
    text: email.text,
    html: email.html,
    messageId: messageId(`digest-${organizationId}-${userId}-${day}`),
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Keyproof-Notification': 'DIGEST' },
  })
  await markEmailed(
    digest.items.map((i) => i.id),
    new Date(),
  )
  return 'sent'
}

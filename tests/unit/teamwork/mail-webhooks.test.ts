import { describe, expect, it } from 'vitest'
import { Webhook } from 'standardwebhooks'
import { appLink, renderEmail } from '@/lib/mail/render'
import { webhookUrlProblem } from '@/lib/domain/webhook-events'
import { signedHeaders } from '@/lib/webhooks/send'
import { newWebhookSecret, openSecret, sealSecret } from '@/lib/webhooks/secret-box'

describe('notification email', () => {
  const item = { title: 'KA-02 is due <tomorrow>', body: 'Request KA-02 in “Ledger & Co” is due.', href: '/reviews/r1' }
  it('has a plain-text and an HTML part with the same words and an absolute link back', () => {
    const mail = renderEmail({
      organizationName: 'Acme',
      recipientName: 'Olivia',
      items: [item],
      appUrl: 'https://kp.example',
    })
    expect(mail.subject).toBe('[Keyproof] KA-02 is due <tomorrow>')
    expect(mail.text).toContain('Request KA-02 in “Ledger & Co” is due.\n  https://kp.example/reviews/r1')
    expect(mail.html).toContain('KA-02 is due &lt;tomorrow&gt;')
    expect(mail.html).toContain('“Ledger &amp; Co”')
    expect(mail.html).toContain('href="https://kp.example/reviews/r1"')
  })
  it('a digest lists every item under one subject', () => {
    const mail = renderEmail({
      organizationName: 'Acme',
      recipientName: 'O',
      items: [item, item],
      appUrl: 'https://kp.example',
      digestDate: '2026-12-01',
    })
    expect(mail.subject).toBe('[Keyproof] 2 updates for 2026-12-01 — Acme')
    expect(mail.text.match(/\* KA-02/g)).toHaveLength(2)
  })
  it('links only into the app, whatever a stored href says', () => {
    expect(appLink('https://kp.example/', '//evil.example/x')).toBe('https://kp.example/')
    expect(appLink('https://kp.example', 'https://evil.example')).toBe('https://kp.example/')
  })
})

describe('webhook endpoints and signatures', () => {
  it('accepts https only, plain http to loopback only when allowed, never credentials in the URL', () => {
    expect(webhookUrlProblem('https://hooks.example.com/k')).toBeNull()
    expect(webhookUrlProblem('http://hooks.example.com/k')).toBe('Webhook endpoints must use https.')
    expect(webhookUrlProblem('http://127.0.0.1:9/k')).toBe('Webhook endpoints must use https.')
    expect(webhookUrlProblem('http://127.0.0.1:9/k', { allowLoopbackHttp: true })).toBeNull()
    expect(webhookUrlProblem('http://10.0.0.1/k', { allowLoopbackHttp: true })).toBe(
      'Webhook endpoints must use https.',
    )
    expect(webhookUrlProblem('https://u:p@hooks.example.com')).toMatch(/no credentials/)
    expect(webhookUrlProblem('not a url')).toMatch(/full URL/)
  })
  it('signs as Standard Webhooks does: the reference verifier accepts it, and rejects a changed body', () => {
    const secret = newWebhookSecret()
    const body = JSON.stringify({ type: 'gate.signed', data: { gate: 'COMPATIBILITY' } })
    const headers = signedHeaders(secret, 'msg_1', new Date(), body)
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/)
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body))
    expect(() => new Webhook(secret).verify(body.replace('COMPAT', 'XCOMPAT'), headers)).toThrow()
  })
  it('seals secrets with AES-GCM: they open again, and a tampered one does not', () => {
    const secret = newWebhookSecret()
    const sealed = sealSecret(secret)
    expect(sealed).not.toContain(secret.slice(6))
    expect(openSecret(sealed)).toBe(secret)
    const [v, iv, tag, data] = sealed.split(':')
    const flipped = Buffer.from(data, 'base64')
    flipped[0] ^= 1
    expect(() => openSecret([v, iv, tag, flipped.toString('base64')].join(':'))).toThrow()
  })
})

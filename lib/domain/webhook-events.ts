// The events a webhook endpoint can subscribe to, and which endpoint URLs are acceptable.
export const WEBHOOK_EVENTS = [
  'request.submitted',
  'request.accepted',
  'request.sent_back',
  'gate.signed',
  'signoff.stale',
  'decision.made',
  'decision.stale',
  'exception.lapsing',
] as const
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]

export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, string> = {
  'request.submitted': 'Evidence request submitted',
  'request.accepted': 'Evidence request accepted',
  'request.sent_back': 'Evidence request sent back',
  'gate.signed': 'Gate signed',
  'signoff.stale': 'Sign-off went stale',
  'decision.made': 'Decision made',
  'decision.stale': 'Decision went stale',
  'exception.lapsing': 'Exception lapsing (14 and 3 days before)',
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * Why a URL cannot receive webhooks, or null. Only https, without credentials in the URL; plain http only to
 * this machine and only when the deployment allows it (tests).
 */
export function webhookUrlProblem(raw: string, { allowLoopbackHttp = false } = {}): string | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return 'Enter a full URL, like https://hooks.example.com/keyproof.'
  }
  if (url.username || url.password) return 'Put no credentials in the URL; verify the signature instead.'
  if (url.protocol === 'https:') return null
  if (url.protocol === 'http:' && allowLoopbackHttp && LOOPBACK_HOSTS.has(url.hostname)) return null
  return 'Webhook endpoints must use https.'
}

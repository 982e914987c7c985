// Posts one signed webhook message (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature).
// https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md
import { Webhook } from 'standardwebhooks'
import { webhookUrlProblem } from '@/lib/domain/webhook-events'

export interface WebhookResult {
  ok: boolean
  statusCode: number | null
  error: string | null
  durationMs: number
}

export function signedHeaders(secret: string, msgId: string, timestamp: Date, body: string) {
  return {
    'webhook-id': msgId,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(msgId, timestamp, body),
  }
}

export async function postWebhook({
  url,
  secret,
  msgId,
  body,
  now,
  allowLoopbackHttp = false,
  timeoutMs = 10_000,
}: {
  url: string
  secret: string
  msgId: string
  body: string
  now: Date
  allowLoopbackHttp?: boolean
  timeoutMs?: number
}): Promise<WebhookResult> {
  const started = performance.now()
  const took = () => Math.round(performance.now() - started)
  const problem = webhookUrlProblem(url, { allowLoopbackHttp })
  if (problem) return { ok: false, statusCode: null, error: problem, durationMs: 0 }
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Keyproof-Webhooks/1',
        ...signedHeaders(secret, msgId, now, body),
      },
      body,
      // A receiver answers; it does not send us elsewhere.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    })
    await res.body?.cancel()
    const ok = res.status >= 200 && res.status < 300
    return { ok, statusCode: res.status, error: ok ? null : `HTTP ${res.status}`, durationMs: took() }
  } catch (e) {
    const error =
      e instanceof Error ? (e.name === 'TimeoutError' ? `no answer in ${timeoutMs} ms` : e.message) : 'failed'
    return { ok: false, statusCode: null, error, durationMs: took() }
  }
}

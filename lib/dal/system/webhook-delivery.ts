import 'server-only'
// System: what the worker's webhook job reads and records. Each attempt is logged; the delivery is DELIVERED
// on a 2xx, FAILED once its last attempt fails, PENDING (to be retried with backoff) in between.
import { db } from '@/lib/db'
import { openSecret } from '@/lib/webhooks/secret-box'
import type { WebhookResult } from '@/lib/webhooks/send'

export async function loadDeliveryForSend(deliveryId: string) {
  const d = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    include: { endpoint: { select: { url: true, secretCiphertext: true, disabledAt: true } } },
  })
  if (!d || d.status !== 'PENDING' || d.endpoint.disabledAt) return null
  return {
    id: d.id,
    organizationId: d.organizationId,
    url: d.endpoint.url,
    secret: openSecret(d.endpoint.secretCiphertext),
    body: JSON.stringify(d.payload),
  }
}

export async function recordAttempt(
  delivery: { id: string; organizationId: string },
  result: WebhookResult,
  { attempt, isLast, now }: { attempt: number; isLast: boolean; now: Date },
) {
  await db.$transaction([
    db.webhookAttempt.create({
      data: {
        organizationId: delivery.organizationId,
        deliveryId: delivery.id,
        attempt,
        statusCode: result.statusCode,
        error: result.error?.slice(0, 500) ?? null,
        durationMs: result.durationMs,
      },
    }),
    db.webhookDelivery.update({
      where: { id: delivery.id },
      data: {
        attempts: attempt,
        lastStatusCode: result.statusCode,
        lastError: result.error?.slice(0, 500) ?? null,
        status: result.ok ? 'DELIVERED' : isLast ? 'FAILED' : 'PENDING',
        deliveredAt: result.ok ? now : null,
      },
    }),
  ])
}

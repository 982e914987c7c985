import 'server-only'
// Webhook endpoints (admins): register an https receiver and its events, see its delivery log, disable it.
// The signing secret is shown once at registration and stored sealed (lib/webhooks/secret-box.ts).
import { z } from 'zod'
import { db } from '@/lib/db'
import { AppError, conflict, notFound } from '@/lib/errors'
import { WEBHOOK_EVENTS, webhookUrlProblem } from '@/lib/domain/webhook-events'
import { newWebhookSecret, sealSecret } from '@/lib/webhooks/secret-box'
import { assertCan, type Actor } from './actor'
import { recordEvent } from './record-event'
import { idSchema, parseInput, versionSchema } from './validate'

/** Plain http to this machine, for tests and local receivers only. */
export const allowLoopbackWebhooks = (env: Record<string, string | undefined> = process.env) =>
  env.WEBHOOK_ALLOW_LOOPBACK_HTTP === '1'

export const registerWebhookSchema = z.object({
  url: z.string().trim().min(1, 'Enter the endpoint URL.').max(2000),
  description: z.string().trim().max(200).optional().default(''),
  events: z
    .array(z.enum(WEBHOOK_EVENTS, 'Unknown event.'))
    .min(1, 'Choose at least one event.')
    .transform((e) => [...new Set(e)]),
})
const endpointRefSchema = z.object({ endpointId: idSchema, version: versionSchema })

export async function registerWebhook(actor: Actor, input: unknown) {
  assertCan(actor, 'webhook:manage')
  const m = parseInput(registerWebhookSchema, input)
  const problem = webhookUrlProblem(m.url, { allowLoopbackHttp: allowLoopbackWebhooks() })
  if (problem) throw new AppError('VALIDATION', problem, { url: [problem] })
  const secret = newWebhookSecret()
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.create({
      data: {
        organizationId: actor.organizationId,
        url: m.url,
        description: m.description,
        events: m.events,
        secretCiphertext: sealSecret(secret),
        createdById: actor.userId,
      },
      select: { id: true },
    })
    await recordEvent(tx, actor, 'webhook.registered', 'WebhookEndpoint', endpoint.id, {
      url: m.url,
      events: m.events,
    })
    return { id: endpoint.id, secret }
  })
}

export async function setWebhookEnabled(actor: Actor, input: unknown, isEnabled: boolean, now = new Date()) {
  assertCan(actor, 'webhook:manage')
  const { endpointId, version } = parseInput(endpointRefSchema, input)
  return db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id: endpointId, organizationId: actor.organizationId, version },
      data: { disabledAt: isEnabled ? null : now, version: { increment: 1 } },
    })
    if (!count) {
      const exists = await tx.webhookEndpoint.findFirst({
        where: { id: endpointId, organizationId: actor.organizationId },
      })
      throw exists
        ? conflict('This endpoint was changed by someone else — reload and try again.')
        : notFound('Webhook endpoint')
    }
    await recordEvent(tx, actor, isEnabled ? 'webhook.enabled' : 'webhook.disabled', 'WebhookEndpoint', endpointId)
  })
}

export async function listWebhooks(actor: Actor) {
  assertCan(actor, 'webhook:manage')
  return db.webhookEndpoint.findMany({
    where: { organizationId: actor.organizationId },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      url: true,
      description: true,
      events: true,
      disabledAt: true,
      createdAt: true,
      version: true,
      deliveries: {
        orderBy: { createdAt: 'desc' },
        take: 20,
        select: {
          id: true,
          eventType: true,
          status: true,
          attempts: true,
          lastStatusCode: true,
          lastError: true,
          createdAt: true,
          deliveredAt: true,
        },
      },
    },
  })
}
